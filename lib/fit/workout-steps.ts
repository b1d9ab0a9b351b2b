import type { WorkoutStepMesg } from "@garmin/fitsdk";
import { findExercise } from "@/lib/engine/catalogue";
import { fitExerciseCodes } from "./fit-exercise-codes";
import type { TFitPrescription, TFitSession, TFitUnits } from "./fit-session";
import { fitText } from "./fit-text";
import { toKilograms } from "./to-kilograms";

/**
 * String room in a step, less the terminating NUL. The FIT profile sets no length; a workout
 * file exported by Garmin Connect (manufacturer garmin, product 65534, hex dump in
 * forums.garmin.com/developer/fit-sdk thread 323237) allocates wkt_step_name[16] and
 * notes[200], and the FIT C SDK's example build wkt_step_name[16]. A watch with such buffers
 * would cut longer text, maybe inside a multi-byte character; we cut first, cleanly.
 */
const STEP_NAME_BYTES = 15;
const NOTES_BYTES = 199;

const DISPLAY_UNIT = { kg: "kilogram", lb: "pound" } as const;
const SIDES = ["first side", "second side"];
const utf8 = new TextEncoder();

/** "Single-leg Romanian deadlift: set 1 of 3, 10 reps each side": the dose survives any cut of the name. */
function stepNotes(name: string, dose: string): string {
  const room = NOTES_BYTES - utf8.encode(`: ${dose}`).length;
  return fitText(`${fitText(name, room)}: ${dose}`, NOTES_BYTES);
}

/** What every step of this exercise carries: its name, FIT exercise and target load. */
function exerciseFields(prescription: TFitPrescription, units: TFitUnits): WorkoutStepMesg {
  const load = prescription.targetLoad;
  return {
    wktStepName: fitText(prescription.name, STEP_NAME_BYTES),
    targetType: "open",
    intensity: "active",
    ...fitExerciseCodes(prescription.exerciseId),
    ...(load && { exerciseWeight: toKilograms(load), weightDisplayUnit: DISPLAY_UNIT[units] }),
  };
}

/**
 * The active steps of one set. Reps end when the runner presses the lap button, so a
 * one-sided exercise stays one step with the per-side count ("10 reps each side"). A hold
 * ends on the watch's countdown, so a one-sided hold is one timed step per side, back to
 * back. A distance (`metres`, carried in `reps`) is an open step: GPS distance means
 * nothing indoors, the runner presses lap at the end.
 */
function workSteps(prescription: TFitPrescription, set: number, units: TFitUnits): WorkoutStepMesg[] {
  const exercise = findExercise(prescription.exerciseId);
  const eachSide = exercise?.unilateral ? " each side" : "";
  const fields = exerciseFields(prescription, units);
  const load = prescription.targetLoad ? `, ${prescription.targetLoad.value} ${prescription.targetLoad.unit}` : "";
  const notes = (dose: string) => stepNotes(prescription.name, `set ${set} of ${prescription.sets}${dose}${load}`);
  const { reps, seconds } = prescription;
  if (seconds !== undefined) {
    const timed = { ...fields, durationType: "time", durationValue: seconds * 1000 } as const;
    if (!exercise?.unilateral) return [{ ...timed, notes: notes(`, ${seconds} s`) }];
    return SIDES.map((side) => ({ ...timed, notes: notes(`, ${seconds} s, ${side}`) }));
  }
  if (reps === undefined) return [{ ...fields, durationType: "open", notes: notes("") }];
  if (exercise?.dose === "metres") return [{ ...fields, durationType: "open", notes: notes(`, ${reps} m${eachSide}`) }];
  return [{ ...fields, durationType: "reps", durationValue: reps, notes: notes(`, ${reps} reps${eachSide}`) }];
}

function restStep(restSeconds: number): WorkoutStepMesg {
  return { wktStepName: "Rest", durationType: "time", durationValue: restSeconds * 1000, targetType: "open", intensity: "rest" };
}

/**
 * The workout steps of a session, in order, each with its message_index: the set's active
 * step(s), then a timed rest of the prescription's `restSeconds`. Rest sits between sets
 * (DOMAIN.md section 12): none after the session's very last set, where it would only keep
 * the watch counting down before "workout complete", and none for a zero rest.
 */
export function buildWorkoutSteps(session: TFitSession, units: TFitUnits): WorkoutStepMesg[] {
  const steps: WorkoutStepMesg[] = [];
  session.exercises.forEach((prescription, index) => {
    const lastExercise = index === session.exercises.length - 1;
    for (let set = 1; set <= prescription.sets; set++) {
      steps.push(...workSteps(prescription, set, units));
      const lastSet = lastExercise && set === prescription.sets;
      if (!lastSet && prescription.restSeconds > 0) steps.push(restStep(prescription.restSeconds));
    }
  });
  return steps.map((step, messageIndex) => ({ messageIndex, ...step }));
}
