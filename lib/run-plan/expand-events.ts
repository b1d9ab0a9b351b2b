import ICAL from "ical.js";
import { addDays, isoFromParts, toDay } from "@/lib/dates";
import { chargeRecurrenceRules, createExpansionBudget, type TExpansionBudget } from "@/lib/run-plan/expansion-budget";
import { createZoneContext, momentOf, timingOf, tzidOf, type TEventTiming, type TZoneContext } from "@/lib/run-plan/event-time";
import { RunPlanError } from "@/lib/run-plan/run-plan-error";

/** One dated occurrence of an event, inside the range. */
export type TEventInstance = TEventTiming & { summary: string; description: string };

export type TExpandEventsOptions = {
  calendars: ICAL.Component[];
  timeZone: string;
  from?: string;
  to?: string;
  /** Occurrences allowed inside the range; one more throws `too_many_events`. */
  maxEvents?: number;
  budget?: TExpansionBudget;
};

export type TExpandedEvents = {
  /** The range read (inclusive); null when no event has a readable start. */
  range: { from: string; to: string } | null;
  /** In calendar order; the caller sorts. */
  instances: TEventInstance[];
  outsideRange: number;
  skippedEvents: number;
  unknownZones: string[];
};

export const MAX_EVENTS = 5_000;
/** 104 weeks (DOMAIN.md section 1: no race further out), counted inclusively. */
export const DEFAULT_RANGE_DAYS = 104 * 7;
/** A wall date and the runner's date differ by at most a day each way; two keeps the cut safe. */
const ZONE_SLACK_DAYS = 2;

type TSource = { event: ICAL.Event; startTzid: string | null; cancelled: boolean };

function isCancelled(component: ICAL.Component): boolean {
  return String(component.getFirstPropertyValue("status") ?? "").toUpperCase() === "CANCELLED";
}

function isRecurring(component: ICAL.Component): boolean {
  return component.hasProperty("rrule") || component.hasProperty("rdate");
}

/** `new ICAL.Event` without `exceptions` scans the whole calendar for them: quadratic on big feeds. */
function readSource(component: ICAL.Component): TSource | null {
  try {
    const event = new ICAL.Event(component, { exceptions: [] });
    if (!(event.startDate instanceof ICAL.Time)) return null;
    return { event, startTzid: tzidOf(component, "dtstart"), cancelled: isCancelled(component) };
  } catch {
    return null;
  }
}

/**
 * The range to read: `from`..`to` when given; one bound alone spans 104 weeks from it (or up to
 * it). Neither: the 104 weeks from the feed's first event, or, for a feed longer than that (years
 * of history before the plan), the 104 weeks ending at its last single event.
 */
function resolveRange(sources: TSource[], options: TExpandEventsOptions, zones: TZoneContext): { from: string; to: string } | null {
  const span = DEFAULT_RANGE_DAYS - 1;
  if (options.from && options.to) return { from: options.from, to: options.to };
  if (options.from) return { from: options.from, to: addDays(options.from, span) };
  if (options.to) return { from: addDays(options.to, -span), to: options.to };
  let first: string | null = null;
  let lastSingle: string | null = null;
  for (const source of sources) {
    const date = timingOf(momentOf(source.event.startDate, source.startTzid, zones), null, zones).date;
    if (first === null || date < first) first = date;
    if (!isRecurring(source.event.component) && (lastSingle === null || date > lastSingle)) lastSingle = date;
  }
  if (first === null) return null;
  if (lastSingle !== null && toDay(lastSingle) - toDay(first) > span) return { from: addDays(lastSingle, -span), to: lastSingle };
  return { from: first, to: addDays(first, span) };
}

/**
 * Every occurrence of every VEVENT dated in the runner's zone, inside the range: RRULE and RDATE
 * expanded by ical.js, EXDATE honoured, a RECURRENCE-ID override replacing the occurrence it names
 * (also when it moves that occurrence into or out of the range), cancelled events and occurrences
 * dropped. Expansion stops at the end of the range and after `maxEvents` occurrences inside it.
 */
export function expandEvents(options: TExpandEventsOptions): TExpandedEvents {
  const zones = createZoneContext(options.timeZone);
  const budget = options.budget ?? createExpansionBudget();
  const maxEvents = options.maxEvents ?? MAX_EVENTS;
  let skippedEvents = 0;
  const masters: TSource[] = [];
  const exceptionsByUid = new Map<string, TSource[]>();
  for (const calendar of options.calendars) {
    for (const component of calendar.getAllSubcomponents("vevent")) {
      const source = readSource(component);
      if (!source) {
        skippedEvents += 1;
        continue;
      }
      const uid = String(component.getFirstPropertyValue("uid") ?? "");
      if (component.hasProperty("recurrence-id") && uid !== "") {
        exceptionsByUid.set(uid, [...(exceptionsByUid.get(uid) ?? []), source]);
      } else {
        masters.push(source);
      }
    }
  }
  const allSources = [...masters, ...[...exceptionsByUid.values()].flat()].filter((source) => !source.cancelled);
  const range = resolveRange(allSources, options, zones);
  const result: TExpandedEvents = { range, instances: [], outsideRange: 0, skippedEvents, unknownZones: [] };
  if (!range) return result;
  const firstDay = toDay(range.from);
  const lastDay = toDay(range.to);

  function emit(item: ICAL.Event, start: ICAL.Time, end: ICAL.Time, startTzid: string | null, endTzid: string | null): void {
    if (isCancelled(item.component)) return;
    const timing = timingOf(momentOf(start, startTzid, zones), momentOf(end, endTzid, zones), zones);
    if (timing.date < range!.from || timing.date > range!.to) {
      result.outsideRange += 1;
      return;
    }
    if (result.instances.length >= maxEvents) {
      throw new RunPlanError(
        "too_many_events",
        `This calendar has more than ${maxEvents} events between ${range!.from} and ${range!.to}. Import a shorter range.`,
      );
    }
    result.instances.push({ ...timing, summary: String(item.summary ?? ""), description: String(item.description ?? "") });
  }

  function emitOwn(source: TSource): void {
    const endTzid = tzidOf(source.event.component, "dtend") ?? source.startTzid;
    emit(source.event, source.event.startDate, source.event.endDate, source.startTzid, endTzid);
  }

  const consumed = new Set<ICAL.Event>();
  const claimed = new Set<string>();
  for (const master of masters) {
    const uid = String(master.event.component.getFirstPropertyValue("uid") ?? "");
    const exceptions = uid !== "" && !claimed.has(uid) ? (exceptionsByUid.get(uid) ?? []) : [];
    claimed.add(uid);
    if (master.cancelled) {
      // A cancelled series takes its overrides with it.
      for (const exception of exceptions) consumed.add(exception.event);
      continue;
    }
    for (const exception of exceptions) {
      try {
        master.event.relateException(exception.event);
      } catch {
        // An override ical.js cannot key stays a standalone event (below).
      }
    }
    try {
      chargeRecurrenceRules(master.event.component, budget);
      const iterator = master.event.iterator();
      for (let occurrence = iterator.next(); occurrence; occurrence = iterator.next()) {
        budget.step();
        const wallDay = toDay(isoFromParts(occurrence.year, occurrence.month, occurrence.day));
        if (wallDay > lastDay + ZONE_SLACK_DAYS) {
          // Counted once: a series goes on past the range (perhaps forever), a single event is after it.
          result.outsideRange += 1;
          break;
        }
        if (wallDay < firstDay - ZONE_SLACK_DAYS && exceptions.length === 0) {
          result.outsideRange += 1;
          continue;
        }
        const details = master.event.getOccurrenceDetails(occurrence);
        const isOwn = details.item === master.event;
        if (!isOwn) consumed.add(details.item);
        const startTzid = isOwn ? master.startTzid : tzidOf(details.item.component, "dtstart");
        const endTzid = isOwn ? startTzid : (tzidOf(details.item.component, "dtend") ?? startTzid);
        emit(details.item, details.startDate, details.endDate, startTzid, endTzid);
      }
    } catch (error) {
      if (error instanceof RunPlanError) throw error;
      // ical.js refuses the rule (BYMONTHDAY in a WEEKLY rule) or it never lands on a date: the
      // event is skipped (reported), what was read of it so far stays.
      result.skippedEvents += 1;
    }
  }
  for (const exceptions of exceptionsByUid.values()) {
    for (const exception of exceptions) {
      if (!consumed.has(exception.event)) emitOwn(exception);
    }
  }
  result.unknownZones = [...zones.unknownZones];
  return result;
}
