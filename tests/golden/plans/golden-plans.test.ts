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
import type { TPlanInput, TSessionLog } from "@/lib/engine/types";

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

/**
 * Eight weeks of a realistic log history (DOMAIN.md section 11) on the kettlebell-and-dumbbells
 * runner: mostly on target, a few sets beaten, one session struggled, one skipped for travel.
 */
const LOGGED_PROFILE = {
  races: [{ date: "2027-06-27", name: "Summer half", distance: "half", priority: "A" }],
  startDate: "2027-01-04",
  schedule: { mon: "rest", tue: "hard", wed: "easy", thu: "easy", fri: "rest", sat: "easy", sun: "long" },
  equipment: ["kettlebell", "dumbbells", "loop-band"],
  experience: "experienced",
  units: "kg",
  timeZone: "Europe/London",
};

/** Logs session by session, each against the plan as adapted by the logs before it (as a runner would see it). */
function loggedHistory(input: TPlanInput): Record<string, TSessionLog> {
  const logs: Record<string, TSessionLog> = {};
  // Weeks 2 to 9 (the first week is bodyweight only).
  const ids = buildPlan(input, { today: TODAY })
    .sessions.filter((session) => session.date >= "2027-01-11" && session.date <= "2027-03-07")
    .map((session) => session.id);
  ids.forEach((id, index) => {
    const session = buildPlan(input, { today: TODAY, logs }).sessions.find((candidate) => candidate.id === id)!;
    if (index === 9) {
      logs[id] = { status: "skipped", unit: "kg", exercises: [], note: "Travelling for work" };
      return;
    }
    const struggled = index === 5;
    const strong = index === 3 || index === 12;
    logs[id] = {
      status: "done",
      unit: "kg",
      completedOn: session.date,
      exercises: session.exercises.map((item) => {
        const load = item.targetLoad?.value ?? (item.equipment.includes("kettlebell") ? 16 : item.equipment.includes("dumbbells") ? 10 : undefined);
        return {
          exerciseId: item.exerciseId,
          sets: Array.from({ length: item.sets }, (_, set) =>
            item.seconds !== undefined
              ? { seconds: item.seconds + (strong ? 5 : 0) }
              : { reps: (item.reps ?? 10) + (strong ? 1 : struggled && set === item.sets - 1 ? -2 : 0), ...(load === undefined ? {} : { load }) },
          ),
          rir: struggled ? 1 : strong ? 3 : 2,
        };
      }),
    };
  });
  return logs;
}

describe("golden plans", () => {
  it("logged-8-weeks matches tests/golden/plans/logged-8-weeks.json (the adapted plan after eight weeks of logs)", () => {
    const input = ZPlanInput.parse(LOGGED_PROFILE);
    const logs = loggedHistory(input);
    const plan = JSON.parse(JSON.stringify({ logs, plan: buildPlan(input, { today: TODAY, logs }) }));
    const file = path.join(DIR, "logged-8-weeks.json");
    if (UPDATE || !existsSync(file)) {
      if (!UPDATE) throw new Error(`Missing golden file ${file}: run with UPDATE_GOLDEN=1 to create it`);
      writeFileSync(file, `${JSON.stringify(plan, null, 2)}\n`);
    }
    expect(plan).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });

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
