import { describe, expect, it } from "vitest";
import { canonicalTimeZone, datesFromTo, daysFrom, isoFromParts, localDateAt, wallTimeToInstant } from "@/lib/run-plan/dates";

describe("run-plan dates", () => {
  it("builds ISO dates from parts, rolling over out-of-range days", () => {
    expect(isoFromParts(2027, 3, 9)).toBe("2027-03-09");
    expect(isoFromParts(2027, 1, 32)).toBe("2027-02-01");
    expect(isoFromParts(2028, 2, 30)).toBe("2028-03-01");
  });

  it("turns a wall time in a zone into the instant, and an instant into the local date", () => {
    const instant = wallTimeToInstant({ year: 2027, month: 3, day: 9, hour: 19, minute: 30, second: 0 }, "America/New_York");
    expect(new Date(instant).toISOString()).toBe("2027-03-10T00:30:00.000Z");
    expect(localDateAt(instant, "Europe/London")).toBe("2027-03-10");
    expect(localDateAt(instant, "America/Los_Angeles")).toBe("2027-03-09");
    expect(localDateAt(instant, "Pacific/Auckland")).toBe("2027-03-10");
  });

  it("counts days and lists dates across month ends", () => {
    expect(daysFrom("2027-02-27", "2027-03-02")).toBe(3);
    expect(datesFromTo("2027-02-27", "2027-03-01")).toEqual(["2027-02-27", "2027-02-28", "2027-03-01"]);
    expect(datesFromTo("2027-03-01", "2027-02-27")).toEqual([]);
  });

  it("canonicalises zone names (case, links) and refuses unknown ones", () => {
    expect(canonicalTimeZone("europe/london")).toBe("Europe/London");
    expect(canonicalTimeZone("US/Eastern")).toBe("America/New_York");
    expect(canonicalTimeZone("Mars/Olympus")).toBeNull();
    expect(canonicalTimeZone("")).toBeNull();
  });
});
