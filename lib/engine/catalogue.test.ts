import { describe, expect, it } from "vitest";
import { EQUIPMENT } from "../plan-input";
import { CATALOGUE, findExercise } from "./catalogue";
import { findOwnedEquipmentSet } from "./find-owned-equipment-set";
import type { TExerciseCategory } from "./types";

const CATEGORIES: readonly TExerciseCategory[] = ["activation", "hinge", "single-leg", "core", "calf", "upper", "power"];

/** Every exercise DOMAIN.md section 5 names, with the id it has in the catalogue. */
const SECTION_5_EXERCISES: Record<string, string> = {
  clamshell: "clamshell",
  "lateral band walk": "lateral-band-walk",
  "glute bridge": "glute-bridge",
  "single-leg Romanian deadlift": "single-leg-romanian-deadlift",
  "kettlebell swing": "kettlebell-swing",
  "Romanian deadlift": "romanian-deadlift",
  "good morning": "good-morning",
  "Nordic curl": "nordic-curl",
  "hip thrust": "hip-thrust",
  "incline back extension": "incline-back-extension",
  "step-up": "step-up",
  "split squat": "split-squat",
  "lateral lunge": "lateral-lunge",
  "goblet squat": "goblet-squat",
  "slant-board squat": "slant-board-squat",
  plank: "plank",
  "straight-arm plank": "straight-arm-plank",
  "side plank": "side-plank",
  "dead bug": "dead-bug",
  "Pallof press": "pallof-press",
  "bear crawl": "bear-crawl",
  "slider mountain climber": "slider-mountain-climber",
  "ab-wheel rollout": "ab-wheel-rollout",
  "banded reverse table-top tap": "banded-reverse-table-top-tap",
  "single-leg calf raise": "single-leg-calf-raise",
  "pull-up": "pull-up",
  "bent-over row": "bent-over-row",
  "push-up": "push-up",
  "banded single-leg hip flexion": "banded-single-leg-hip-flexion",
  "sled drag": "sled-drag",
};

/** The category DOMAIN.md section 5 puts each named exercise in. */
const SECTION_5_CATEGORY: Record<string, TExerciseCategory> = {
  clamshell: "activation",
  "lateral-band-walk": "activation",
  "glute-bridge": "activation",
  "single-leg-romanian-deadlift": "hinge",
  "kettlebell-swing": "hinge",
  "romanian-deadlift": "hinge",
  "good-morning": "hinge",
  "nordic-curl": "hinge",
  "hip-thrust": "hinge",
  "incline-back-extension": "hinge",
  "step-up": "single-leg",
  "split-squat": "single-leg",
  "lateral-lunge": "single-leg",
  "goblet-squat": "single-leg",
  "slant-board-squat": "single-leg",
  plank: "core",
  "straight-arm-plank": "core",
  "side-plank": "core",
  "dead-bug": "core",
  "pallof-press": "core",
  "bear-crawl": "core",
  "slider-mountain-climber": "core",
  "ab-wheel-rollout": "core",
  "banded-reverse-table-top-tap": "core",
  "single-leg-calf-raise": "calf",
  "pull-up": "upper",
  "bent-over-row": "upper",
  "push-up": "upper",
  "banded-single-leg-hip-flexion": "power",
  "sled-drag": "power",
};

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, " ").trim();
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((part) => part.length > 0);

describe("exercise catalogue (DOMAIN.md section 6)", () => {
  it("has at least 30 entries with unique ids", () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CATALOGUE.map((exercise) => exercise.id)).size).toBe(CATALOGUE.length);
  });

  it("uses stable kebab-case ids and unique names", () => {
    for (const exercise of CATALOGUE) expect(exercise.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(new Set(CATALOGUE.map((exercise) => exercise.name.toLowerCase())).size).toBe(CATALOGUE.length);
  });

  it.each(Object.entries(SECTION_5_EXERCISES))("contains every exercise named in section 5: %s", (name, id) => {
    const exercise = findExercise(id);
    expect(exercise).toBeDefined();
    expect(normalise(exercise!.name)).toContain(normalise(name));
    expect(exercise!.category).toBe(SECTION_5_CATEGORY[id]);
  });

  it("has a bent-knee (soleus) calf raise as well as the straight-knee one, both with slow lowering", () => {
    for (const id of ["single-leg-calf-raise", "bent-knee-calf-raise"]) {
      const exercise = findExercise(id)!;
      expect(exercise.category).toBe("calf");
      expect(exercise.unilateral).toBe(true);
      expect(exercise.cue).toMatch(/3-4 seconds/);
    }
  });

  it("uses only the categories of section 7", () => {
    for (const exercise of CATALOGUE) expect(CATEGORIES).toContain(exercise.category);
  });

  it("resolves every easier and harder id to another catalogue entry", () => {
    for (const exercise of CATALOGUE) {
      for (const id of [...exercise.easier, ...exercise.harder]) {
        expect(findExercise(id), `${exercise.id} -> ${id}`).toBeDefined();
        expect(id).not.toBe(exercise.id);
      }
      expect(exercise.easier.filter((id) => exercise.harder.includes(id))).toEqual([]);
    }
  });

  it("names only equipment ids from the input schema, with no duplicate items or sets", () => {
    for (const exercise of CATALOGUE) {
      const keys = exercise.equipment.map((set) => [...set].sort().join("+"));
      expect(new Set(keys).size, exercise.id).toBe(keys.length);
      for (const set of exercise.equipment) {
        expect(new Set(set).size).toBe(set.length);
        for (const item of set) expect(EQUIPMENT).toContain(item);
      }
    }
  });

  it("writes a short cue (one or two sentences) and a one-sentence why for every exercise", () => {
    for (const exercise of CATALOGUE) {
      expect(exercise.cue.trim().length, exercise.id).toBeGreaterThan(20);
      expect(exercise.cue.length, exercise.id).toBeLessThanOrEqual(160);
      expect(sentences(exercise.cue).length, exercise.id).toBeLessThanOrEqual(2);
      expect(exercise.why.trim().length, exercise.id).toBeGreaterThan(20);
      expect(exercise.why.length, exercise.id).toBeLessThanOrEqual(120);
      expect(sentences(exercise.why), exercise.id).toHaveLength(1);
    }
  });

  it("doses holds in seconds, the sled drag in metres and everything else in reps", () => {
    const seconds = CATALOGUE.filter((exercise) => exercise.dose === "seconds").map((exercise) => exercise.id);
    expect(seconds).toEqual(expect.arrayContaining(["plank", "straight-arm-plank", "side-plank", "bear-crawl"]));
    expect(CATALOGUE.filter((exercise) => exercise.dose === "metres").map((exercise) => exercise.id)).toEqual(["sled-drag"]);
    expect(findExercise("single-leg-calf-raise")!.dose).toBe("reps");
  });

  it("keeps the sled drag in the catalogue but not selectable: a sled is not in the equipment list", () => {
    const sled = findExercise("sled-drag")!;
    expect(sled.equipment).toEqual([]);
    expect(findOwnedEquipmentSet(sled, EQUIPMENT)).toBeUndefined();
    // Every other entry is doable with a full gym.
    const unreachable = CATALOGUE.filter((exercise) => findOwnedEquipmentSet(exercise, EQUIPMENT) === undefined);
    expect(unreachable.map((exercise) => exercise.id)).toEqual(["sled-drag"]);
  });

  it("offers at least two bodyweight exercises per category, four where a session takes two (A and B can differ)", () => {
    const needed: Record<TExerciseCategory, number> = {
      activation: 4,
      hinge: 2,
      "single-leg": 2,
      core: 4,
      calf: 2,
      upper: 2,
      power: 2,
    };
    for (const category of CATEGORIES) {
      const bodyweight = CATALOGUE.filter(
        (exercise) => exercise.category === category && findOwnedEquipmentSet(exercise, []) !== undefined,
      );
      expect(bodyweight.length, category).toBeGreaterThanOrEqual(needed[category]);
    }
  });

  it("lists bodyweight, when possible, as the last resort: loaded or banded sets come first", () => {
    for (const exercise of CATALOGUE) {
      const bodyweightAt = exercise.equipment.findIndex((set) => set.length === 0);
      if (bodyweightAt !== -1) expect(bodyweightAt, exercise.id).toBe(exercise.equipment.length - 1);
    }
  });

  it("needs an anchor for the Nordic curl (bench, barbell or cable), never bodyweight alone", () => {
    const nordic = findExercise("nordic-curl")!;
    expect(findOwnedEquipmentSet(nordic, [])).toBeUndefined();
    expect(findOwnedEquipmentSet(nordic, ["bench"])).toEqual(["bench"]);
    expect(findOwnedEquipmentSet(nordic, ["cable"])).toEqual(["cable"]);
  });

  it("finds exercises by id and returns undefined for unknown ids", () => {
    expect(findExercise("glute-bridge")?.name).toBe("Glute bridge");
    expect(findExercise("no-such-exercise")).toBeUndefined();
    expect(findExercise("")).toBeUndefined();
  });

  it("is frozen so no caller can change shared entries", () => {
    expect(Object.isFrozen(CATALOGUE)).toBe(true);
    const bridge = findExercise("glute-bridge")!;
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.isFrozen(bridge.equipment)).toBe(true);
    expect(Object.isFrozen(bridge.equipment[0])).toBe(true);
    expect(() => {
      (bridge as { name: string }).name = "changed";
    }).toThrow(TypeError);
  });
});
