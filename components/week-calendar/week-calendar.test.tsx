// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { WeekCalendar } from "./week-calendar";
import { selectWeek } from "./select-week";
import { buildMarathonPlan } from "@/tests/fixtures/plans";
import { addDays } from "@/lib/dates";

const plan = buildMarathonPlan();
const BASE = "/plans/abc";

afterEach(cleanup);

function renderWeek(requested: string | null, today: string, selectedSessionId: string | null = null) {
  const selection = selectWeek(plan, { requested, today })!;
  return render(
    <WeekCalendar
      plan={plan}
      position={selection.position}
      currentPosition={selection.currentPosition}
      today={today}
      basePath={BASE}
      selectedSessionId={selectedSessionId}
    />,
  );
}

function days() {
  return within(screen.getByRole("list", { name: /days of week/i })).getAllByRole("listitem");
}

describe("WeekCalendar", () => {
  it("renders Monday to Sunday with each day's run type from the schedule", () => {
    renderWeek("2026-11-09", "2026-11-11");
    const items = days();
    expect(items).toHaveLength(7);
    expect(items.map((li) => li.getAttribute("data-date"))).toEqual([0, 1, 2, 3, 4, 5, 6].map((d) => addDays("2026-11-09", d)));
    const types = items.map((li) => li.querySelector("[data-day-type]")?.getAttribute("data-day-type"));
    expect(types).toEqual(["rest", "hard", "easy", "easy", "rest", "easy", "long"]);
    expect(within(items[1]).getByText("Hard run")).toBeInTheDocument();
    expect(within(items[6]).getByText("Long run")).toBeInTheDocument();
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

  it("marks today with aria-current=date and nothing else", () => {
    renderWeek("2026-11-09", "2026-11-11");
    const current = days().filter((li) => li.getAttribute("aria-current") === "date");
    expect(current).toHaveLength(1);
    expect(current[0].getAttribute("data-date")).toBe("2026-11-11");
    expect(within(current[0]).getByText("Today")).toBeInTheDocument();
  });

  it("shows a race on its day", () => {
    renderWeek("2027-03-01", "2026-11-11");
    const sunday = days()[6];
    expect(within(sunday).getByText(/Race day: Tune-up Half/)).toBeInTheDocument();
  });

  it("links to the previous and next Mondays in the middle of the season", () => {
    renderWeek("2026-11-18", "2026-11-03");
    expect(screen.getByRole("link", { name: /previous week/i }).getAttribute("href")).toBe(`${BASE}?week=2026-11-09#week`);
    expect(screen.getByRole("link", { name: /next week/i }).getAttribute("href")).toBe(`${BASE}?week=2026-11-23#week`);
    expect(screen.getByRole("link", { name: /this week/i }).getAttribute("href")).toBe(`${BASE}?week=2026-11-02#week`);
  });

  it("has no previous link on the first week and no next link on the last", () => {
    const first = renderWeek(plan.weeks[0].start, "2026-11-03");
    expect(screen.queryByRole("link", { name: /previous week/i })).toBeNull();
    expect(screen.getByRole("link", { name: /next week/i }).getAttribute("href")).toBe(`${BASE}?week=${plan.weeks[1].start}#week`);
    first.unmount();
    const lastStart = plan.weeks[plan.weeks.length - 1].start;
    renderWeek(lastStart, "2026-11-03");
    expect(screen.queryByRole("link", { name: /next week/i })).toBeNull();
    expect(screen.getByRole("link", { name: /previous week/i }).getAttribute("href")).toBe(
      `${BASE}?week=${plan.weeks[plan.weeks.length - 2].start}#week`,
    );
  });

  it("explains a taper week without sessions", () => {
    renderWeek("2027-04-19", "2026-11-03");
    expect(screen.getByText(/Taper: no strength work/)).toBeInTheDocument();
    expect(screen.getByText(/Race week: Spring Marathon/)).toBeInTheDocument();
  });
});

describe("selectWeek", () => {
  it("defaults to the week holding today", () => {
    expect(selectWeek(plan, { requested: null, today: "2026-12-10" })!.week.start).toBe("2026-12-07");
  });

  it("shows the first week when the season has not started, the last when it is over", () => {
    expect(selectWeek(plan, { requested: null, today: "2026-06-01" })!.position).toBe(0);
    expect(selectWeek(plan, { requested: null, today: "2028-01-01" })!.position).toBe(plan.weeks.length - 1);
  });

  it("clamps a requested week to the season and snaps any day to its Monday", () => {
    expect(selectWeek(plan, { requested: "2020-01-06", today: "2026-12-10" })!.position).toBe(0);
    expect(selectWeek(plan, { requested: "2030-01-07", today: "2026-12-10" })!.position).toBe(plan.weeks.length - 1);
    expect(selectWeek(plan, { requested: "2027-01-14", today: "2026-12-10" })!.week.start).toBe("2027-01-11");
  });

  it("follows a selected session when no week is requested", () => {
    const session = plan.sessions[10];
    expect(selectWeek(plan, { requested: null, today: "2026-11-02", sessionId: session.id })!.week.sessionIds).toContain(session.id);
  });
});
