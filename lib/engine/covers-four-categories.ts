import type { TExerciseCategory } from "./types";

/** The four things every session must train (DOMAIN.md section 5). */
export type TFourCategory = "glutes-hips" | "posterior-chain" | "core" | "calves-ankles";

export const FOUR_CATEGORIES: readonly TFourCategory[] = ["glutes-hips", "posterior-chain", "core", "calves-ankles"];

/** Which of the four an exercise category counts towards; upper-body and power work count towards none. */
export const FOUR_CATEGORY_OF: Readonly<Record<TExerciseCategory, TFourCategory | null>> = {
  activation: "glutes-hips",
  "single-leg": "glutes-hips",
  hinge: "posterior-chain",
  core: "core",
  calf: "calves-ankles",
  upper: null,
  power: null,
};

/** True when the items between them train glutes/hips, posterior chain, core and calves/ankles. */
export function coversFourCategories(items: readonly { exercise: { category: TExerciseCategory } }[]): boolean {
  const covered = new Set(items.map((item) => FOUR_CATEGORY_OF[item.exercise.category]));
  return FOUR_CATEGORIES.every((category) => covered.has(category));
}
