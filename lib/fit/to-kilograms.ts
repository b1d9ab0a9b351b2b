/** The international pound, exactly (1959). */
const KG_PER_LB = 0.45359237;

/**
 * FIT stores a step's exercise_weight as a uint16 in units of 0.01 kg; 0xFFFF means "none",
 * so 655.34 kg is the largest weight a file can carry.
 */
export const MAX_EXERCISE_WEIGHT_KG = 655.34;

/** A load in kilograms, unrounded: the FIT encoder applies the field's 0.01 kg scale. */
export function toKilograms(load: { value: number; unit: "kg" | "lb" }): number {
  return load.unit === "kg" ? load.value : load.value * KG_PER_LB;
}
