import { describe, expect, it } from "vitest";
import { Profile } from "@garmin/fitsdk";
import { CATALOGUE } from "./catalogue";
import { CATALOGUE_FIT } from "./catalogue-fit";

/** Catalogue ids the FIT profile has no sound match for: no category, no name. */
const UNMAPPED = ["tibialis-raise", "banded-single-leg-hip-flexion"];
/** Ids whose family the profile has but not the movement: category only. */
const CATEGORY_ONLY = ["nordic-curl", "incline-back-extension", "slant-board-squat", "banded-reverse-table-top-tap"];

function enumNames(typeName: string): string[] {
  const type = Profile.types[typeName];
  return type ? Object.values(type) : [];
}

describe("CATALOGUE_FIT", () => {
  it("is keyed by catalogue ids only", () => {
    const ids = new Set(CATALOGUE.map((exercise) => exercise.id));
    for (const id of Object.keys(CATALOGUE_FIT)) expect(ids.has(id), id).toBe(true);
  });

  it("leaves out exactly the exercises listed as unmapped", () => {
    const missing = CATALOGUE.map((exercise) => exercise.id).filter((id) => !(id in CATALOGUE_FIT));
    expect(missing.sort()).toEqual([...UNMAPPED].sort());
  });

  it("gives a name to every mapped exercise except the category-only ones", () => {
    const withoutName = Object.entries(CATALOGUE_FIT)
      .filter(([, fit]) => fit.name === undefined)
      .map(([id]) => id);
    expect(withoutName.sort()).toEqual([...CATEGORY_ONLY].sort());
  });

  it("uses only exercise categories that exist in the SDK's profile", () => {
    const categories = new Set(enumNames("exerciseCategory"));
    expect(categories.size).toBeGreaterThan(30);
    for (const [id, fit] of Object.entries(CATALOGUE_FIT)) expect(categories.has(fit.category), `${id}: ${fit.category}`).toBe(true);
  });

  it("uses only exercise names that exist in their category's enum in the SDK's profile", () => {
    for (const [id, fit] of Object.entries(CATALOGUE_FIT)) {
      if (fit.name === undefined) continue;
      const names = enumNames(`${fit.category}ExerciseName`);
      expect(names, `${id}: no ${fit.category}ExerciseName enum`).not.toHaveLength(0);
      expect(names, `${id}: ${fit.category}/${fit.name}`).toContain(fit.name);
    }
  });

  it("cannot be changed at run time", () => {
    expect(Object.isFrozen(CATALOGUE_FIT)).toBe(true);
    for (const fit of Object.values(CATALOGUE_FIT)) expect(Object.isFrozen(fit)).toBe(true);
  });
});
