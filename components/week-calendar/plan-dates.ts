/**
 * Date helpers for the plan views. Every date is an ISO `YYYY-MM-DD` string read as UTC
 * midnight, so the output never depends on the machine's (or the browser's) time zone.
 */
import { isIsoDate } from "@/lib/plan-input";

const DAY_MS = 86_400_000;

function toUtc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** `iso` moved by `days` (may be negative). */
export function addDays(iso: string, days: number): string {
  return new Date(toUtc(iso).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of the Monday-to-Sunday week holding `iso`. */
export function mondayOf(iso: string): string {
  const weekday = toUtc(iso).getUTCDay(); // 0 = Sunday
  return addDays(iso, -((weekday + 6) % 7));
}

const formatters = {
  short: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short" }),
  long: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" }),
  weekday: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" }),
  weekdayLong: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" }),
  dayName: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long" }),
  dayShort: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "short" }),
  month: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "short" }),
  monthYear: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "short", year: "numeric" }),
} as const;

export type TDateStyle = keyof typeof formatters;

/** e.g. `formatDate("2027-01-04", "weekday")` -> "Mon 4 Jan". */
export function formatDate(iso: string, style: TDateStyle = "short"): string {
  return formatters[style].format(toUtc(iso));
}

/** "4–10 Jan 2027", "29 Mar – 4 Apr 2027" or "28 Dec 2026 – 3 Jan 2027". */
export function formatRange(start: string, end: string): string {
  const [sy, sm] = start.split("-");
  const [ey, em] = end.split("-");
  if (sy !== ey) return `${formatDate(start, "long")} – ${formatDate(end, "long")}`;
  if (sm !== em) return `${formatDate(start, "short")} – ${formatDate(end, "long")}`;
  return `${Number(start.slice(8))}–${formatDate(end, "long")}`;
}

/** A `?week=` value if it is a real date (any day of the week; callers snap to Monday). */
export function readWeekParam(value: string | string[] | undefined): string | null {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw && isIsoDate(raw) ? raw : null;
}

/** "in 12 days", "tomorrow", "today", "yesterday", "5 days ago". */
export function describeCountdown(days: number): string {
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  if (days > 1) return `in ${days} days`;
  return `${-days} days ago`;
}
