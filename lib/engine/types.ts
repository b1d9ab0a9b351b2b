/**
 * The plan the engine returns (DOMAIN.md section 7, with part two's additions). Plans are data:
 * every field is JSON-serialisable, dates are `YYYY-MM-DD` strings, and the same input,
 * adjustments and logs always yield the same plan, byte for byte.
 */
import type { TBreak, TDayType, TPlanInput, TResolvedPlanInput, TWeekday, TEquipment } from "../plan-input";

export type { TBreak, TDayType, TPlanInput, TResolvedPlanInput, TWeekday, TEquipment };

export type TPhaseKind = "general" | "race-specific" | "taper" | "recovery";
/** Phases in which strength sessions happen. */
export type TSessionPhase = "general" | "race-specific" | "taper";
export type TSlot = "A" | "B" | "light";
export type TExerciseCategory = "activation" | "hinge" | "single-leg" | "core" | "calf" | "upper" | "power";
export type TLoad = "bodyweight" | "light" | "moderate" | "challenging";
export type TDoseType = "reps" | "seconds" | "metres";
export type TUnits = "kg" | "lb";

/**
 * A reason as data: `rule` names the DOMAIN.md rule (`"2.3"`, `"4.double-progression"`,
 * `"9.break"`, `"11.beat"`...), `text` says it to the runner. Code reads `rule`, never `text`.
 */
export type TWhy = { rule: string; text: string };

/** `start` and `end` are inclusive ISO dates. */
export type TPhase = {
  kind: TPhaseKind;
  start: string;
  end: string;
};

/** A stretch of dates with no strength at all, as the engine computed it (inclusive dates). */
export type TNoStrengthWindow = {
  kind: "taper" | "recovery" | "b-race" | "c-race" | "break";
  start: string;
  end: string;
  why: TWhy;
};

export type TTargetLoad = { value: number; unit: TUnits };

export type TAdaptationRule = "beat" | "missed" | "missed-twice" | "skipped" | "held";

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
  /** e.g. "lower over 3-4 s"; only where it matters. */
  tempo?: string;
  restSeconds: number;
  /** Extra guidance in the runner's units, e.g. "12-16 kg kettlebell" (the one place load is a weight). */
  note?: string;
  /** A concrete load once the runner has logged one for this exercise (section 11). */
  targetLoad?: TTargetLoad;
  /** Set when what the runner logged changed this prescription (section 11). */
  adapted?: { rule: TAdaptationRule; from: string };
  /** The reason for an adaptation, in the runner's words. */
  why?: TWhy[];
};

export type TSessionStatus = "planned" | "skipped" | "done";

export type TSession = {
  /**
   * Stable: the date the engine placed it on plus its slot (`2027-01-04-A`), never random. A move
   * keeps it (the session's `date` changes, its id does not), and so does an input edit that keeps
   * the session's date and slot; moves, skips, logs and calendar UIDs key on it.
   */
  id: string;
  date: string;
  weekday: TWeekday;
  phase: TSessionPhase;
  slot: TSlot;
  title: string;
  minutes: number;
  afterRun: boolean;
  exercises: TPrescription[];
  /** The rules that placed and dosed this session. */
  why: TWhy[];
  status: TSessionStatus;
  /** The engine's date, when the runner moved the session. */
  movedFrom?: string;
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
  /** Sum of sets over the week's sessions that are not skipped: the volume chart's bar. */
  totalSets: number;
};

export type TWarningCode =
  | "few-legal-days"
  | "no-legal-days"
  | "start-in-taper"
  | "start-in-race-block"
  | "short-general-phase"
  | "races-overlap"
  | "back-to-back"
  | "adjustment-dropped";

export type TWarning = {
  code: TWarningCode;
  message: string;
  /** The Monday of the week a per-week warning is about (section 9, rule 2.6 per week). */
  week?: string;
};

export type TPlan = {
  engineVersion: string;
  input: TResolvedPlanInput;
  phases: TPhase[];
  /** Every no-strength window (taper, recovery, B/C race windows, breaks), sorted by start. */
  windows: TNoStrengthWindow[];
  weeks: TWeek[];
  sessions: TSession[];
  warnings: TWarning[];
};

/** The runner's changes to where sessions sit: applied when the plan is evaluated (section 9). */
export type TAdjustments = {
  /** Session id -> the date it was moved to. */
  moves: Record<string, string>;
  /** Ids of sessions the runner skipped. */
  skips: string[];
};

export type TLoggedSet = { reps?: number; seconds?: number; load?: number };
export type TLoggedExercise = { exerciseId: string; sets: TLoggedSet[]; rir?: number };

/** What the runner did in one session (section 11); loads are in `unit`, the plan's units when logged. */
export type TSessionLog = {
  status: "done" | "skipped";
  completedOn?: string;
  exercises: TLoggedExercise[];
  note?: string;
  unit: TUnits;
};

export type TBuildPlanOptions = {
  /** Today's date in the runner's time zone (`YYYY-MM-DD`); the default start date. */
  today: string;
  adjustments?: TAdjustments;
  /** Logs by session id. */
  logs?: Readonly<Record<string, TSessionLog>>;
};
