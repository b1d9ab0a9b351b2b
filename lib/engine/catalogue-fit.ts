/**
 * Where each catalogue exercise sits in the Garmin FIT profile (DOMAIN.md section 12), so a
 * watch shows its own name, animation and muscle map for the step.
 *
 * Values are the FIT SDK's enum names as the JavaScript SDK spells them (camelCase):
 * `category` is an `exerciseCategory` value and `name` a value of that category's
 * `<category>ExerciseName` enum. Plain data, so the engine stays free of the SDK;
 * catalogue-fit.test.ts checks every value against the SDK's Profile.
 *
 * A name is given only where the profile has the same movement; where it has the family but
 * not the movement, only the category. Exercises with no sound match are left out (see
 * UNMAPPED in the test): a wrong name would credit the wrong muscles on the watch.
 */
export type TFitExercise = {
  category: string;
  name?: string;
};

export const CATALOGUE_FIT: Readonly<Record<string, Readonly<TFitExercise>>> = Object.freeze({
  // Activation.
  clamshell: { category: "hipRaise", name: "clams" },
  "side-lying-hip-abduction": { category: "hipStability", name: "sideLyingLegRaise" },
  "lateral-band-walk": { category: "hipStability", name: "lateralWalksWithBandAtAnkles" },
  "glute-bridge": { category: "hipRaise", name: "hipRaise" },
  "single-leg-glute-bridge": { category: "hipRaise", name: "singleLegHipRaise" },

  // Hip hinge and posterior chain.
  "single-leg-romanian-deadlift": { category: "deadlift", name: "singleLegRomanianDeadliftWithDumbbell" },
  // The profile files the two-handed kettlebell swing under hip raise; hipSwing has only one-arm swings.
  "kettlebell-swing": { category: "hipRaise", name: "kettlebellSwing" },
  "romanian-deadlift": { category: "deadlift", name: "romanianDeadlift" },
  "good-morning": { category: "legCurl", name: "goodMorning" },
  // No Nordic curl in the profile; it is a bodyweight hamstring curl.
  "nordic-curl": { category: "legCurl" },
  "hip-thrust": { category: "hipRaise", name: "barbellHipThrustWithBench" },
  // A 45-degree bench back extension; the profile's hyperextension names are all other variants.
  "incline-back-extension": { category: "hyperextension" },
  "slider-hamstring-curl": { category: "legCurl", name: "slidingLegCurl" },

  // Single-leg, knee-dominant.
  "step-up": { category: "squat", name: "stepUp" },
  "split-squat": { category: "squat", name: "dumbbellSplitSquat" },
  "rear-foot-elevated-split-squat": { category: "lunge", name: "backFootElevatedDumbbellSplitSquat" },
  "reverse-lunge": { category: "lunge", name: "dumbbellReverseLunge" },
  "lateral-lunge": { category: "lunge", name: "sideLunge" },
  "goblet-squat": { category: "squat", name: "gobletSquat" },
  // Heels raised on a slant board: a squat, with no named heel-elevated bodyweight variant.
  "slant-board-squat": { category: "squat" },
  "bodyweight-squat": { category: "squat", name: "squat" },

  // Core.
  plank: { category: "plank", name: "plank" },
  "straight-arm-plank": { category: "plank", name: "straightArmPlank" },
  "side-plank": { category: "plank", name: "sidePlank" },
  // Top leg on the bench, bottom leg free: the profile's side plank with feet on a bench.
  "copenhagen-plank": { category: "plank", name: "sidePlankWithFeetOnBench" },
  "dead-bug": { category: "hipStability", name: "deadBug" },
  // Opposite arm and leg reaching long from hands and knees.
  "bird-dog": { category: "core", name: "armAndLegExtensionOnKnees" },
  // The profile's cable core press is the Pallof press (band or cable).
  "pallof-press": { category: "core", name: "cableCorePress" },
  "bear-crawl": { category: "plank", name: "bearCrawl" },
  "slider-mountain-climber": { category: "plank", name: "mountainClimberOnSlidingDiscs" },
  "ab-wheel-rollout": { category: "core", name: "kneelingAbWheel" },
  // Supine toe taps from table-top: core work with no matching name.
  "banded-reverse-table-top-tap": { category: "core" },

  // Calves and ankles.
  "single-leg-calf-raise": { category: "calfRaise", name: "singleLegStandingCalfRaise" },
  "bent-knee-calf-raise": { category: "calfRaise", name: "singleLegBentKneeCalfRaise" },
  "calf-raise": { category: "calfRaise", name: "standingCalfRaise" },

  // Upper body.
  "pull-up": { category: "pullUp", name: "pullUp" },
  "band-assisted-pull-up": { category: "pullUp", name: "bandAssistedPullUp" },
  "bent-over-row": { category: "row", name: "bentOverRowWithBarbell" },
  "prone-y-t-raise": { category: "shoulderStability", name: "floorYRaise" },
  "push-up": { category: "pushUp", name: "pushUp" },
  "incline-push-up": { category: "pushUp", name: "inclinePushUp" },

  // Power.
  // A lateral bound from one foot to the other.
  "skater-jump": { category: "plyo", name: "lateralLeapAndHop" },
  "split-jump": { category: "plyo", name: "alternatingJumpLunge" },
  "sled-drag": { category: "sled", name: "forwardDrag" },
});
for (const entry of Object.values(CATALOGUE_FIT)) Object.freeze(entry);
