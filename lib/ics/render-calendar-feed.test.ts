import { describe, expect, it } from "vitest";
import { buildPlan } from "@/lib/engine/build-plan";
import { parsePlanInput } from "@/lib/plan-input";
import type { TStoredPlan } from "@/lib/db/plans";
import { renderCalendarFeed } from "@/lib/ics/render-calendar-feed";

function storedPlan(updatedAt: Date, sessionMinutes: 30 | 45 | 60 = 45): TStoredPlan {
  const parsed = parsePlanInput(
    {
      races: [{ date: "2027-05-02", distance: "10k", priority: "A", name: "Spring 10k" }],
      startDate: "2027-01-04",
      schedule: { mon: "rest", tue: "hard", wed: "easy", thu: "easy", fri: "rest", sat: "long", sun: "easy" },
      equipment: ["kettlebell"],
      experience: "experienced",
      sessionMinutes,
      units: "kg",
      timeZone: "Europe/London",
    },
    new Date("2027-01-04T12:00:00Z"),
  );
  if (!parsed.success) throw new Error("fixture input is invalid");
  const plan = buildPlan(parsed.data, { today: "2027-01-04" });
  return { id: "AAAAAAAAAAAAAAAAAAAAAA", createdAt: updatedAt, updatedAt, input: parsed.data, plan };
}

describe("renderCalendarFeed", () => {
  const url = "https://example.test/plans/AAAAAAAAAAAAAAAAAAAAAA";

  it("serves the same body and ETag for the same plan version", () => {
    const first = renderCalendarFeed(storedPlan(new Date("2027-01-04T12:00:00Z")), url);
    const second = renderCalendarFeed(storedPlan(new Date("2027-01-04T12:00:00Z")), url);
    expect(second).toEqual(first);
    expect(first.body).toContain("BEGIN:VCALENDAR");
  });

  it("rebuilds after an edit (a new updatedAt) instead of serving a stale feed", () => {
    const before = renderCalendarFeed(storedPlan(new Date("2027-01-04T12:00:00Z"), 45), url);
    const after = renderCalendarFeed(storedPlan(new Date("2027-01-05T12:00:00Z"), 30), url);
    expect(after.etag).not.toBe(before.etag);
    expect(after.body).toContain("(30 min)");
    expect(after.body).not.toContain("(45 min)");
  });

  it("keys the feed by plan URL, since the body links to the plan page", () => {
    const stored = storedPlan(new Date("2027-01-04T12:00:00Z"));
    const other = renderCalendarFeed(stored, "https://other.test/plans/AAAAAAAAAAAAAAAAAAAAAA");
    expect(other.body).toContain("https://other.test/plans/");
    expect(renderCalendarFeed(stored, url).body).not.toContain("https://other.test/");
  });
});
