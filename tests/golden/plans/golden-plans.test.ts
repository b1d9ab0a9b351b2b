/**
 * Golden plans: the full engine output for named runner profiles, committed as JSON beside
 * this file. A change to any rule shows up as a diff here.
 *
 * Regenerate after an intended change with:
 *   UPDATE_GOLDEN=1 npx vitest run tests/golden/plans
 * then review the JSON diff before committing.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { buildPlan } from "@/lib/engine/build-plan";
import { ZPlanInput } from "@/lib/plan-input";

const DIR = path.dirname(fileURLToPath(import.meta.url));
const TODAY = "2027-01-04";
const UPDATE = process.env.UPDATE_GOLDEN === "1";

const PROFILES: Record<string, unknown> = {
  "first-marathon-bodyweight-new": {
    races: [{ date: "2027-10-03", name: "First marathon", distance: "marathon", priority: "A" }],
    schedule: { mon: "rest", tue: "hard", wed: "easy", thu: "easy", fri: "rest", sat: "easy", sun: "long" },
    equipment: [],
    experience: "new",
    units: "kg",
    timeZone: "Europe/London",
  },
  "experienced-half-full-gym": {
    races: [{ date: "2027-05-16", name: "Spring half", distance: "half", priority: "A" }],
    startDate: "2027-01-06",
    schedule: { mon: "easy", tue: "hard", wed: "rest", thu: "easy", fri: "rest", sat: "long", sun: "easy" },
    equipment: ["loop-band", "long-band", "dumbbells", "kettlebell", "barbell", "bench", "step", "pull-up-bar", "cable", "sliders", "ab-wheel", "mat"],
    experience: "experienced",
    sessionMinutes: 60,
    units: "kg",
    timeZone: "America/New_York",
  },
  "three-race-season-with-b-and-c": {
    races: [
      { date: "2027-09-26", name: "Autumn marathon", distance: "marathon", priority: "A" },
      { date: "2027-06-20", name: "Midsummer half", distance: "half", priority: "B" },
      { date: "2027-04-18", name: "Parkrun", distance: "5k", priority: "C" },
    ],
    startDate: "2027-02-01",
    schedule: { mon: "rest", tue: "hard", wed: "cross", thu: "easy", fri: "easy", sat: "rest", sun: "long" },
    equipment: ["kettlebell", "loop-band", "mat"],
    experience: "experienced",
    sessionMinutes: 45,
    units: "kg",
    timeZone: "Europe/Berlin",
  },
  "awkward-schedule-one-legal-day": {
    races: [{ date: "2027-06-13", distance: "10k", priority: "A" }],
    schedule: { mon: "rest", tue: "hard", wed: "hard", thu: "easy", fri: "easy", sat: "long", sun: "hard" },
    equipment: ["dumbbells"],
    experience: "new",
    sessionMinutes: 30,
    units: "kg",
    timeZone: "Australia/Sydney",
  },
  "light-taper-10k-lb": {
    races: [{ date: "2027-04-11", name: "City 10K", distance: "10k", priority: "A" }],
    schedule: { mon: "easy", tue: "rest", wed: "hard", thu: "easy", fri: "rest", sat: "long", sun: "easy" },
    equipment: ["kettlebell", "loop-band"],
    experience: "experienced",
    taper: "light",
    units: "lb",
    timeZone: "America/Los_Angeles",
    sessionTime: "18:30",
    reminderMinutes: 30,
  },
  "two-a-races-close": {
    races: [
      { date: "2027-05-02", distance: "half", priority: "A" },
      { date: "2027-06-13", distance: "10k", priority: "A" },
    ],
    startDate: "2027-01-04",
    schedule: { mon: "easy", tue: "easy", wed: "hard", thu: "easy", fri: "rest", sat: "long", sun: "rest" },
    equipment: ["dumbbells", "step", "sliders"],
    experience: "new",
    units: "kg",
    timeZone: "Europe/Dublin",
  },
};

describe("golden plans", () => {
  for (const [name, raw] of Object.entries(PROFILES)) {
    it(`${name} matches tests/golden/plans/${name}.json`, () => {
      const plan = JSON.parse(JSON.stringify(buildPlan(ZPlanInput.parse(raw), { today: TODAY })));
      const file = path.join(DIR, `${name}.json`);
      if (UPDATE || !existsSync(file)) {
        if (!UPDATE) throw new Error(`Missing golden file ${file}: run with UPDATE_GOLDEN=1 to create it`);
        writeFileSync(file, `${JSON.stringify(plan, null, 2)}\n`);
      }
      expect(plan).toEqual(JSON.parse(readFileSync(file, "utf8")));
    });
  }
});
