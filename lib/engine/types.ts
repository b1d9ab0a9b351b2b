/**
 * The plan the engine returns (DOMAIN.md section 7). Plans are data: every field is
 * JSON-serialisable, dates are `YYYY-MM-DD` strings, and the same input always yields the
 * same plan, byte for byte.
 */
import type { TPlanInput, TResolvedPlanInput, TWeekday, TEquipment } from "../plan-input";

export type { TPlanInput, TResolvedPlanInput, TWeekday, TEquipment };

export type TPhaseKind = "general" | "race-specific" | "taper" | "recovery";
/** Phases in which strength sessions happen. */
export type TSessionPhase = "general" | "race-specific" | "taper";
export type TSlot = "A" | "B" | "light";
export type TExerciseCategory = "activation" | "hinge" | "single-leg" | "core" | "calf" | "upper" | "power";
export type TLoad = "bodyweight" | "light" | "moderate" | "challenging";
export type TDoseType = "reps" | "seconds" | "metres";

/** `start` and `end` are inclusive ISO dates. */
export type TPhase = {
  kind: TPhaseKind;
  start: string;
  end: string;
};

export type TPrescription = {
  exerciseId: string;
  name: string;
  category: TExerciseCategory;
  /** What this prescription uses; empty for bodyweight. */
  equipment: TEquipment[];
  sets: number;
  reps?: number;
  seconds?: number;
  load: TLoad;
  /** e.g. "3-1-1" or "lower for 3-4 s"; only where it matters. */
  tempo?: string;
  restSeconds: number;
  /** Extra guidance in the runner's units, e.g. "12-16 kg kettlebell" (the one place load is a weight). */
  note?: string;
};

export type TSession = {
  /** Stable: derived from the date and slot, never random (`2027-01-04-A`). */
  id: string;
  date: string;
  weekday: TWeekday;
  phase: TSessionPhase;
  slot: TSlot;
  title: string;
  minutes: number;
  afterRun: boolean;
  exercises: TPrescription[];
  /** Short reasons naming the rule that placed and dosed this session. */
  why: string[];
};

/** A Monday-to-Sunday week of the season. */
export type TWeek = {
  /** 1-based. */
  index: number;
  /** Monday, inclusive. */
  start: string;
  /** Sunday, inclusive. */
  end: string;
  /** The phase covering most of the week's days (ties: the later one), or null before/after the season. */
  phase: TPhaseKind | null;
  sessionIds: string[];
  /** Sum of sets over the week's sessions: the volume chart's bar. */
  totalSets: number;
};

export type TWarningCode =
  | "few-legal-days"
  | "no-legal-days"
  | "start-in-taper"
  | "start-in-race-block"
  | "short-general-phase"
  | "races-overlap";

export type TWarning = {
  code: TWarningCode;
  message: string;
};

export type TPlan = {
  engineVersion: string;
  input: TResolvedPlanInput;
  phases: TPhase[];
  weeks: TWeek[];
  sessions: TSession[];
  warnings: TWarning[];
};

export type TBuildPlanOptions = {
  /** Today's date in the runner's time zone (`YYYY-MM-DD`); the default start date. */
  today: string;
};
