import { findExercise } from "@/lib/engine/catalogue";
import type { TPrescription } from "@/lib/engine/types";
import { formatDose, formatTargetLoad } from "@/lib/plan-text/dose-text";

/** A tempo like "3-1-1" reads as "tempo 3-1-1"; a phrase like "lower over 3-4 s" reads as itself. */
function describeTempo(tempo: string): string {
  return /^\d/.test(tempo) ? `tempo ${tempo}` : tempo;
}

/**
 * The note goes in brackets after the dose, so its own brackets and sentence breaks are
 * flattened: "12-16 kg kettlebell (middle of the range)" reads "12-16 kg kettlebell, middle of the range".
 */
function describeNote(note: string): string {
  return note
    .replace(/\s*\(([^()]*)\)/g, ", $1")
    .replace(/\.\s+/g, "; ")
    .replace(/\.$/, "");
}

/**
 * One exercise and its full dose in plain words for the calendar and the print view, e.g.
 * "Single-leg Romanian deadlift: 3 x 10 each side, moderate, 16 kg, rest 60 s".
 */
export function describePrescription(prescription: TPrescription): string {
  const exercise = findExercise(prescription.exerciseId);
  const parts = [
    formatDose(prescription, { unilateral: exercise?.unilateral ?? false, metres: exercise?.dose === "metres", plain: true }),
    prescription.load,
  ];
  if (prescription.targetLoad) parts.push(formatTargetLoad(prescription.targetLoad));
  if (prescription.tempo) parts.push(describeTempo(prescription.tempo));
  parts.push(`rest ${prescription.restSeconds} s`);
  const note = prescription.note ? ` (${describeNote(prescription.note)})` : "";
  return `${prescription.name}: ${parts.join(", ")}${note}`;
}
