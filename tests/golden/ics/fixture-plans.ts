/**
 * Hand-made plans for the .ics tests: small, typed against the engine's output contract, and
 * independent of engine changes, so the .ics goldens move only when the calendar code does.
 */
import type { TPlan, TPrescription, TSession } from "@/lib/engine/types";
import type { TResolvedPlanInput, TWeekday } from "@/lib/plan-input";

const WEEKDAY_BY_UTC_DAY: TWeekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function weekdayOf(iso: string): TWeekday {
  return WEEKDAY_BY_UTC_DAY[new Date(`${iso}T00:00:00Z`).getUTCDay()];
}

const EXERCISES_A: TPrescription[] = [
  { exerciseId: "lateral-band-walk", name: "Lateral band walk", category: "activation", equipment: ["loop-band"], sets: 2, reps: 12, load: "light", restSeconds: 30 },
  { exerciseId: "single-leg-romanian-deadlift", name: "Single-leg Romanian deadlift", category: "hinge", equipment: ["dumbbells"], sets: 3, reps: 10, load: "moderate", restSeconds: 60 },
  { exerciseId: "step-up", name: "Step-up", category: "single-leg", equipment: ["step", "dumbbells"], sets: 3, reps: 10, load: "moderate", restSeconds: 60 },
  { exerciseId: "side-plank", name: "Side plank", category: "core", equipment: [], sets: 3, seconds: 30, load: "bodyweight", restSeconds: 45 },
  { exerciseId: "single-leg-calf-raise", name: "Single-leg calf raise (slow lowering)", category: "calf", equipment: [], sets: 3, reps: 12, load: "challenging", tempo: "lower for 3-4 s", restSeconds: 60 },
];

const EXERCISES_B: TPrescription[] = [
  { exerciseId: "glute-bridge", name: "Glute bridge", category: "activation", equipment: [], sets: 2, reps: 12, load: "bodyweight", restSeconds: 30 },
  { exerciseId: "kettlebell-swing", name: "Kettlebell swing", category: "hinge", equipment: ["kettlebell"], sets: 3, reps: 12, load: "moderate", restSeconds: 60, note: "12-16 kg kettlebell" },
  { exerciseId: "goblet-squat", name: "Goblet squat", category: "single-leg", equipment: ["kettlebell"], sets: 3, reps: 10, load: "moderate", tempo: "3-1-1", restSeconds: 60 },
  { exerciseId: "pallof-press", name: "Pallof press", category: "core", equipment: ["long-band"], sets: 3, reps: 10, load: "light", restSeconds: 45 },
  { exerciseId: "bent-knee-calf-raise", name: "Bent-knee single-leg calf raise", category: "calf", equipment: [], sets: 3, reps: 12, load: "bodyweight", restSeconds: 45 },
];

function makeSession(date: string, slot: "A" | "B", weekIndex: number): TSession {
  const raceSpecific = weekIndex >= 2;
  const phase = raceSpecific ? "race-specific" : "general";
  const sets = raceSpecific ? 2 : 3;
  const exercises = (slot === "A" ? EXERCISES_A : EXERCISES_B).map((exercise) =>
    exercise.category === "activation" ? exercise : { ...exercise, sets },
  );
  return {
    id: `${date}-${slot}`,
    date,
    weekday: weekdayOf(date),
    phase,
    slot,
    title: `Strength ${slot} · ${raceSpecific ? "Race-specific" : "General"}`,
    minutes: 45,
    afterRun: slot === "A",
    exercises,
    why: [
      slot === "A"
        ? { rule: "2.3", text: "Placed after an easy run, two days clear of the next hard session." }
        : { rule: "2.3", text: "On a rest day, with a day's gap before the long run." },
      raceSpecific
        ? { rule: "4.sets", text: "Race block: sets drop from 3 to 2, effort and exercises stay." }
        : { rule: "4.sets", text: "General phase: builds baseline strength in all four categories." },
    ],
    status: "planned",
  };
}

type TFixtureOptions = {
  startDate: string;
  weeks: number;
  timeZone: string;
  sessionTime?: string;
  reminderMinutes?: number;
  raceName?: string;
};

/** A Monday start, A on Tuesday and B on Friday each week, an A race the Sunday after the last week. */
export function makeFixturePlan(options: TFixtureOptions): TPlan {
  const raceDate = addDays(options.startDate, options.weeks * 7 + 6);
  const input: TResolvedPlanInput = {
    races: [
      { date: raceDate, distance: "half", priority: "A", ...(options.raceName === undefined ? {} : { name: options.raceName }) },
      { date: addDays(options.startDate, 13), distance: "10k", priority: "C" },
    ],
    startDate: options.startDate,
    schedule: { mon: "easy", tue: "easy", wed: "hard", thu: "easy", fri: "rest", sat: "easy", sun: "long" },
    equipment: ["loop-band", "long-band", "dumbbells", "kettlebell", "step"],
    experience: "experienced",
    sessionMinutes: 45,
    taper: "full",
    units: "kg",
    timeZone: options.timeZone,
    ...(options.sessionTime === undefined ? {} : { sessionTime: options.sessionTime }),
    ...(options.reminderMinutes === undefined ? {} : { reminderMinutes: options.reminderMinutes }),
  };
  const sessions: TSession[] = [];
  for (let week = 0; week < options.weeks; week += 1) {
    const monday = addDays(options.startDate, week * 7);
    sessions.push(makeSession(addDays(monday, 1), "A", week), makeSession(addDays(monday, 4), "B", week));
  }
  const taperStart = addDays(options.startDate, options.weeks * 7);
  return {
    engineVersion: "fixture-1",
    input,
    phases: [
      { kind: "general", start: options.startDate, end: addDays(options.startDate, 13) },
      { kind: "race-specific", start: addDays(options.startDate, 14), end: addDays(taperStart, -1) },
      { kind: "taper", start: taperStart, end: addDays(raceDate, -1) },
    ],
    windows: [{ kind: "taper", start: taperStart, end: addDays(raceDate, -1), why: { rule: "3.taper", text: "Taper" } }],
    weeks: Array.from({ length: options.weeks }, (_, index) => ({
      index: index + 1,
      start: addDays(options.startDate, index * 7),
      end: addDays(options.startDate, index * 7 + 6),
      phase: index >= 2 ? "race-specific" : "general",
      sessionIds: sessions.filter((s) => s.date >= addDays(options.startDate, index * 7) && s.date <= addDays(options.startDate, index * 7 + 6)).map((s) => s.id),
      totalSets: sessions
        .filter((s) => s.date >= addDays(options.startDate, index * 7) && s.date <= addDays(options.startDate, index * 7 + 6))
        .reduce((sum, s) => sum + s.exercises.reduce((n, e) => n + e.sets, 0), 0),
    })),
    sessions,
    warnings: [],
  };
}

/** A race name that exercises every TEXT escape: comma, semicolon, backslash, quotes, newline, emoji. */
export const TRICKY_RACE_NAME = 'Ben\'s "Big" Half, Part 1; the 🏃‍♀️ one \\ with\nnewline';

export const FIXTURE_PLAN_ID = "AAECAwQFBgcICQoLDA0ODw";
export const FIXTURE_PLAN_URL = `https://stridelift.example/plans/${FIXTURE_PLAN_ID}`;
export const FIXTURE_NOW = new Date("2027-01-01T09:00:00Z");

/** The golden cases: all-day, timed across the March DST change in London, timed with reminders across November in New York, all-day with reminders. */
export const GOLDEN_CASES = {
  "all-day": makeFixturePlan({ startDate: "2027-02-01", weeks: 4, timeZone: "Europe/London", raceName: TRICKY_RACE_NAME }),
  "timed-london-dst": makeFixturePlan({ startDate: "2027-03-15", weeks: 4, timeZone: "Europe/London", sessionTime: "18:30", raceName: "Brighton Half" }),
  "timed-reminders-new-york": makeFixturePlan({
    startDate: "2027-10-25",
    weeks: 3,
    timeZone: "America/New_York",
    sessionTime: "06:15",
    reminderMinutes: 30,
    raceName: "Philly, the \"Half\"",
  }),
  "all-day-reminders": makeFixturePlan({ startDate: "2027-06-07", weeks: 3, timeZone: "Australia/Sydney", reminderMinutes: 15 }),
} satisfies Record<string, TPlan>;
