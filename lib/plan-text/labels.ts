/**
 * The plan's vocabulary: the words every view, the calendar feed and the engine's own messages
 * use for the engine's codes. One place, so the form's preview, the plan page, the print view and
 * the feed all say the same thing.
 */
import type { TDayType, TDistance, TEquipment, TPriority, TWeekday } from "../plan-input-values";
import type { TExerciseCategory, TLoad, TPhaseKind, TSessionStatus, TSlot } from "../engine/types";

export const PHASE_LABELS: Record<TPhaseKind, string> = {
  general: "General preparation",
  "race-specific": "Race-specific",
  taper: "Taper",
  recovery: "Recovery",
};

/** Short names for tight spots (session titles, print rows). */
export const PHASE_SHORT_LABELS: Record<TPhaseKind, string> = {
  general: "General",
  "race-specific": "Race-specific",
  taper: "Taper",
  recovery: "Recovery",
};

export const PHASE_DESCRIPTIONS: Record<TPhaseKind, string> = {
  general: "Two sessions a week, 3 sets per exercise, building strength in hips, posterior chain, core and calves.",
  "race-specific": "Same two sessions and the same effort, but 2 sets instead of 3, so your legs stay fresh for race training.",
  taper: "Strength winds down before your A race; what you built lasts through the taper.",
  recovery: "No strength work while your body recovers from the race.",
};

/** Fixed phase order for legends and patterns. */
export const PHASE_ORDER: TPhaseKind[] = ["general", "race-specific", "taper", "recovery"];

export const WEEKDAY_LABELS: Record<TWeekday, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

export const DAY_TYPE_LABELS: Record<TDayType, string> = {
  rest: "Rest day",
  easy: "Easy run",
  hard: "Hard run",
  long: "Long run",
  cross: "Cross-training",
};

export const DAY_TYPE_HINTS: Record<TDayType, string> = {
  rest: "No running",
  easy: "Easy effort",
  hard: "Intervals, tempo or hills",
  long: "Long, steady run",
  cross: "Easy cross-training",
};

export const DISTANCE_LABELS: Record<TDistance, string> = {
  "5k": "5K",
  "10k": "10K",
  half: "Half marathon",
  marathon: "Marathon",
  ultra: "Ultra",
  other: "Race",
};

export const PRIORITY_LABELS: Record<TPriority, string> = {
  A: "A race (target)",
  B: "B race (tune-up)",
  C: "C race (training race)",
};

export const SLOT_LABELS: Record<TSlot, string> = {
  A: "Strength A",
  B: "Strength B",
  light: "Light activation",
};

export const LOAD_LABELS: Record<TLoad, string> = {
  bodyweight: "Bodyweight",
  light: "Light",
  moderate: "Moderate",
  challenging: "Challenging",
};

export const CATEGORY_LABELS: Record<TExerciseCategory, string> = {
  activation: "Activation",
  hinge: "Hip hinge",
  "single-leg": "Single leg",
  core: "Core",
  calf: "Calves & ankles",
  upper: "Upper body",
  power: "Power",
};

export const EQUIPMENT_LABELS: Record<TEquipment, string> = {
  "loop-band": "loop band",
  "long-band": "long band",
  dumbbells: "dumbbells",
  kettlebell: "kettlebell",
  barbell: "barbell",
  bench: "bench",
  step: "step or box",
  "pull-up-bar": "pull-up bar",
  cable: "cable machine",
  sliders: "sliders",
  "ab-wheel": "ab wheel",
  mat: "mat",
};

export const STATUS_LABELS: Record<TSessionStatus, string> = {
  planned: "Planned",
  skipped: "Skipped",
  done: "Done",
};
