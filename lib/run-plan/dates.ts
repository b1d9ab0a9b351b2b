/**
 * The calendar import's date calculations, in one place until lib/dates.ts exists (then they fold
 * into it). ISO `YYYY-MM-DD` strings and epoch days; time zones only through @date-fns/tz, never
 * the process's own zone.
 */
import { TZDateMini } from "@date-fns/tz";
import { addDaysIso, toDay, toIso } from "@/lib/engine/dates";

export { addDaysIso, toDay, toIso };

/** A wall-clock moment without a zone: the fields of an iCalendar DATE-TIME. */
export type TWallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** `2027`, `3`, `9` -> `2027-03-09`; out-of-range fields roll over (`2027`, `1`, `32` -> `2027-02-01`). */
export function isoFromParts(year: number, month: number, day: number): string {
  // Fast path: every date of every event goes through here.
  if (year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= 28) {
    return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.toISOString().slice(0, 10);
}

/** The instant (epoch ms) a wall time names in `timeZone` (a time skipped by a DST change moves forward). */
export function wallTimeToInstant(wall: TWallTime, timeZone: string): number {
  return new TZDateMini(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, timeZone).getTime();
}

/** The date in `timeZone` at the instant `epochMs`. */
export function localDateAt(epochMs: number, timeZone: string): string {
  const local = new TZDateMini(epochMs, timeZone);
  return isoFromParts(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysFrom(a: string, b: string): number {
  return toDay(b) - toDay(a);
}

/** Every date from `start` to `end`, both included. */
export function datesFromTo(start: string, end: string): string[] {
  const dates: string[] = [];
  for (let day = toDay(start); day <= toDay(end); day++) dates.push(toIso(day));
  return dates;
}

/** The IANA name `Intl` knows for `name` (case and links canonicalised: `europe/london` -> `Europe/London`), or null. */
export function canonicalTimeZone(name: string): string | null {
  if (name.length === 0 || name.length > 64) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
