/**
 * The zod-free half of the plan input: enums, limits and date helpers. The planner form imports
 * these directly so the first paint of `/` does not download zod; the schema itself (ZPlanInput in
 * ./plan-input, which re-exports everything here) is loaded on the client only when needed.
 */

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export const DAY_TYPES = ["rest", "easy", "hard", "long", "cross"] as const;
export const DISTANCES = ["5k", "10k", "half", "marathon", "ultra", "other"] as const;
export const PRIORITIES = ["A", "B", "C"] as const;
export const EQUIPMENT = [
  "loop-band",
  "long-band",
  "dumbbells",
  "kettlebell",
  "barbell",
  "bench",
  "step",
  "pull-up-bar",
  "cable",
  "sliders",
  "ab-wheel",
  "mat",
] as const;
export const EXPERIENCE = ["new", "experienced"] as const;
export const SESSION_MINUTES = [30, 45, 60] as const;
export const TAPERS = ["full", "light"] as const;
export const UNITS = ["kg", "lb"] as const;

export const MAX_RACES = 6;
export const MAX_WEEKS_AHEAD = 104;
export const MAX_RACE_NAME_LENGTH = 80;
export const MAX_REMINDER_MINUTES = 1440;
export const MAX_RUN_DAYS = 800;
export const MAX_BREAKS = 20;
export const MAX_BREAK_DAYS = 56;
export const BREAK_REASONS = ["illness", "injury", "travel", "other"] as const;
export const MAX_RUN_PLAN_URL_LENGTH = 2048;
export const MAX_RUN_PLAN_NAME_LENGTH = 80;

// Date helpers live in the one date module; re-exported so form code keeps one import.
export { daysBetween, isIsoDate, isTimeZone, canonicalTimeZone, MAX_YEAR, MIN_YEAR, todayIn as todayInTimeZone } from "./dates";

export type TWeekday = (typeof WEEKDAYS)[number];
export type TDayType = (typeof DAY_TYPES)[number];
export type TDistance = (typeof DISTANCES)[number];
export type TPriority = (typeof PRIORITIES)[number];
export type TEquipment = (typeof EQUIPMENT)[number];
export type TBreakReason = (typeof BREAK_REASONS)[number];
