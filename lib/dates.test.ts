import { describe, expect, it } from "vitest";
import { addDays, canonicalTimeZone, daysBetween, formatRange, isoFromParts, listDates, localDateAt, mondayOnOrBefore, sundayOnOrAfter, toDay, toIso, wallTimeToInstant, weekdayIndex } from "./dates";

describe("dates (UTC epoch days, independent of the process time zone)", () => {
  it("round-trips ISO dates across daylight-saving changes and leap days", () => {
    for (const iso of ["2027-03-28", "2027-10-31", "2027-04-04", "2028-02-29", "2000-01-01", "2200-12-31"]) {
      expect(toIso(toDay(iso))).toBe(iso);
    }
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-03-27", 2)).toBe("2027-03-29");
  });

  it("weekday index is 0 for Monday and 6 for Sunday", () => {
    expect(weekdayIndex(toDay("2027-01-04"))).toBe(0);
    expect(weekdayIndex(toDay("2027-01-10"))).toBe(6);
    expect(weekdayIndex(toDay("1969-12-29"))).toBe(0);
  });

  it("finds the Monday on/before and the Sunday on/after a date", () => {
    expect(toIso(mondayOnOrBefore(toDay("2027-01-06")))).toBe("2027-01-04");
    expect(toIso(mondayOnOrBefore(toDay("2027-01-04")))).toBe("2027-01-04");
    expect(toIso(sundayOnOrAfter(toDay("2027-01-06")))).toBe("2027-01-10");
    expect(toIso(sundayOnOrAfter(toDay("2027-01-10")))).toBe("2027-01-10");
  });
});

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
    expect(daysBetween("2027-02-27", "2027-03-02")).toBe(3);
    expect(listDates("2027-02-27", "2027-03-01")).toEqual(["2027-02-27", "2027-02-28", "2027-03-01"]);
    expect(listDates("2027-03-01", "2027-02-27")).toEqual([]);
  });

  it("canonicalises zone names (case, links) and refuses unknown ones", () => {
    expect(canonicalTimeZone("europe/london")).toBe("Europe/London");
    expect(canonicalTimeZone("US/Eastern")).toBe("America/New_York");
    expect(canonicalTimeZone("Mars/Olympus")).toBeNull();
    expect(canonicalTimeZone("")).toBeNull();
  });
});

describe("toIso", () => {
  it("agrees with the Date object on every day from 1969 to 2201", () => {
    for (let day = toDay("1969-01-01"); day <= toDay("2201-12-31"); day += 1) {
      expect(toIso(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
    }
  });
});

describe("formatRange", () => {
  it.each([
    ["2027-01-04", "2027-01-10", "4–10 Jan 2027"],
    ["2027-03-29", "2027-04-04", "29 Mar – 4 Apr 2027"],
    ["2026-12-28", "2027-01-03", "28 Dec 2026 – 3 Jan 2027"],
    ["2026-11-18", "2026-11-18", "18 Nov 2026"],
  ])("%s to %s reads %s", (start, end, text) => {
    expect(formatRange(start, end)).toBe(text);
  });
});
