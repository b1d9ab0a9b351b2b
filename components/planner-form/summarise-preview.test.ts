import { describe, expect, it } from "vitest";
import type { TResolvedPlanInput } from "@/lib/plan-input";
import { buildPlan } from "@/lib/engine/build-plan";
import { summarisePreview } from "./summarise-preview";
import { samplePlan } from "./test-support/fake-api";

const INPUT: TResolvedPlanInput = {
  races: [{ date: "2027-05-02", distance: "half", priority: "A" }],
  startDate: "2027-01-04",
  schedule: { mon: "rest", tue: "hard", wed: "easy", thu: "easy", fri: "rest", sat: "long", sun: "easy" },
  equipment: [],
  experience: "new",
  sessionMinutes: 45,
  taper: "light",
  units: "kg",
  timeZone: "UTC",
};

describe("summarisePreview", () => {
  it("lists the strength weekdays Monday first, with their reasons once each", () => {
    const plan = samplePlan(INPUT);
    const summary = summarisePreview(plan);
    expect(summary.strengthDays).toEqual(["wed", "sun"]);
    expect(summary.reasons).toEqual([
      "Wednesday: easy day, not before a hard or long run",
      "Wednesday and Sunday: 3 days apart, the widest spacing your week allows",
      "Sunday: easy day, not before a hard or long run",
    ]);
    expect(summary.phases.map((phase) => [phase.kind, phase.days])).toEqual([
      ["general", 84],
      ["race-specific", 21],
      ["taper", 14],
    ]);
  });

  it("names the usual week's days, not the day a session was moved to out of a B race window", () => {
    // A Thursday start leaves the first week Thursday and Sunday; a Thursday B race's window
    // (DOMAIN 3.4) moves the week before's Wednesday session to Thursday.
    const plan = buildPlan(
      { ...INPUT, startDate: "2026-12-03", races: [...INPUT.races, { date: "2027-02-04", distance: "10k", priority: "B" }] },
      { today: "2026-12-03" },
    );
    const seasonDays = new Set(plan.sessions.filter((session) => session.slot !== "light").map((session) => session.weekday));
    expect(seasonDays.size).toBeGreaterThan(2);
    expect(summarisePreview(plan).strengthDays).toEqual(["wed", "sun"]);
  });

  it("blames the taper, not the week, when the season starts inside it (issue 14.1)", () => {
    const input = { ...INPUT, startDate: "2027-04-22", races: [{ date: "2027-05-02", distance: "half" as const, priority: "A" as const }] };
    const full = summarisePreview(buildPlan({ ...input, taper: "full" }, { today: "2027-04-22" }));
    expect(full.strengthDays).toEqual([]);
    expect(full.headline).toBe("Taper only: no strength before the race");
    const awkward = summarisePreview(
      buildPlan({ ...INPUT, schedule: { mon: "hard", tue: "long", wed: "hard", thu: "long", fri: "hard", sat: "long", sun: "hard" } }, { today: "2027-01-04" }),
    );
    expect(awkward.headline).toBe("No strength days fit your week");
    expect(summarisePreview(buildPlan(INPUT, { today: "2027-01-04" })).headline).toBe("Strength on Wednesday and Sunday");
  });

  it("keeps only the reasons about the day itself when the engine also explains the dose", () => {
    const base = samplePlan(INPUT);
    const sessions = base.sessions.map((session) => ({ ...session, why: [...session.why, { rule: "4.sets", text: "General preparation: 3 sets per exercise" }] }));
    const summary = summarisePreview({ ...base, sessions });
    expect(summary.reasons).not.toContain("General preparation: 3 sets per exercise");
    expect(summary.reasons).toContain("Sunday: easy day, not before a hard or long run");
  });

  it("counts light taper sessions apart from the weekly pair and keeps them out of the weekdays", () => {
    const base = samplePlan(INPUT);
    const light = { ...base.sessions[0], id: "2027-04-20-light", date: "2027-04-20", weekday: "tue" as const, slot: "light" as const, why: [{ rule: "3.taper-light", text: "Light taper" }] };
    const summary = summarisePreview({ ...base, sessions: [...base.sessions, light] });
    expect(summary.sessionCount).toBe(3);
    expect(summary.lightSessionCount).toBe(1);
    expect(summary.strengthDays).toEqual(["wed", "sun"]);
    expect(summary.lastSession).toBe("2027-04-20");
  });

  it("has no days and no dates when nothing fits the week", () => {
    const summary = summarisePreview({ ...samplePlan(INPUT), sessions: [] });
    expect(summary.strengthDays).toEqual([]);
    expect(summary.firstSession).toBeNull();
  });
});
