import { describe, expect, it } from "vitest";
import { addDays, mondayOnOrBefore, sundayOnOrAfter, toDay, toIso, weekdayIndex } from "./dates";

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
