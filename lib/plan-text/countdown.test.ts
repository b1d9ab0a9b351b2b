import { describe, expect, it } from "vitest";
import { describeCountdown, describeSpan } from "./countdown";

describe("describeSpan: one wording for a span of days", () => {
  it("writes spans in weeks from three weeks or whole weeks, else in days", () => {
    expect(describeSpan(14)).toBe("2 weeks");
    expect(describeSpan(7)).toBe("1 week");
    expect(describeSpan(10)).toBe("10 days");
    expect(describeSpan(15)).toBe("15 days");
    expect(describeSpan(84)).toBe("12 weeks");
    expect(describeSpan(1)).toBe("1 day");
  });
});

describe("describeCountdown", () => {
  it("says today, tomorrow, yesterday, in N days and N days ago", () => {
    expect(describeCountdown(0)).toBe("today");
    expect(describeCountdown(1)).toBe("tomorrow");
    expect(describeCountdown(-1)).toBe("yesterday");
    expect(describeCountdown(12)).toBe("in 12 days");
    expect(describeCountdown(-5)).toBe("5 days ago");
  });
});
