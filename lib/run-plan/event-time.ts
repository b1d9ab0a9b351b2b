import ICAL from "ical.js";
import { canonicalTimeZone, daysBetween, isoFromParts, localDateAt, wallTimeToInstant } from "@/lib/dates";

/** Per-import state: the runner's zone, the TZIDs already resolved and the ones no one knows. */
export type TZoneContext = {
  timeZone: string;
  resolved: Map<string, string | null>;
  unknownZones: Set<string>;
};

export function createZoneContext(timeZone: string): TZoneContext {
  return { timeZone, resolved: new Map(), unknownZones: new Set() };
}

/** A start or end: an all-day date, or an instant (floating times read in the runner's zone). */
export type TMoment =
  | { allDay: true; date: string }
  | { allDay: false; epochMs: number; wallDate: string; atMidnight: boolean };

const MS_PER_MINUTE = 60_000;
const MINUTES_PER_DAY = 1440;

/**
 * TZID -> IANA name. Calendar apps also write prefixed names
 * (`/mozilla.org/20050126_1/America/New_York`); the trailing Area/City part is tried then.
 */
function ianaName(tzid: string, context: TZoneContext): string | null {
  const cached = context.resolved.get(tzid);
  if (cached !== undefined) return cached;
  let name = canonicalTimeZone(tzid);
  const segments = tzid.split("/").filter((segment) => segment !== "");
  for (let take = Math.min(3, segments.length); name === null && take >= 2; take--) {
    name = canonicalTimeZone(segments.slice(-take).join("/"));
  }
  context.resolved.set(tzid, name);
  return name;
}

/**
 * When a time happens. IANA TZIDs are resolved with the runtime's tz database (newer than most
 * files' VTIMEZONE blocks); other TZIDs (Outlook's "GMT Standard Time") use the file's VTIMEZONE
 * through ical.js; a TZID neither knows is read as floating and reported.
 */
export function momentOf(time: ICAL.Time, tzid: string | null, context: TZoneContext): TMoment {
  const wallDate = isoFromParts(time.year, time.month, time.day);
  if (time.isDate) return { allDay: true, date: wallDate };
  const wall = { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second };
  const atMidnight = wall.hour === 0 && wall.minute === 0 && wall.second === 0;
  let epochMs: number;
  if (time.zone === ICAL.Timezone.utcTimezone) {
    epochMs = wallTimeToInstant(wall, "UTC");
  } else if (tzid !== null && ianaName(tzid, context) !== null) {
    epochMs = wallTimeToInstant(wall, ianaName(tzid, context)!);
  } else if (tzid !== null && time.zone && time.zone !== ICAL.Timezone.localTimezone) {
    epochMs = time.toUnixTime() * 1000;
  } else {
    if (tzid !== null) context.unknownZones.add(tzid);
    epochMs = wallTimeToInstant(wall, context.timeZone);
  }
  return { allDay: false, epochMs, wallDate, atMidnight };
}

/** The TZID parameter of a component's DTSTART / DTEND, if any. */
export function tzidOf(component: ICAL.Component, name: "dtstart" | "dtend"): string | null {
  const value = component.getFirstProperty(name)?.getParameter("tzid");
  return typeof value === "string" && value !== "" ? value : null;
}

export type TEventTiming = {
  /** The start's date in the runner's zone (all-day events: their own date). */
  date: string;
  /** Sorts the events of one date: all-day first, then by start. */
  order: number;
  /** Longer than a day: several all-day dates, or over 24 hours. */
  multiDay: boolean;
  /** Timed events only. */
  durationMinutes: number | null;
};

/**
 * Dates an event in the runner's zone. A timed event from midnight to midnight (exactly N days) is
 * how some exporters write an all-day event; it keeps its own wall date, else a runner west of
 * the exporter would see it a day early.
 */
export function timingOf(start: TMoment, end: TMoment | null, context: TZoneContext): TEventTiming {
  if (start.allDay) {
    const days = end?.allDay ? daysBetween(start.date, end.date) : 1;
    return { date: start.date, order: Number.NEGATIVE_INFINITY, multiDay: days > 1, durationMinutes: null };
  }
  const minutes = end && !end.allDay ? Math.max(0, (end.epochMs - start.epochMs) / MS_PER_MINUTE) : 0;
  if (start.atMidnight && minutes > 0 && minutes % MINUTES_PER_DAY === 0) {
    return { date: start.wallDate, order: Number.NEGATIVE_INFINITY, multiDay: minutes > MINUTES_PER_DAY, durationMinutes: null };
  }
  return {
    date: localDateAt(start.epochMs, context.timeZone),
    order: start.epochMs,
    multiDay: minutes > MINUTES_PER_DAY,
    durationMinutes: minutes,
  };
}
