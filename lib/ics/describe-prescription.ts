import { findExercise } from "@/lib/engine/catalogue";
import type { TPrescription } from "@/lib/engine/types";

/** A tempo like "3-1-1" reads as "tempo 3-1-1"; a phrase like "lower for 3-4 s" reads as itself. */
function describeTempo(tempo: string): string {
  return /^\d/.test(tempo) ? `tempo ${tempo}` : tempo;
}

function describeVolume(prescription: TPrescription): string {
  const exercise = findExercise(prescription.exerciseId);
  const eachSide = exercise?.unilateral ? " each side" : "";
  if (prescription.seconds !== undefined) return `${prescription.sets} x ${prescription.seconds} s${eachSide}`;
  if (prescription.reps !== undefined) {
    const unit = exercise?.dose === "metres" ? " m" : "";
    return `${prescription.sets} x ${prescription.reps}${unit}${eachSide}`;
  }
  return `${prescription.sets} sets${eachSide}`;
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
 * One exercise and its full dose in plain words, e.g.
 * "Single-leg Romanian deadlift: 3 x 10 each side, moderate, rest 60 s".
 */
export function describePrescription(prescription: TPrescription): string {
  const parts = [describeVolume(prescription), prescription.load];
  if (prescription.tempo) parts.push(describeTempo(prescription.tempo));
  parts.push(`rest ${prescription.restSeconds} s`);
  const note = prescription.note ? ` (${describeNote(prescription.note)})` : "";
  return `${prescription.name}: ${parts.join(", ")}${note}`;
}
