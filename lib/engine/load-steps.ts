/**
 * DOMAIN.md section 11's load steps: what "one step up" and "one step down" mean for a concrete
 * load, per implement and unit. Kettlebells come in standard bells, so their loads snap to them.
 */
import type { TEquipment } from "../plan-input-values";
import type { TTargetLoad, TUnits } from "./types";

export type TImplement = "barbell" | "dumbbells" | "kettlebell" | "cable";

export const KETTLEBELLS: Record<TUnits, readonly number[]> = {
  kg: [8, 12, 16, 20, 24, 28, 32],
  lb: [18, 26, 35, 44, 53, 62, 70],
};

/** Barbell +2.5 kg / +5 lb; dumbbells +2 kg / +5 lb; a cable stack moves like a barbell. */
const STEP: Record<Exclude<TImplement, "kettlebell">, Record<TUnits, number>> = {
  barbell: { kg: 2.5, lb: 5 },
  dumbbells: { kg: 2, lb: 5 },
  cable: { kg: 2.5, lb: 5 },
};

const KG_PER_LB = 0.45359237;

/** The implement whose load is measurable in a prescription's kit, heaviest first; none for bodyweight and bands. */
export function measurableImplement(equipment: readonly TEquipment[]): TImplement | null {
  for (const implement of ["barbell", "kettlebell", "dumbbells", "cable"] as const) if (equipment.includes(implement)) return implement;
  return null;
}

/** The standard bell nearest to `value` (ties go to the lighter bell). */
function nearestBell(value: number, unit: TUnits): number {
  const bells = KETTLEBELLS[unit];
  let best = 0;
  for (let i = 1; i < bells.length; i++) if (Math.abs(bells[i] - value) < Math.abs(bells[best] - value)) best = i;
  return best;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A load in another unit (a plan's units may change after a log). */
export function convertLoad(value: number, from: TUnits, to: TUnits): number {
  if (from === to) return value;
  return round(from === "kg" ? value / KG_PER_LB : value * KG_PER_LB);
}

/** Index of the bell `steps` bells away: up from the first bell above `value`, down from the last below it. */
function bellIndex(value: number, steps: number, unit: TUnits): number {
  const bells = KETTLEBELLS[unit];
  if (steps === 0) return nearestBell(value, unit);
  if (steps > 0) {
    const above = bells.findIndex((bell) => bell > value);
    return above === -1 ? bells.length - 1 : above + steps - 1;
  }
  const below = bells.findLastIndex((bell) => bell < value);
  return below === -1 ? 0 : below + steps + 1;
}

/**
 * `value` moved by `steps` load steps (negative: down) for this implement: kettlebells by standard
 * bells (the next bell up or down from what was used; no step: the nearest bell), the rest by their
 * step, never below one step.
 */
export function stepLoad(options: { value: number; steps: number; implement: TImplement; unit: TUnits }): TTargetLoad {
  const { value, steps, implement, unit } = options;
  if (implement === "kettlebell") {
    const bells = KETTLEBELLS[unit];
    return { value: bells[Math.min(bells.length - 1, Math.max(0, bellIndex(value, steps, unit)))], unit };
  }
  const step = STEP[implement][unit];
  return { value: round(Math.max(step, value + steps * step)), unit };
}
