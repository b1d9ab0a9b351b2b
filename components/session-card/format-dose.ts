import type { TPrescription } from "@/lib/engine/types";

/** "3 × 10", "3 × 10 each side", "3 × 30 s", "2 × 40 s each side"; "3 sets" when neither reps nor seconds are given. */
export function formatDose(item: Pick<TPrescription, "sets" | "reps" | "seconds">, unilateral: boolean): string {
  const side = unilateral ? " each side" : "";
  if (item.reps !== undefined) return `${item.sets} × ${item.reps}${side}`;
  if (item.seconds !== undefined) return `${item.sets} × ${item.seconds} s${side}`;
  return `${item.sets} ${item.sets === 1 ? "set" : "sets"}${side}`;
}

/** "45 s", "1 min", "1 min 30 s". */
export function formatRest(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
