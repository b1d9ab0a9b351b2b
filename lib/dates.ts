/**
 * Every date calculation of the app, in one pure module. Two representations:
 *
 * - ISO calendar dates (`YYYY-MM-DD`): what plans, inputs and URLs carry. A calendar date has no
 *   time zone; it is read as UTC midnight only to do arithmetic, so no result ever depends on the
 *   machine's (or the browser's) zone.
 * - Epoch days (whole days since 1970-01-01): the engine's hot loops run on integers, which is about
 *   ten times faster than Date objects over a 104-week season (see scripts/bench).
 *
 * Instants become dates only through an explicit IANA `timeZone` (cal.com's rule): `todayIn`,
 * `localDateOf` and `zonedDateTime` use @date-fns/tz, which resolves each date's own UTC offset.
 */
import { TZDate, TZDateMini } from "@date-fns/tz";

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Plans outside these years are almost certainly typos; rejecting them keeps date math sane. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2200;

export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** True for a real calendar date written as `YYYY-MM-DD` (rejects `2027-02-30`). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2027-01-04` -> epoch day. */
export function toDay(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY);
}

/** Epoch day -> `2027-01-04` (integer civil-from-days arithmetic: the engine's hottest date call). */
export function toIso(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
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

/** `iso` moved by `days` (may be negative). */
export function addDays(iso: string, days: number): string {
  return toIso(toDay(iso) + days);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return toDay(b) - toDay(a);
}

/** The Monday of the Monday-to-Sunday week holding `iso`. */
export function mondayOf(iso: string): string {
  return toIso(mondayOnOrBefore(toDay(iso)));
}

/** 0 = Monday ... 6 = Sunday. */
export function weekdayOf(iso: string): number {
  return weekdayIndex(toDay(iso));
}

/** Older ICU names that browsers and Node still return, mapped to the current IANA names. */
const CURRENT_ZONE_NAMES: Record<string, string> = {
  "Asia/Calcutta": "Asia/Kolkata",
  "Asia/Katmandu": "Asia/Kathmandu",
  "Asia/Saigon": "Asia/Ho_Chi_Minh",
  "Asia/Rangoon": "Asia/Yangon",
  "Europe/Kiev": "Europe/Kyiv",
  "Europe/Uzhgorod": "Europe/Kyiv",
  "Europe/Zaporozhye": "Europe/Kyiv",
  "America/Godthab": "America/Nuuk",
  "America/Buenos_Aires": "America/Argentina/Buenos_Aires",
  "America/Catamarca": "America/Argentina/Catamarca",
  "America/Cordoba": "America/Argentina/Cordoba",
  "America/Jujuy": "America/Argentina/Jujuy",
  "America/Mendoza": "America/Argentina/Mendoza",
  "America/Indianapolis": "America/Indiana/Indianapolis",
  "America/Louisville": "America/Kentucky/Louisville",
  "Atlantic/Faeroe": "Atlantic/Faroe",
  "Pacific/Truk": "Pacific/Chuuk",
  "Pacific/Ponape": "Pacific/Pohnpei",
  "Pacific/Enderbury": "Pacific/Kanton",
};

const zoneCache = new Map<string, string | null>();

/**
 * The canonical IANA name for a zone typed in any case or given as a link (`europe/london` ->
 * `Europe/London`, `US/Eastern` -> `America/New_York`, `Asia/Calcutta` -> `Asia/Kolkata`), or null
 * when the runtime does not know it.
 */
export function canonicalTimeZone(value: string): string | null {
  if (value.length === 0 || value.length > 64) return null;
  const cached = zoneCache.get(value);
  if (cached !== undefined) return cached;
  let result: string | null;
  try {
    const resolved = new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
    result = CURRENT_ZONE_NAMES[resolved] ?? resolved;
  } catch {
    result = null;
  }
  if (zoneCache.size < 1000) zoneCache.set(value, result);
  return result;
}

/** True for an IANA time zone name this runtime knows (any case, links included). */
export function isTimeZone(value: string): boolean {
  return canonicalTimeZone(value) !== null;
}

function isoOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The calendar date (`YYYY-MM-DD`) in `timeZone` at the instant `at` (UTC when the zone is unknown). */
export function localDateOf(at: Date, timeZone: string): string {
  return isoOf(new TZDate(at.getTime(), canonicalTimeZone(timeZone) ?? "UTC"));
}

/** Today's date in `timeZone` at the instant `now`. */
export function todayIn(now: Date, timeZone: string): string {
  return localDateOf(now, timeZone);
}

/**
 * The instant of a wall-clock time on a date in a zone, with that date's own UTC offset: 18:30 in
 * London is 18:30Z in winter and 17:30Z in summer.
 */
export function zonedDateTime(options: { date: string; time: string; timeZone: string }): TZDate {
  const [year, month, day] = options.date.split("-").map(Number);
  const [hours, minutes] = options.time.split(":").map(Number);
  return new TZDate(year, month - 1, day, hours, minutes, canonicalTimeZone(options.timeZone) ?? "UTC");
}

const formatters = {
  short: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short" }),
  long: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" }),
  weekday: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "short", day: "numeric", month: "short" }),
  weekdayDayMonth: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" }),
  weekdayLong: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" }),
  dayName: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "long" }),
  dayShort: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", weekday: "short" }),
  month: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "short" }),
  monthYear: new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "short", year: "numeric" }),
} as const;

export type TDateStyle = keyof typeof formatters;

/** e.g. `formatDate("2027-01-04", "weekday")` -> "Mon 4 Jan"; "weekdayDayMonth" -> "Monday 4 January". */
export function formatDate(iso: string, style: TDateStyle = "short"): string {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(ms) ? iso : formatters[style].format(ms);
}

/** "4–10 Jan 2027", "29 Mar – 4 Apr 2027", "28 Dec 2026 – 3 Jan 2027", or "18 Nov 2026" for one day. */
export function formatRange(start: string, end: string): string {
  if (start === end) return formatDate(start, "long");
  const [sy, sm] = start.split("-");
  const [ey, em] = end.split("-");
  if (sy !== ey) return `${formatDate(start, "long")} – ${formatDate(end, "long")}`;
  if (sm !== em) return `${formatDate(start, "short")} – ${formatDate(end, "long")}`;
  return `${Number(start.slice(8))}–${formatDate(end, "long")}`;
}

/** `2027`, `3`, `9` -> `2027-03-09`; out-of-range fields roll over (`2027`, `1`, `32` -> `2027-02-01`). */
export function isoFromParts(year: number, month: number, day: number): string {
  // Fast path: every date of every imported calendar event goes through here.
  if (year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= 28) {
    return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.toISOString().slice(0, 10);
}

/** A wall-clock moment without a zone: the fields of an iCalendar DATE-TIME. */
export type TWallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The instant (epoch ms) a wall time names in `timeZone` (a time skipped by a DST change moves forward). */
export function wallTimeToInstant(wall: TWallTime, timeZone: string): number {
  return new TZDateMini(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, timeZone).getTime();
}

/** The date in `timeZone` at the instant `epochMs` (the hot-path twin of localDateOf). */
export function localDateAt(epochMs: number, timeZone: string): string {
  const local = new TZDateMini(epochMs, timeZone);
  return isoFromParts(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

/** Every date from `start` to `end`, both included. */
export function listDates(start: string, end: string): string[] {
  const dates: string[] = [];
  for (let day = toDay(start); day <= toDay(end); day++) dates.push(toIso(day));
  return dates;
}
