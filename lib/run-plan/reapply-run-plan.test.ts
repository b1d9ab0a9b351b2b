import { describe, expect, it } from "vitest";
import { reapplyRunPlan } from "./reapply-run-plan";

const feed = (days: Record<string, "rest" | "easy" | "hard" | "long" | "cross">) => Object.entries(days).map(([date, kind]) => ({ date, kind }));

describe("reapplyRunPlan (section 10: refresh keeps the runner's changes)", () => {
  it("takes the feed's new kind on every date the runner left as the feed had it", () => {
    const previous = { "2027-01-04": "easy", "2027-01-05": "hard" } as const;
    const next = reapplyRunPlan({ runDays: previous, previousFeed: previous, feed: feed({ "2027-01-04": "long", "2027-01-05": "hard" }) });
    expect(next).toEqual({ "2027-01-04": "long", "2027-01-05": "hard" });
  });

  it("keeps a date the runner changed, whatever the feed says now", () => {
    const next = reapplyRunPlan({
      runDays: { "2027-01-04": "rest", "2027-01-05": "hard" },
      previousFeed: { "2027-01-04": "easy", "2027-01-05": "hard" },
      feed: feed({ "2027-01-04": "long", "2027-01-05": "easy" }),
    });
    expect(next).toEqual({ "2027-01-04": "rest", "2027-01-05": "easy" });
  });

  it("keeps a date the runner added outside the feed, and keeps a date they removed removed", () => {
    const next = reapplyRunPlan({
      runDays: { "2027-01-04": "easy", "2027-02-01": "long" },
      previousFeed: { "2027-01-04": "easy", "2027-01-05": "hard" },
      feed: feed({ "2027-01-04": "easy", "2027-01-05": "long" }),
    });
    expect(next).toEqual({ "2027-01-04": "easy", "2027-02-01": "long" });
  });

  it("drops the dates the feed no longer covers (they fall back to the template) and adds the new ones", () => {
    const previous = { "2027-01-04": "easy", "2027-01-05": "hard" } as const;
    const next = reapplyRunPlan({ runDays: previous, previousFeed: previous, feed: feed({ "2027-01-05": "hard", "2027-01-06": "long" }) });
    expect(next).toEqual({ "2027-01-05": "hard", "2027-01-06": "long" });
    expect(Object.keys(next)).toEqual(["2027-01-05", "2027-01-06"]);
  });

  it("does not touch its inputs", () => {
    const runDays = Object.freeze({ "2027-01-04": "easy" as const });
    const previousFeed = Object.freeze({ "2027-01-04": "easy" as const });
    expect(reapplyRunPlan({ runDays, previousFeed, feed: Object.freeze(feed({})) })).toEqual({});
    expect(runDays).toEqual({ "2027-01-04": "easy" });
  });
});
