/**
 * Reads another app's calendar (Runna, TrainingPeaks, calendar-hack, a coach's Google calendar)
 * into dated run kinds for the runner to review (DOMAIN.md section 10). Pure: text in, data out.
 *
 * Parser: ical.js 2.x. It is maintained, already reads our own feed in the tests, and handles
 * RRULE/RDATE/EXDATE expansion and RECURRENCE-ID overrides (ICAL.Event + relateException), which
 * is the hard part of real feeds. We feed it line by line (read-calendar.ts) so broken lines do
 * not cost the whole file, and bound its expansion (expansion-budget.ts).
 */
import { classifyEvent } from "@/lib/run-plan/classify-event";
import { canonicalTimeZone } from "@/lib/dates";
import { expandEvents, type TEventInstance } from "@/lib/run-plan/expand-events";
import { foldDays, type TClassifiedEvent } from "@/lib/run-plan/fold-days";
import { readCalendar } from "@/lib/run-plan/read-calendar";
import type { TIgnoredEvent, TRunPlanImport, TRunPlanRace, TRunPlanWarning } from "@/lib/run-plan/types";

export type TImportRunPlanOptions = {
  /** The calendar text (.ics). */
  ics: string;
  /** The runner's IANA zone: timed events are dated in it. */
  timeZone: string;
  /**
   * The dates to read, inclusive. Default: 104 weeks from the first event (or, for a feed longer
   * than that, the 104 weeks ending at its last single event); one bound alone spans 104 weeks.
   */
  from?: string;
  to?: string;
  /** Events allowed in the range after expansion (default 5,000); more throws `too_many_events`. */
  maxEvents?: number;
};

const MAX_SUMMARY_LENGTH = 200;
const LISTED_DATES = 5;

function displaySummary(summary: string): string {
  const text = summary.replace(/\s+/g, " ").trim();
  if (text === "") return "(no title)";
  return text.length > MAX_SUMMARY_LENGTH ? `${text.slice(0, MAX_SUMMARY_LENGTH - 1)}…` : text;
}

function listDates(dates: string[]): string {
  const shown = dates.slice(0, LISTED_DATES).join(", ");
  return dates.length > LISTED_DATES ? `${shown} and ${dates.length - LISTED_DATES} more` : shown;
}

function byDateThenStart(a: TEventInstance, b: TEventInstance): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.order === b.order) return 0;
  return a.order < b.order ? -1 : 1;
}

/**
 * Throws RunPlanError `invalid_calendar` (no VCALENDAR in the text) or `too_many_events`
 * (over `maxEvents` in the range, or a repeating rule too costly to expand).
 */
export function importRunPlan(options: TImportRunPlanOptions): TRunPlanImport {
  const timeZone = canonicalTimeZone(options.timeZone);
  if (timeZone === null) throw new TypeError(`Unknown time zone "${options.timeZone}"`);
  if (options.from && options.to && options.from > options.to) throw new TypeError("from must not be after to");
  const { calendars, skippedLines } = readCalendar(options.ics);
  const expanded = expandEvents({ calendars, timeZone, from: options.from, to: options.to, maxEvents: options.maxEvents });
  const instances = [...expanded.instances].sort(byDateThenStart);

  const runs: TClassifiedEvent[] = [];
  const races: TRunPlanRace[] = [];
  const ignored: TIgnoredEvent[] = [];
  for (const instance of instances) {
    const summary = displaySummary(instance.summary);
    const classification = classifyEvent(instance);
    if ("ignored" in classification) {
      ignored.push({ date: instance.date, summary, reason: classification.ignored });
    } else if (instance.multiDay) {
      ignored.push({ date: instance.date, summary, reason: "multi-day" });
    } else {
      runs.push({ date: instance.date, summary, kind: classification.kind, confidence: classification.confidence });
      if (classification.race) races.push({ date: instance.date, ...classification.race });
    }
  }
  const { days, range } = foldDays(runs);

  const warnings: TRunPlanWarning[] = [];
  if (range === null) {
    warnings.push({ code: "no_runs", message: "No runs found in this calendar (only strength, notes or multi-day events, or nothing in the range)." });
  }
  const unsure = days.filter((day) => day.confidence === "low").map((day) => day.date);
  if (unsure.length > 0) {
    warnings.push({
      code: "low_confidence",
      message: `${unsure.length} date(s) have events we could not classify for sure (${listDates(unsure)}); they are marked easy: check them.`,
    });
  }
  if (expanded.outsideRange > 0 && expanded.range) {
    warnings.push({
      code: "events_outside_range",
      message: `${expanded.outsideRange} event(s) outside ${expanded.range.from} to ${expanded.range.to} were left out.`,
    });
  }
  if (skippedLines > 0) {
    warnings.push({ code: "lines_skipped", message: `${skippedLines} unreadable line(s) in the calendar were skipped.` });
  }
  if (expanded.skippedEvents > 0) {
    warnings.push({ code: "events_skipped", message: `${expanded.skippedEvents} event(s) without a readable date or rule were skipped.` });
  }
  if (expanded.unknownZones.length > 0) {
    warnings.push({
      code: "unknown_time_zone",
      message: `Unknown time zone(s) ${expanded.unknownZones.slice(0, LISTED_DATES).join(", ")}: those times were read in ${timeZone}.`,
    });
  }
  return { days, range, races, ignored, warnings };
}
