import type { TExercise } from "./catalogue";
import type { TEquipment } from "./types";

/**
 * The first (most preferred) equipment set of `exercise` that `owned` fully covers, as a fresh
 * array; `[]` means bodyweight. Undefined when the runner cannot do the exercise at all.
 */
export function findOwnedEquipmentSet(exercise: TExercise, owned: readonly TEquipment[]): TEquipment[] | undefined {
  const match = exercise.equipment.find((set) => set.every((item) => owned.includes(item)));
  return match === undefined ? undefined : [...match];
}
