import { describe, expect, it } from "vitest";
import { buildPlan } from "@/lib/engine/build-plan";
import { parsePlanInput } from "@/lib/plan-input";
import type { TPlan } from "@/lib/engine/types";
import { renderCalendarFeed } from "@/lib/ics/render-calendar-feed";

function planVersion(updatedAt: Date, sessionMinutes: 30 | 45 | 60 = 45): { id: string; updatedAt: Date; plan: TPlan } {
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
  return { id: "AAAAAAAAAAAAAAAAAAAAAA", updatedAt, plan };
}

/** Renders the feed of a plan version, counting how often the plan had to be built. */
function render(version: { id: string; updatedAt: Date; plan: TPlan }, planUrl: string, builds = { count: 0 }) {
  const feed = renderCalendarFeed({
    id: version.id,
    updatedAt: version.updatedAt,
    planUrl,
    buildPlan: () => {
      builds.count += 1;
      return version.plan;
    },
  });
  if (!feed) throw new Error("a buildable plan must render a feed");
  return feed;
}

describe("renderCalendarFeed", () => {
  const url = "https://example.test/plans/AAAAAAAAAAAAAAAAAAAAAA";

  it("serves the same body and ETag for the same plan version", () => {
    const first = render(planVersion(new Date("2027-01-04T12:00:00Z")), url);
    const second = render(planVersion(new Date("2027-01-04T12:00:00Z")), url);
    expect(second).toEqual(first);
    expect(first.body).toContain("BEGIN:VCALENDAR");
  });

  it("rebuilds after an edit (a new updatedAt) instead of serving a stale feed", () => {
    const before = render(planVersion(new Date("2027-01-04T12:00:00Z"), 45), url);
    const after = render(planVersion(new Date("2027-01-05T12:00:00Z"), 30), url);
    expect(after.etag).not.toBe(before.etag);
    expect(after.body).toContain("(30 min)");
    expect(after.body).not.toContain("(45 min)");
  });

  it("keys the feed by plan URL, since the body links to the plan page", () => {
    const stored = planVersion(new Date("2027-01-04T12:00:00Z"));
    const other = render(stored, "https://other.test/plans/AAAAAAAAAAAAAAAAAAAAAA");
    expect(other.body).toContain("https://other.test/plans/");
    expect(render(stored, url).body).not.toContain("https://other.test/");
  });

  it("a cache hit neither rebuilds the plan nor the feed", () => {
    const version = planVersion(new Date("2027-02-01T12:00:00Z"));
    const builds = { count: 0 };
    const first = render(version, url, builds);
    const second = render(version, url, builds);
    expect(builds.count).toBe(1);
    expect(second).toBe(first);
  });

  it("answers null when the plan cannot be built", () => {
    const feed = renderCalendarFeed({ id: "BBBBBBBBBBBBBBBBBBBBBB", updatedAt: new Date("2027-02-01T12:00:00Z"), planUrl: url, buildPlan: () => null });
    expect(feed).toBeNull();
  });
});
