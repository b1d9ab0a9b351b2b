import { describe, expect, it } from "vitest";
import type { TResolvedPlanInput } from "@/lib/plan-input";
import { formatDate, formatSpan, joinWords, summarisePreview } from "./summarise-preview";
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

  it("keeps only the reasons about the day itself when the engine also explains the dose", () => {
    const base = samplePlan(INPUT);
    const sessions = base.sessions.map((session) => ({ ...session, why: [...session.why, "General preparation: 3 sets per exercise"] }));
    const summary = summarisePreview({ ...base, sessions });
    expect(summary.reasons).not.toContain("General preparation: 3 sets per exercise");
    expect(summary.reasons).toContain("Sunday: easy day, not before a hard or long run");
  });

  it("counts light taper sessions apart from the weekly pair and keeps them out of the weekdays", () => {
    const base = samplePlan(INPUT);
    const light = { ...base.sessions[0], id: "2027-04-20-light", date: "2027-04-20", weekday: "tue" as const, slot: "light" as const, why: ["Light taper"] };
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

describe("formatting", () => {
  it("reads ISO dates as calendar dates in any process time zone", () => {
    expect(formatDate("2027-01-04")).toBe("4 Jan 2027");
    expect(formatDate("2027-12-31", { year: false })).toBe("31 Dec");
  });

  it("writes spans in weeks or days and joins words in plain English", () => {
    expect(formatSpan(14)).toBe("2 weeks");
    expect(formatSpan(7)).toBe("1 week");
    expect(formatSpan(15)).toBe("15 days");
    expect(formatSpan(84)).toBe("12 weeks");
    expect(joinWords(["Wednesday"])).toBe("Wednesday");
    expect(joinWords(["Monday", "Wednesday", "Friday"])).toBe("Monday, Wednesday and Friday");
  });
});
