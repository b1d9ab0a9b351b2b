import { describe, expect, it } from "vitest";
import { buildPlan } from "./build-plan";
import type { TPlan, TPrescription, TSessionLog } from "./types";
import { makeInput } from "@/tests/fixtures/plan-inputs";

// Experienced, kettlebell and dumbbells, a marathon in October: week 1 is the bodyweight week, and
// from Wednesday 13 January the single-leg Romanian deadlift is done with the kettlebell.
const KIT = makeInput({ equipment: ["kettlebell", "dumbbells"], races: [{ date: "2027-10-03", distance: "marathon", priority: "A" }] });
const BODYWEIGHT = makeInput({ equipment: [], races: [{ date: "2027-10-03", distance: "marathon", priority: "A" }] });
const SLRDL = "single-leg-romanian-deadlift";
const [WEEK2, WEEK3, WEEK4, WEEK5] = ["2027-01-13-A", "2027-01-20-A", "2027-01-27-A", "2027-02-03-A"];

function done(exerciseId: string, sets: { reps?: number; seconds?: number; load?: number }[], rir?: number): TSessionLog {
  return { status: "done", unit: "kg", exercises: [{ exerciseId, sets, ...(rir === undefined ? {} : { rir }) }] };
}

function reps(values: number[], load?: number) {
  return values.map((value) => ({ reps: value, ...(load === undefined ? {} : { load }) }));
}

function exercise(plan: TPlan, sessionId: string, exerciseId: string): TPrescription {
  const session = plan.sessions.find((candidate) => candidate.id === sessionId)!;
  return session.exercises.find((candidate) => candidate.exerciseId === exerciseId)!;
}

function whyOf(plan: TPlan, sessionId: string): string[] {
  return plan.sessions.find((candidate) => candidate.id === sessionId)!.why.filter((why) => why.rule.startsWith("11.")).map((why) => why.text);
}

const base = buildPlan(KIT, { today: "2027-01-04" });

describe("adaptation (DOMAIN.md section 11)", () => {
  it("the plan without logs: 3 x 10, 11, 12 light, then 3 x 8 moderate; no target loads", () => {
    expect([WEEK2, WEEK3, WEEK4, WEEK5].map((id) => [exercise(base, id, SLRDL).reps, exercise(base, id, SLRDL).load])).toEqual([
      [10, "light"],
      [11, "light"],
      [12, "light"],
      [8, "moderate"],
    ]);
    expect(base.sessions.every((session) => session.exercises.every((item) => item.targetLoad === undefined && item.adapted === undefined))).toBe(true);
  });

  it("beat: every set a rep over with 2 in the tank -> next kettlebell bell, back to 8 reps, and the reason in the runner's words", () => {
    const plan = buildPlan(KIT, { today: "2027-01-04", logs: { [WEEK2]: done(SLRDL, reps([11, 11, 11], 16), 2) } });
    expect(exercise(plan, WEEK3, SLRDL)).toMatchObject({ sets: 3, reps: 8, load: "moderate", targetLoad: { value: 20, unit: "kg" }, adapted: { rule: "beat", from: WEEK2 } });
    expect(whyOf(plan, WEEK3)).toEqual(["Single-leg Romanian deadlift: you did 3 x 11 at 16 kg with 2 in the tank: 20 kg, back to 8 reps"]);
    // Then the ladder goes on from there, with the concrete load.
    expect(exercise(plan, WEEK4, SLRDL)).toMatchObject({ reps: 9, targetLoad: { value: 20, unit: "kg" } });
    expect(exercise(plan, WEEK4, SLRDL).adapted).toBeUndefined();
  });

  it("beat needs the tank: the same reps with 1 in reserve are only a hit", () => {
    const plan = buildPlan(KIT, { today: "2027-01-04", logs: { [WEEK2]: done(SLRDL, reps([11, 11, 11], 16), 1) } });
    expect(exercise(plan, WEEK3, SLRDL)).toMatchObject({ reps: 11, load: "light", targetLoad: { value: 16, unit: "kg" } });
    expect(exercise(plan, WEEK3, SLRDL).adapted).toBeUndefined();
  });

  it("hit: the plan's own progression goes on, with the logged load as a concrete target that follows the load steps", () => {
    const plan = buildPlan(KIT, { today: "2027-01-04", logs: { [WEEK2]: done(SLRDL, reps([10, 10, 10], 16), 3) } });
    expect(exercise(plan, WEEK3, SLRDL)).toMatchObject({ reps: 11, load: "light", targetLoad: { value: 16, unit: "kg" } });
    expect(exercise(plan, WEEK5, SLRDL)).toMatchObject({ reps: 8, load: "moderate", targetLoad: { value: 20, unit: "kg" } });
    expect(whyOf(plan, WEEK3)).toEqual([]);
  });

  it("missed: a set 2 reps short repeats the same dose next time", () => {
    const plan = buildPlan(KIT, { today: "2027-01-04", logs: { [WEEK2]: done(SLRDL, reps([10, 8, 9], 16)) } });
    expect(exercise(plan, WEEK3, SLRDL)).toMatchObject({ reps: 10, load: "light", targetLoad: { value: 16, unit: "kg" }, adapted: { rule: "missed", from: WEEK2 } });
    expect(whyOf(plan, WEEK3)).toEqual(["Single-leg Romanian deadlift: 10, 8, 9 at 16 kg fell short of 3 x 10: the same dose again"]);
    expect(exercise(plan, WEEK4, SLRDL)).toMatchObject({ reps: 11 });
  });

  it("missed: last-set RIR 0 (to failure) is a miss even with the reps done", () => {
    const plan = buildPlan(KIT, { today: "2027-01-04", logs: { [WEEK2]: done(SLRDL, reps([12, 12, 12], 16), 0) } });
    expect(exercise(plan, WEEK3, SLRDL).adapted).toEqual({ rule: "missed", from: WEEK2 });
  });

  it("missed: fewer sets than prescribed is a miss", () => {
    const plan = buildPlan(KIT, { today: "2027-01-04", logs: { [WEEK2]: done(SLRDL, reps([11, 11], 16)) } });
    expect(exercise(plan, WEEK3, SLRDL).adapted?.rule).toBe("missed");
  });

  it("missed twice in a row: one load step down, reps at the bottom of the range", () => {
    const plan = buildPlan(KIT, {
      today: "2027-01-04",
      logs: { [WEEK2]: done(SLRDL, reps([10, 8, 9], 16)), [WEEK3]: done(SLRDL, reps([9, 8, 8], 16)) },
    });
    expect(exercise(plan, WEEK4, SLRDL)).toMatchObject({ reps: 10, targetLoad: { value: 12, unit: "kg" }, adapted: { rule: "missed-twice", from: WEEK3 } });
    expect(whyOf(plan, WEEK4)[0]).toMatch(/twice in a row: 12 kg/);
  });

  it("skipped: the exercises of a skipped session repeat their dose, with one reason for the session", () => {
    const plan = buildPlan(KIT, { today: "2027-01-04", logs: { [WEEK2]: { status: "skipped", unit: "kg", exercises: [] } } });
    expect(plan.sessions.find((session) => session.id === WEEK2)!.status).toBe("skipped");
    expect(exercise(plan, WEEK3, SLRDL)).toMatchObject({ reps: 10, adapted: { rule: "skipped", from: WEEK2 } });
    expect(whyOf(plan, WEEK3)).toEqual(["You skipped the session on Wed 13 Jan, so its exercises repeat their dose"]);
  });

  it("a session skipped with PATCH (an adjustment) repeats its dose too", () => {
    const plan = buildPlan(KIT, { today: "2027-01-04", adjustments: { moves: {}, skips: [WEEK2] } });
    expect(exercise(plan, WEEK3, SLRDL)).toMatchObject({ reps: 10, adapted: { rule: "skipped", from: WEEK2 } });
  });

  it("race block: nothing goes up; a beat is held", () => {
    const race = base.sessions.filter((session) => session.phase === "race-specific" && session.slot === "A");
    const first = race[0].exercises.find((item) => item.category === "hinge")!;
    const plan = buildPlan(KIT, { today: "2027-01-04", logs: { [race[0].id]: done(first.exerciseId, reps([first.reps! + 2, first.reps! + 2], 24), 3) } });
    expect(exercise(plan, race[1].id, first.exerciseId)).toMatchObject({ sets: 2, reps: first.reps, load: first.load, targetLoad: { value: 24, unit: "kg" }, adapted: { rule: "held", from: race[0].id } });
    expect(whyOf(plan, race[1].id)[0]).toMatch(/race block holds the dose/);
  });

  it("no measurable load: a beat adds 2 reps where there is no harder variant the runner can do", () => {
    const plan = buildPlan(BODYWEIGHT, { today: "2027-01-04", logs: { [WEEK2]: done("split-squat", reps([12, 12, 12])) } });
    // The rear-foot-elevated split squat needs a bench or step, which this runner does not own.
    expect(exercise(plan, WEEK3, "split-squat")).toMatchObject({ reps: 12, load: "bodyweight", adapted: { rule: "beat" } });
    expect(exercise(plan, WEEK3, "split-squat").targetLoad).toBeUndefined();
    expect(whyOf(plan, WEEK3)).toEqual(["Split squat: you did 3 x 12: 2 more reps a set"]);
  });

  it("no measurable load: a beat moves on to the harder variant when the runner can do it", () => {
    const withStep = makeInput({ equipment: ["step"], races: [{ date: "2027-10-03", distance: "marathon", priority: "A" }] });
    const plan = buildPlan(withStep, { today: "2027-01-04", logs: { [WEEK2]: done("step-up", reps([12, 12, 12])) } });
    const session = plan.sessions.find((candidate) => candidate.id === WEEK3)!;
    const swapped = session.exercises.find((item) => item.adapted?.rule === "beat")!;
    expect(swapped.exerciseId).toBe("rear-foot-elevated-split-squat");
    expect(whyOf(plan, WEEK3)).toEqual(["Step-up: you did 3 x 12: on to Rear-foot-elevated split squat"]);
    // The swap stays: the next session holds the harder variant too, on the plan's progression.
    expect(plan.sessions.find((candidate) => candidate.id === WEEK4)!.exercises.some((item) => item.exerciseId === "rear-foot-elevated-split-squat")).toBe(true);
  });

  it("timed holds: 5 s over every set is a beat, and with no harder variant the hold gets 10 s longer", () => {
    const plan = buildPlan(BODYWEIGHT, { today: "2027-01-04", logs: { [WEEK2]: done("plank", [{ seconds: 40 }, { seconds: 40 }, { seconds: 40 }]) } });
    expect(exercise(base, WEEK2, "plank").seconds).toBe(35);
    expect(exercise(plan, WEEK3, "plank")).toMatchObject({ seconds: 45, adapted: { rule: "beat" } });
  });

  it("a log changes nothing on or before its own session, and other exercises keep the plan's dose", () => {
    const plan = buildPlan(KIT, { today: "2027-01-04", logs: { [WEEK3]: done(SLRDL, reps([12, 12, 12], 16), 3) } });
    const upTo = (p: TPlan) => p.sessions.filter((session) => session.date <= "2027-01-20").map((session) => session.exercises);
    expect(upTo(plan)).toEqual(upTo(base));
    const week4 = plan.sessions.find((session) => session.id === WEEK4)!;
    const week4Base = base.sessions.find((session) => session.id === WEEK4)!;
    expect(week4.exercises.filter((item) => item.exerciseId !== SLRDL)).toEqual(week4Base.exercises.filter((item) => item.exerciseId !== SLRDL));
  });

  it("a log in kg on a plan now in lb gives lb targets on the lb bells", () => {
    const pounds = { ...KIT, units: "lb" as const };
    const plan = buildPlan(pounds, { today: "2027-01-04", logs: { [WEEK2]: done(SLRDL, reps([11, 11, 11], 16), 2) } });
    // 16 kg is 35.3 lb: the next standard bell up is 44 lb.
    expect(exercise(plan, WEEK3, SLRDL).targetLoad).toEqual({ value: 44, unit: "lb" });
  });

  it("bodyweight learning weeks are neither adapted nor judged", () => {
    const first = base.sessions[0];
    const logged = buildPlan(KIT, { today: "2027-01-04", logs: { [first.id]: done(first.exercises[2].exerciseId, reps([20, 20, 20])) } });
    expect(logged.sessions.slice(1)).toEqual(base.sessions.slice(1));
    expect(logged.sessions[0].status).toBe("done");
  });
});
