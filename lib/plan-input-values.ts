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
/** Plans outside these years are almost certainly typos; rejecting them keeps date math sane. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2200;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as `YYYY-MM-DD` (rejects `2027-02-30`). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** True for an IANA time zone name this runtime knows (e.g. `Europe/London`). */
export function isTimeZone(value: string): boolean {
  if (value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Whole days from `a` to `b`, both ISO dates (no time zone involved: both are read as UTC midnight). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export type TWeekday = (typeof WEEKDAYS)[number];
export type TDayType = (typeof DAY_TYPES)[number];
export type TDistance = (typeof DISTANCES)[number];
export type TPriority = (typeof PRIORITIES)[number];
export type TEquipment = (typeof EQUIPMENT)[number];

/** Today's date (`YYYY-MM-DD`) in `timeZone` at the instant `now`. */
export function todayInTimeZone(now: Date, timeZone: string): string {
  const zone = isTimeZone(timeZone) ? timeZone : "UTC";
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
