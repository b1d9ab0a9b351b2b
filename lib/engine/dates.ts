/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) as whole "epoch days" (days since
 * 1970-01-01, read as UTC midnight). Integers keep the engine fast and make the result
 * independent of the process time zone: no local-time Date method is ever used.
 */
import type { TWeekday } from "../plan-input";

const MS_PER_DAY = 86_400_000;

export const WEEKDAY_KEYS: readonly TWeekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
export const WEEKDAY_NAMES: readonly string[] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** `2027-01-04` -> epoch day. */
export function toDay(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Epoch day -> `2027-01-04`. */
export function toIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Monday ... 6 = Sunday (1970-01-01, epoch day 0, was a Thursday). */
export function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function mondayOnOrBefore(day: number): number {
  return day - weekdayIndex(day);
}

export function sundayOnOrAfter(day: number): number {
  return day + (6 - weekdayIndex(day));
}

export function addDaysIso(iso: string, days: number): string {
  return toIso(toDay(iso) + days);
}
