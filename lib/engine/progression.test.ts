import { describe, expect, it } from "vitest";
import { findExercise } from "./catalogue";
import { countIntroWeeks, describeLevel, EFFORT_WHY, ladderAt, prescribeDose, type TDoseItem } from "./progression";
import type { TEquipment } from "../plan-input";

function item(id: string, equipment: TEquipment[] = []): TDoseItem {
  const exercise = findExercise(id);
  if (!exercise) throw new Error(`no exercise ${id}`);
  return { exercise, equipment };
}

describe("progression and dose (DOMAIN.md section 4)", () => {
  it("starts at 3 sets of 10", () => {
    const dose = prescribeDose({ item: item("split-squat", ["dumbbells"]), phase: "general", level: -1, units: "kg" });
    expect(dose).toMatchObject({ sets: 3, reps: 10, load: "bodyweight" });
  });

  it("new runners: 2 to 3 bodyweight weeks (3 when the general phase has 8+ weeks); experienced: 1", () => {
    expect(countIntroWeeks("new", 12 * 7)).toBe(3);
    expect(countIntroWeeks("new", 5 * 7)).toBe(2);
    expect(countIntroWeeks("experienced", 12 * 7)).toBe(1);
    expect(describeLevel({ phase: "general", level: -1, introWeek: 2, introWeeks: 3 }).text).toBe(
      "Week 2 of 3 bodyweight weeks: learn the movement first",
    );
  });

  it("bodyweight learning weeks prescribe no load even when the kit is there", () => {
    const dose = prescribeDose({ item: item("goblet-squat", ["kettlebell"]), phase: "general", level: -1, units: "kg" });
    expect(dose.load).toBe("bodyweight");
    expect(dose.note ?? "").not.toMatch(/kg/);
  });

  it("double progression: one more rep per set each week, then a small load step and back to 8", () => {
    const ladder = Array.from({ length: 14 }, (_, level) => ladderAt(level));
    expect(ladder.map((r) => r.reps)).toEqual([10, 11, 12, 8, 9, 10, 11, 12, 8, 9, 10, 11, 12, 12]);
    expect(ladder.map((r) => r.step)).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
    const loads = [0, 2, 3, 8].map(
      (level) => prescribeDose({ item: item("romanian-deadlift", ["dumbbells"]), phase: "general", level, units: "kg" }).load,
    );
    expect(loads).toEqual(["light", "light", "moderate", "challenging"]);
    expect(ladderAt(12).top).toBe(true);
    expect(ladderAt(40)).toEqual({ step: 2, reps: 12, top: true });
  });

  it("without resistance equipment the step is a slower lowering, not a heavier load", () => {
    const at = (level: number) => prescribeDose({ item: item("split-squat"), phase: "general", level, units: "kg" });
    expect(at(2)).toMatchObject({ reps: 12, load: "bodyweight" });
    expect(at(2).tempo).toBeUndefined();
    expect(at(3)).toMatchObject({ reps: 8, load: "bodyweight", tempo: "lower over 3 s" });
    expect(at(8).tempo).toBe("lower over 3 s, then pause 1 s");
  });

  it("timed holds add 5 s a week", () => {
    const seconds = [-1, 0, 1, 2].map(
      (level) => prescribeDose({ item: item("plank"), phase: "general", level, units: "kg" }).seconds,
    );
    expect(seconds).toEqual([30, 35, 40, 45]);
    expect(prescribeDose({ item: item("plank"), phase: "general", level: 0, units: "kg" }).reps).toBeUndefined();
  });

  it("timed holds cap at 60 s and point to a harder variant", () => {
    const dose = prescribeDose({ item: item("plank"), phase: "general", level: 20, units: "kg", harderName: "Side plank" });
    expect(dose.seconds).toBe(60);
    expect(dose.note).toContain("Side plank");
  });

  it("effort: 2-3 reps in reserve, never to failure", () => {
    expect(EFFORT_WHY.text).toMatch(/2-3 reps/);
    expect(EFFORT_WHY.text).toMatch(/never to failure/);
  });

  it("load is an effort label, not a weight, except the kettlebell (12-16 kg, or 26-35 lb)", () => {
    const dumbbell = prescribeDose({ item: item("romanian-deadlift", ["dumbbells"]), phase: "general", level: 4, units: "kg" });
    expect(["bodyweight", "light", "moderate", "challenging"]).toContain(dumbbell.load);
    expect(dumbbell.note ?? "").not.toMatch(/kg|lb/);
    const kg = prescribeDose({ item: item("kettlebell-swing", ["kettlebell"]), phase: "general", level: 4, units: "kg" });
    expect(kg.note).toContain("12-16 kg kettlebell");
    const lb = prescribeDose({ item: item("kettlebell-swing", ["kettlebell"]), phase: "general", level: 4, units: "lb" });
    expect(lb.note).toContain("26-35 lb kettlebell");
  });

  it("calf raises: slow lowering over 3-4 s, loaded where possible", () => {
    const loaded = prescribeDose({ item: item("single-leg-calf-raise", ["dumbbells"]), phase: "general", level: 0, units: "kg" });
    expect(loaded).toMatchObject({ tempo: "lower over 3-4 s", load: "light" });
    const bodyweight = prescribeDose({ item: item("single-leg-calf-raise"), phase: "general", level: -1, units: "kg" });
    expect(bodyweight.tempo).toBe("lower over 3-4 s");
  });

  it("race-specific: 2 sets at the same load and reps", () => {
    const general = prescribeDose({ item: item("step-up", ["dumbbells"]), phase: "general", level: 6, units: "kg" });
    const race = prescribeDose({ item: item("step-up", ["dumbbells"]), phase: "race-specific", level: 6, units: "kg" });
    expect(general.sets).toBe(3);
    expect(race.sets).toBe(2);
    expect({ ...race, sets: 3 }).toEqual(general);
    expect(describeLevel({ phase: "race-specific", level: 6, introWeek: 5, introWeeks: 1 }).text).toMatch(/held/);
  });

  it("rest between sets fits the category: short for activation, longer for hinges, longest for power", () => {
    const rest = (id: string) => prescribeDose({ item: item(id), phase: "general", level: 0, units: "kg" }).restSeconds;
    expect(rest("glute-bridge")).toBeLessThan(rest("single-leg-romanian-deadlift"));
    expect(rest("single-leg-romanian-deadlift")).toBeLessThan(rest("skater-jump"));
  });

  it("the note carries only what the dose fields cannot: no 'each side' (the catalogue's unilateral says it), no empty note", () => {
    const dose = prescribeDose({ item: item("split-squat", ["dumbbells"]), phase: "general", level: 0, units: "kg" });
    expect(findExercise("split-squat")!.unilateral).toBe(true);
    expect(dose).not.toHaveProperty("note");
    expect(dose.equipment).toEqual(["dumbbells"]);
    expect(dose).toMatchObject({ exerciseId: "split-squat", category: "single-leg" });
    const kettlebell = prescribeDose({ item: item("single-leg-romanian-deadlift", ["kettlebell"]), phase: "general", level: 0, units: "kg" });
    expect(kettlebell.note).toBe("12-16 kg kettlebell (lighter end of the range)");
    for (const id of ["clamshell", "side-plank", "single-leg-calf-raise", "glute-bridge"]) {
      expect(prescribeDose({ item: item(id), phase: "general", level: 0, units: "kg" })).not.toHaveProperty("note");
    }
  });
});
