import { describe, expect, it } from "vitest";
import { parsePlanInput } from "@/lib/plan-input";

const NOW = new Date("2026-11-21T12:00:00Z");

function input(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    races: [{ date: "2027-04-25", distance: "marathon", priority: "A" }],
    startDate: "2026-12-01",
    schedule: { mon: "rest", tue: "hard", wed: "easy", thu: "easy", fri: "rest", sat: "long", sun: "easy" },
    equipment: ["kettlebell", "dumbbells"],
    experience: "new",
    units: "kg",
    timeZone: "Europe/London",
    ...overrides,
  };
}

function issuePaths(raw: Record<string, unknown>): string[] {
  const result = parsePlanInput(raw, NOW);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
}

describe("ZPlanInput cross-field rules", () => {
  it("keeps equipment in the order sent and folds duplicates (a set)", () => {
    const result = parsePlanInput(input({ equipment: ["kettlebell", "mat", "kettlebell", "dumbbells"] }), NOW);
    expect(result.success && result.data.equipment).toEqual(["kettlebell", "mat", "dumbbells"]);
  });

  it("an empty race list gets one message, not a second 'no A race' one", () => {
    expect(issuePaths(input({ races: [] }))).toEqual(["races"]);
  });

  it("an impossible start date is reported once, without knock-on race-date messages", () => {
    expect(issuePaths(input({ startDate: "2027-02-30" }))).toEqual(["startDate"]);
  });

  it("an impossible race date is reported once, on that race", () => {
    expect(issuePaths(input({ races: [{ date: "2027-13-01", distance: "10k", priority: "A" }] }))).toEqual(["races.0.date"]);
  });

  it("still rejects a race on or before the start date, and one more than 104 weeks out (2028 is a leap year: 728 days after 2026-12-01 is 2028-11-28)", () => {
    expect(issuePaths(input({ races: [{ date: "2026-12-01", distance: "10k", priority: "A" }] }))).toEqual(["races.0.date"]);
    expect(issuePaths(input({ races: [{ date: "2028-11-28", distance: "10k", priority: "A" }] }))).toEqual([]);
    expect(issuePaths(input({ races: [{ date: "2028-11-29", distance: "10k", priority: "A" }] }))).toEqual(["races.0.date"]);
  });

  it("still asks for an A race when every race is B or C", () => {
    expect(issuePaths(input({ races: [{ date: "2027-04-25", distance: "half", priority: "B" }] }))).toEqual(["races"]);
  });
});
