import { describe, expect, it } from "vitest";
import { distancesIn, longestDistances, longestDurationMinutes } from "@/lib/run-plan/extract-measures";

describe("distancesIn", () => {
  it("reads km, k, miles and metres with their units, in order", () => {
    expect(distancesIn("18km then 18 k, 11 mi, 11 miles, 800m, 21,1 km, 5 x 1,000 m")).toEqual([
      { value: 18, unit: "km" },
      { value: 18, unit: "km" },
      { value: 11, unit: "mi" },
      { value: 11, unit: "mi" },
      { value: 800, unit: "m" },
      { value: 21.1, unit: "km" },
      { value: 1000, unit: "m" },
    ]);
  });

  it("does not read minutes, paces or reps counts as distances", () => {
    expect(distancesIn("45 min, 5 mins, 6x800, 7:30/mi")).toEqual([]);
  });
});

describe("longestDistances", () => {
  it("keeps the longest per unit family, metres counted as km", () => {
    expect(longestDistances("long run 16 mi w/ 10 mi @ mp, 3 x 1600 m")).toEqual({ km: 1.6, mi: 16 });
    expect(longestDistances("no numbers")).toEqual({ km: 0, mi: 0 });
  });
});

describe("longestDurationMinutes", () => {
  it.each([
    ["1h40", 100],
    ["1 h 40 min", 100],
    ["2 hours", 120],
    ["1.5 hours", 90],
    ["100 min", 100],
    ["45'", 45],
    ["duration: 1:35:00", 95],
    ["5 x 4 min", 4],
    ["7:30 min/km", 0],
    ["start 10:30", 0],
    ["5 hm pace", 0],
  ])("%j -> %i", (text, minutes) => {
    expect(longestDurationMinutes(text)).toBe(minutes);
  });
});
