import { describe, expect, it } from "vitest";
import { findExercise } from "./catalogue";
import { findOwnedEquipmentSet } from "./find-owned-equipment-set";

describe("findOwnedEquipmentSet (use the most effective set the runner owns)", () => {
  const singleLegRdl = findExercise("single-leg-romanian-deadlift")!;

  it("takes the first listed set that is fully owned", () => {
    expect(findOwnedEquipmentSet(singleLegRdl, ["dumbbells", "kettlebell"])).toEqual(["kettlebell"]);
    expect(findOwnedEquipmentSet(singleLegRdl, ["dumbbells"])).toEqual(["dumbbells"]);
  });

  it("falls back to bodyweight ([]) when that is listed", () => {
    expect(findOwnedEquipmentSet(singleLegRdl, ["mat"])).toEqual([]);
  });

  it("needs every piece of a set: a step alone does not give a loaded step-up", () => {
    const stepUp = findExercise("step-up")!;
    expect(findOwnedEquipmentSet(stepUp, ["step"])).toEqual(["step"]);
    expect(findOwnedEquipmentSet(stepUp, ["dumbbells"])).toBeUndefined();
  });

  it("is undefined when the exercise cannot be done with what is owned", () => {
    expect(findOwnedEquipmentSet(findExercise("kettlebell-swing")!, ["dumbbells"])).toBeUndefined();
  });

  it("returns a copy, not the catalogue's frozen array", () => {
    const set = findOwnedEquipmentSet(singleLegRdl, ["kettlebell"])!;
    expect(Object.isFrozen(set)).toBe(false);
    expect(set).not.toBe(singleLegRdl.equipment[0]);
  });
});
