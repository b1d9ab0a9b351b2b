/**
 * How a dose reads, in every view and in the calendar feed: one formatter, so "3 × 10 each side"
 * looks the same on the session card, the print view, the feed and in the engine's reasons.
 */
import type { TEquipment } from "../plan-input-values";
import type { TLoad, TPrescription, TTargetLoad } from "../engine/types";

/** Equipment whose load is a weight on a bar, in a hand or on a stack. */
const WEIGHTS: ReadonlySet<TEquipment> = new Set(["dumbbells", "kettlebell", "barbell", "cable"]);
const BANDS: ReadonlySet<TEquipment> = new Set(["loop-band", "long-band"]);

type TDoseFields = Pick<TPrescription, "sets" | "reps" | "seconds">;

/**
 * "3 × 10", "3 × 10 each side", "3 × 30 s", "3 × 12 m" (metres), "3 sets" when neither is given.
 * `plain` writes "3 x 10" for plain-text places (the calendar feed, the engine's reasons), where a
 * multiplication sign is not worth the risk of a client that mangles it.
 */
export function formatDose(item: TDoseFields, options: { unilateral: boolean; metres?: boolean; plain?: boolean }): string {
  const side = options.unilateral ? " each side" : "";
  const times = options.plain ? "x" : "×";
  if (item.seconds !== undefined) return `${item.sets} ${times} ${item.seconds} s${side}`;
  if (item.reps !== undefined) return `${item.sets} ${times} ${item.reps}${options.metres ? " m" : ""}${side}`;
  return `${item.sets} ${item.sets === 1 ? "set" : "sets"}${side}`;
}

/** "45 s", "1 min", "1 min 30 s". */
export function formatRest(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** "16 kg", "35 lb", "22.5 kg". */
export function formatTargetLoad(load: TTargetLoad): string {
  return `${Number.isInteger(load.value) ? load.value : load.value.toFixed(1)} ${load.unit}`;
}

type TResistance = "weight" | "band" | "none";

function resistanceOf(equipment: readonly TEquipment[]): TResistance {
  if (equipment.some((item) => WEIGHTS.has(item))) return "weight";
  if (equipment.some((item) => BANDS.has(item))) return "band";
  return "none";
}

const HINTS: Record<TResistance, Record<Exclude<TLoad, "bodyweight">, string>> = {
  weight: {
    light: "a weight you could lift many more times; focus on form",
    moderate: "a weight that feels like steady work; stop with 2–3 reps in reserve",
    challenging: "the last reps are hard but clean; stop with 2–3 reps in reserve, never to failure",
  },
  band: {
    light: "a band you could stretch many more times; focus on form",
    moderate: "band resistance that feels like steady work; stop with 2–3 reps in reserve",
    challenging: "a band tension where the last reps are hard but clean; stop with 2–3 reps in reserve",
  },
  none: {
    light: "an easy effort; focus on form",
    moderate: "steady work; stop with 2–3 reps in reserve",
    challenging: "the last reps are hard but clean; stop with 2–3 reps in reserve, never to failure",
  },
};

/** What the effort label means for this prescription's kit: bands are resistance, not weights. */
export function describeLoad(item: Pick<TPrescription, "load" | "equipment">): string {
  if (item.load === "bodyweight") return "no added weight; learn the movement and own every rep";
  return HINTS[resistanceOf(item.equipment)][item.load];
}
