/**
 * What importing another app's calendar yields (DOMAIN.md section 10). Plain JSON data: the
 * review page shows it, the runner edits it, and applying it sets `runDays`.
 */
import type { TDayType, TDistance } from "@/lib/plan-input-values";

/** A date's run kind: the same five kinds as the weekly schedule. */
export type TRunKind = TDayType;
export type TConfidence = "high" | "low";

/** Why an event gives no kind. Strength events are listed so the UI can show them. */
export type TIgnoredReason = "strength" | "summary" | "multi-day";

export type TRunPlanEvent = { summary: string; kind: TRunKind };

export type TRunPlanDay = {
  date: string;
  kind: TRunKind;
  confidence: TConfidence;
  /** The feed's events behind this kind; empty for a date the feed leaves blank (rest). */
  events: TRunPlanEvent[];
};

export type TRunPlanRace = { date: string; name: string; distance?: TDistance };

export type TIgnoredEvent = { date: string; summary: string; reason: TIgnoredReason };

export type TRunPlanWarningCode =
  | "no_runs"
  | "low_confidence"
  | "events_outside_range"
  | "lines_skipped"
  | "events_skipped"
  | "unknown_time_zone";

export type TRunPlanWarning = { code: TRunPlanWarningCode; message: string };

export type TRunPlanImport = {
  /** Sorted by date; every date of `range`, nothing outside it. */
  days: TRunPlanDay[];
  /** First to last dated run event (inclusive); null when the feed has no run. */
  range: { start: string; end: string } | null;
  races: TRunPlanRace[];
  ignored: TIgnoredEvent[];
  warnings: TRunPlanWarning[];
};
