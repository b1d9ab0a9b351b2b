// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { WeekCalendar } from "./week-calendar";
import { selectWeek } from "./select-week";
import { describeWeek } from "./describe-week";
import { buildMarathonPlan, MARATHON_INPUT } from "@/tests/fixtures/plans";
import { buildPlan } from "@/lib/engine/build-plan";
import { kindOnDate } from "@/lib/engine/dated-kinds";
import type { TPlan } from "@/lib/engine/types";
import { listMoveOptions } from "@/components/session-actions/session-action-data";
import { addDays } from "@/lib/dates";

const plan = buildMarathonPlan();
const BASE = "/plans/abc";

afterEach(cleanup);

function renderWeek(requested: string | null, today: string, options: { selectedSessionId?: string | null; plan?: TPlan } = {}) {
  const shown = options.plan ?? plan;
  const selection = selectWeek(shown, { requested, today })!;
  return render(
    <WeekCalendar
      plan={shown}
      weeks={selection.weeks}
      position={selection.position}
      currentPosition={selection.currentPosition}
      today={today}
      basePath={BASE}
      selectedSessionId={options.selectedSessionId ?? null}
    />,
  );
}

function days() {
  return within(screen.getByRole("list", { name: /days of week/i })).getAllByRole("listitem");
}

function dayTypes() {
  return days().map((li) => li.querySelector("[data-day-type]")?.getAttribute("data-day-type"));
}

describe("WeekCalendar", () => {
  it("renders Monday to Sunday with each day's run type from the schedule", () => {
    renderWeek("2026-11-09", "2026-11-11");
    const items = days();
    expect(items).toHaveLength(7);
    expect(items.map((li) => li.getAttribute("data-date"))).toEqual([0, 1, 2, 3, 4, 5, 6].map((d) => addDays("2026-11-09", d)));
    expect(dayTypes()).toEqual(["rest", "hard", "easy", "easy", "rest", "easy", "long"]);
    expect(within(items[1]).getByText("Hard run")).toBeInTheDocument();
    expect(within(items[6]).getByText("Long run")).toBeInTheDocument();
  });

  it("shows the dated run kinds the engine places sessions on (run days over the template), not the template", () => {
    const dated = buildPlan(
      { ...MARATHON_INPUT, runDays: { "2026-11-14": "long", "2026-11-15": "easy", "2026-11-11": "hard" } },
      { today: "2026-11-02" },
    );
    renderWeek("2026-11-09", "2026-11-11", { plan: dated });
    const week = [0, 1, 2, 3, 4, 5, 6].map((d) => addDays("2026-11-09", d));
    expect(dayTypes()).toEqual(week.map((date) => kindOnDate(dated.input, date)));
    expect(dayTypes()).toEqual(["rest", "hard", "hard", "easy", "rest", "long", "easy"]);
  });

  it("reads a race date as the race: no run kind beside it", () => {
    renderWeek("2027-03-01", "2026-11-11");
    const sunday = days()[6];
    expect(within(sunday).getByText(/Race day: Tune-up Half/)).toBeInTheDocument();
    expect(sunday.querySelector("[data-day-type]")?.getAttribute("data-day-type")).toBe("race");
    expect(within(sunday).queryByText("Long run")).toBeNull();
    expect(within(sunday).queryByText("Rest day")).toBeNull();
  });

  it("puts each strength session on its own date, with slot, minutes and 'after your run' on run days", () => {
    renderWeek("2026-11-09", "2026-11-11");
    const weekSessions = plan.sessions.filter((s) => s.date >= "2026-11-09" && s.date <= "2026-11-15");
    expect(weekSessions.length).toBe(2);
    for (const session of weekSessions) {
      const day = days().find((li) => li.getAttribute("data-date") === session.date)!;
      const link = within(day).getByRole("link", { name: new RegExp(`Strength ${session.slot}`) });
      expect(link).toHaveTextContent(`${session.minutes} min`);
      expect(link.getAttribute("href")).toBe(`${BASE}?week=2026-11-09&session=${session.id}#session-${session.id}`);
      if (session.afterRun) expect(link).toHaveTextContent("after your run");
      else expect(link).not.toHaveTextContent("after your run");
    }
    const sessionDates = new Set(weekSessions.map((s) => s.date));
    for (const li of days().filter((d) => !sessionDates.has(d.getAttribute("data-date")!))) {
      expect(within(li).queryByRole("link")).toBeNull();
    }
  });

  it("shows the session time in the week when the plan has one", () => {
    const timed = buildMarathonPlan({ sessionTime: "18:30" });
    renderWeek("2026-11-09", "2026-11-11", { plan: timed });
    const links = within(screen.getByRole("list", { name: /days of week/i })).getAllByRole("link");
    expect(links).toHaveLength(2);
    for (const link of links) expect(link).toHaveTextContent("18:30 · 45 min");
    cleanup();
    renderWeek("2026-11-09", "2026-11-11");
    expect(screen.queryByText(/18:30/)).toBeNull();
  });

  it("marks moved, skipped and done sessions", () => {
    const [first, second] = plan.sessions.filter((s) => s.date >= "2026-11-16" && s.date <= "2026-11-22");
    const target = listMoveOptions(plan, first).find((option) => option.ok)!;
    const log = { status: "done" as const, exercises: [], unit: "kg" as const };
    const changed = buildPlan(MARATHON_INPUT, {
      today: "2026-11-02",
      adjustments: { moves: { [first.id]: target.date }, skips: [second.id] },
      logs: { [plan.sessions[0].id]: log },
    });
    renderWeek("2026-11-16", "2026-11-11", { plan: changed });
    const moved = screen.getByRole("link", { name: new RegExp(`Strength ${first.slot}`) });
    expect(moved.closest("li")!.getAttribute("data-date")).toBe(target.date);
    expect(moved).toHaveTextContent(/Moved from \w{3} \d+ Nov/);
    const skipped = screen.getByRole("link", { name: new RegExp(`Strength ${second.slot}`) });
    expect(skipped).toHaveTextContent("Skipped");
    expect(skipped.getAttribute("data-status")).toBe("skipped");
    expect(screen.getByText(/^1 strength session · /)).toBeInTheDocument();
    cleanup();
    renderWeek("2026-11-02", "2026-11-11", { plan: changed });
    expect(screen.getByRole("link", { name: new RegExp(`Strength ${plan.sessions[0].slot}`) })).toHaveTextContent("Done");
  });

  it("marks today with aria-current=date and nothing else", () => {
    renderWeek("2026-11-09", "2026-11-11");
    const current = days().filter((li) => li.getAttribute("aria-current") === "date");
    expect(current).toHaveLength(1);
    expect(current[0].getAttribute("data-date")).toBe("2026-11-11");
    expect(within(current[0]).getByText("Today")).toBeInTheDocument();
  });

  it("links to the previous and next Mondays in the middle of the season", () => {
    renderWeek("2026-11-18", "2026-11-03");
    expect(screen.getByRole("link", { name: /previous week/i }).getAttribute("href")).toBe(`${BASE}?week=2026-11-09#week`);
    expect(screen.getByRole("link", { name: /next week/i }).getAttribute("href")).toBe(`${BASE}?week=2026-11-23#week`);
    expect(screen.getByRole("link", { name: /this week/i }).getAttribute("href")).toBe(`${BASE}?week=2026-11-02#week`);
  });

  it("reaches every week to the end of the last recovery, the weeks the timeline shows", () => {
    const weeks = plan.weeks;
    const recovery = plan.phases.find((p) => p.kind === "recovery")!;
    expect(weeks[0].start).toBe(plan.weeks[0].start);
    expect(weeks[weeks.length - 1].start <= recovery.end && recovery.end <= weeks[weeks.length - 1].end).toBe(true);
    const lastRace = plan.input.races.map((r) => r.date).sort().at(-1)!;
    weeks.forEach((week, i) => {
      expect(week.index).toBe(i + 1);
      if (i > 0) expect(week.start).toBe(addDays(weeks[i - 1].start, 7));
    });
    // The weeks after the race week are recovery weeks the calendar still shows.
    expect(weeks.filter((w) => w.start > lastRace).map((w) => w.phase)).toEqual(["recovery", "recovery"]);

    const first = renderWeek(plan.weeks[0].start, "2026-11-03");
    expect(screen.queryByRole("link", { name: /previous week/i })).toBeNull();
    expect(screen.getByRole("link", { name: /next week/i }).getAttribute("href")).toBe(`${BASE}?week=${weeks[1].start}#week`);
    first.unmount();
    renderWeek(recovery.end, "2026-11-03");
    expect(screen.getByRole("heading", { level: 2, name: new RegExp(`^Week ${weeks.length} of ${weeks.length}`) })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: /next week/i })).toBeNull();
    expect(screen.getByRole("link", { name: /previous week/i }).getAttribute("href")).toBe(`${BASE}?week=${weeks[weeks.length - 2].start}#week`);
    expect(screen.getByText(/^Recovery after Spring Marathon/)).toBeInTheDocument();
  });

  it("explains a taper week without sessions with the engine's own window", () => {
    renderWeek("2027-04-19", "2026-11-03");
    const taper = plan.windows.find((w) => w.kind === "taper")!;
    expect(screen.getByText(taper.why.text)).toBeInTheDocument();
    expect(screen.getByText(/Race week: Spring Marathon/)).toBeInTheDocument();
  });
});

describe("describeWeek", () => {
  it("takes the no-strength notes from plan.windows, never a restated rule", () => {
    for (const window of plan.windows) {
      const week = plan.weeks.find((w) => w.start <= window.start && window.start <= w.end)!;
      expect(describeWeek(plan, week)).toContain(window.why.text);
    }
    const quiet = plan.weeks[2];
    expect(describeWeek(plan, quiet).some((note) => /days? (before|after)/.test(note))).toBe(false);
  });

  it("adds the engine's warnings about that week", () => {
    const week = plan.weeks[3];
    const warned: TPlan = { ...plan, warnings: [{ code: "few-legal-days", message: "Only one legal day this week (Thu 26 Nov).", week: week.start }] };
    expect(describeWeek(warned, week)).toContain("Only one legal day this week (Thu 26 Nov).");
    expect(describeWeek(warned, plan.weeks[4])).not.toContain("Only one legal day this week (Thu 26 Nov).");
  });
});

describe("selectWeek", () => {
  const last = plan.weeks.length - 1;

  it("defaults to the week holding today", () => {
    expect(selectWeek(plan, { requested: null, today: "2026-12-10" })!.week.start).toBe("2026-12-07");
  });

  it("shows the first week when the season has not started, the last when it is over", () => {
    expect(selectWeek(plan, { requested: null, today: "2026-06-01" })!.position).toBe(0);
    expect(selectWeek(plan, { requested: null, today: "2028-01-01" })!.position).toBe(last);
  });

  it("clamps a requested week to the season and snaps any day to its Monday", () => {
    expect(selectWeek(plan, { requested: "2020-01-06", today: "2026-12-10" })!.position).toBe(0);
    expect(selectWeek(plan, { requested: "2030-01-07", today: "2026-12-10" })!.position).toBe(last);
    expect(selectWeek(plan, { requested: "2027-01-14", today: "2026-12-10" })!.week.start).toBe("2027-01-11");
  });

  it("follows a selected session when no week is requested", () => {
    const session = plan.sessions[10];
    expect(selectWeek(plan, { requested: null, today: "2026-11-02", sessionId: session.id })!.week.sessionIds).toContain(session.id);
  });
});
