import { describe, expect, it } from "vitest";
import { findExercise } from "./catalogue";
import { coversFourCategories, FOUR_CATEGORY_OF } from "./covers-four-categories";

const items = (...ids: string[]) => ids.map((id) => ({ exercise: findExercise(id)! }));

describe("coversFourCategories (every session trains the four categories)", () => {
  it("is true for glutes/hips + posterior chain + core + calves/ankles", () => {
    expect(coversFourCategories(items("clamshell", "good-morning", "plank", "calf-raise"))).toBe(true);
    expect(coversFourCategories(items("split-squat", "nordic-curl", "dead-bug", "tibialis-raise"))).toBe(true);
  });

  it.each([
    ["glutes/hips", ["good-morning", "plank", "calf-raise", "push-up"]],
    ["posterior chain", ["clamshell", "plank", "calf-raise", "skater-jump"]],
    ["core", ["clamshell", "good-morning", "calf-raise"]],
    ["calves/ankles", ["clamshell", "good-morning", "plank"]],
  ])("is false when %s is missing (upper-body and power work count for none)", (_missing, ids) => {
    expect(coversFourCategories(items(...ids))).toBe(false);
  });

  it("counts activation and single-leg work as glutes/hips", () => {
    expect(FOUR_CATEGORY_OF.activation).toBe("glutes-hips");
    expect(FOUR_CATEGORY_OF["single-leg"]).toBe("glutes-hips");
    expect(coversFourCategories([])).toBe(false);
  });
});
