import { describe, expect, it } from "vitest";
import { detectRace, guessRaceDistance } from "@/lib/run-plan/detect-race";

describe("detectRace", () => {
  it.each([
    ["London Marathon", { name: "London Marathon", distance: "marathon" }],
    ["🏁 Race Day: Manchester Marathon", { name: "Manchester Marathon", distance: "marathon" }],
    ["Race Day Lakeside Marathon 26.2 mi", { name: "Lakeside Marathon", distance: "marathon" }],
    ["Berlin Half", { name: "Berlin Half", distance: "half" }],
    ["Great North Run Half Marathon", { name: "Great North Run Half Marathon", distance: "half" }],
    ["Saturday parkrun", { name: "Saturday parkrun", distance: "5k" }],
    ["10K race", { name: "10K race", distance: "10k" }],
    ["Race: 5 km", { name: "Race: 5 km", distance: "5k" }],
    ["8K-15K tune-up race (total 9-13 mi)", { name: "8K-15K tune-up race (total 9-13 mi)", distance: "other" }],
    ["50 km trail race", { name: "50 km trail race", distance: "ultra" }],
    ["Half marathon race", { name: "Half marathon race", distance: "half" }],
    ["Marathon", { name: "Marathon", distance: "marathon" }],
    ["Half Marathon!", { name: "Half Marathon!", distance: "half" }],
    ["🏁 Marathon day", { name: "Marathon day", distance: "marathon" }],
  ])("%j is a race", (summary, expected) => {
    expect(detectRace(summary)).toEqual(expected);
  });

  it.each([
    "Marathon pace run 13 mi",
    "Lactate threshold 8 mi @ 15K to half marathon pace",
    "5 x 800 m @ 5K race pace",
    "Goal Marathon Pace 10 mi",
    "Race day",
    "Race week shakeout 3 mi",
    "Easy Half",
    "Long run 32 km",
    "Marathon training week 5",
    "Marathon pace",
    "Half marathon plan",
  ])("%j is not a race", (summary) => {
    expect(detectRace(summary)).toBeNull();
  });

  it("keeps race names within the plan's 80 characters", () => {
    const race = detectRace(`10K race ${"x".repeat(200)}`);
    expect(race?.name.length).toBe(80);
  });
});

describe("guessRaceDistance", () => {
  it.each([
    ["parkrun", "5k"],
    ["5k", "5k"],
    ["3.1 mi", "5k"],
    ["10 km", "10k"],
    ["6.2 miles", "10k"],
    ["21.1 km", "half"],
    ["13.1 mi", "half"],
    ["42.2 km", "marathon"],
    ["26.2 mi", "marathon"],
    ["ultra", "ultra"],
    ["100 mi", "ultra"],
    ["15 km", "other"],
    ["fun", undefined],
  ])("%j -> %s", (text, expected) => {
    expect(guessRaceDistance(text)).toBe(expected);
  });
});
