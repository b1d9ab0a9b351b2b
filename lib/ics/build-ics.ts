import { createHash } from "node:crypto";
import ical, { escape, ICalAlarmRelatesTo, ICalAlarmType, ICalEventStatus, type ICalCalendar } from "ical-generator";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { TZDate } from "@date-fns/tz";
import type { TPlan, TSession, TSessionLog } from "@/lib/engine/types";
import type { TRace } from "@/lib/plan-input";
import { addDays, formatDate, localDateOf, zonedDateTime } from "@/lib/dates";
import { distanceLabel, findTargetRace, raceName } from "@/lib/plan-text/race-text";
import { PHASE_SHORT_LABELS } from "@/lib/plan-text/labels";
import { findExercise } from "@/lib/engine/catalogue";
import { describePrescription } from "@/lib/ics/describe-prescription";
import { foldLines } from "@/lib/ics/fold-lines";
import { EMPTY_FEED_MEMORY, type TFeedEventKey, type TFeedMemory } from "@/lib/ics/feed-memory";

export type TBuildIcsOptions = {
  planId: string;
  /** Absolute link to the plan page, written into every event. */
  planUrl: string;
  /** DTSTAMP of every event; pass the plan's updatedAt for a byte-stable feed. Default: the current time. */
  now?: Date;
  /** Today in the plan's zone: picks the target race for the calendar's name. Default: `now` there. */
  today?: string;
  /** What was logged, by session id: done sessions say so and list what was done. */
  logs?: Readonly<Record<string, TSessionLog>>;
  /** SEQUENCE per UID and the cancelled events to keep (see feed-memory.ts). */
  memory?: TFeedMemory;
};

/** Calendar apps that honour it re-fetch a subscribed feed twice a day. */
const REFRESH_SECONDS = 12 * 60 * 60;
/** All-day sessions remind at 08:00 on the day: 8 h after the event's all-day start. */
const ALL_DAY_REMINDER_OFFSET_SECONDS = 8 * 60 * 60;
const EFFORT_CUE = "Effort: stop every set with 2 to 3 reps still in reserve. Challenging, never to failure.";
const DONE_MARK = "✓ ";

/** One event as the feed writes it, and the fingerprint its SEQUENCE follows. */
export type TFeedEvent = {
  key: TFeedEventKey;
  description: string;
  /** `YYYY-MM-DD` (all-day) or the instants of a timed event. */
  start: string | Date;
  end: string | Date;
  cancelled: boolean;
  /** Seconds relative to the start (see the alarm note below), or null for none. */
  alarm: number | null;
};

/** `${sessionId}.${planId}@stridelift`: the session id survives moves and regeneration, so does the UID. */
export function sessionUid(planId: string, session: Pick<TSession, "id">): string {
  return `${session.id}.${planId}@stridelift`;
}

/** Races are keyed by date and distance, so renaming a race or changing its priority keeps its UID. */
export function raceUid(planId: string, race: Pick<TRace, "date" | "distance">, duplicate = 0): string {
  const suffix = duplicate > 0 ? `-${duplicate + 1}` : "";
  return `race-${race.date}-${race.distance}${suffix}.${planId}@stridelift`;
}

/**
 * The zone to write as TZID, or null to fall back to UTC instants: UTC needs no zone, and a zone
 * without a bundled VTIMEZONE would leave calendar apps guessing.
 */
function vtimezoneZone(timeZone: string): string | null {
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return null;
  return getVtimezoneComponent(timeZone) ? timeZone : null;
}

function describeLog(log: TSessionLog | undefined): string[] {
  if (!log || log.status !== "done") return [];
  const lines = [`Done${log.completedOn ? ` on ${formatDate(log.completedOn, "weekday")}` : ""}.`];
  for (const exercise of log.exercises) {
    const name = findExercise(exercise.exerciseId)?.name ?? exercise.exerciseId;
    const sets = exercise.sets
      .map((set) => `${set.seconds !== undefined ? `${set.seconds} s` : `${set.reps}`}${set.load !== undefined ? ` at ${set.load} ${log.unit}` : ""}`)
      .join(", ");
    lines.push(`- ${name}: ${sets}${exercise.rir !== undefined ? ` (${exercise.rir} in reserve)` : ""}`);
  }
  if (log.note) lines.push(`Note: ${log.note}`);
  return ["", ...lines];
}

function describeSession(session: TSession, planUrl: string, log: TSessionLog | undefined): string {
  const lines = [`${session.title}: ${session.minutes} min, ${PHASE_SHORT_LABELS[session.phase].toLowerCase()} phase.`];
  if (session.status === "skipped") lines.push("You skipped this session.");
  if (session.movedFrom) lines.push(`Moved from ${formatDate(session.movedFrom, "weekday")}.`);
  if (session.afterRun) lines.push("Do it after your run, not before.");
  lines.push("", "Exercises:", ...session.exercises.map((exercise) => `- ${describePrescription(exercise)}`));
  lines.push(...describeLog(log));
  lines.push("", EFFORT_CUE);
  if (session.why.length > 0) lines.push("", "Why this session:", ...session.why.map((reason) => `- ${reason.text}`));
  lines.push("", `Your plan: ${planUrl}`);
  return lines.join("\n");
}

function fingerprint(parts: readonly unknown[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("base64url").slice(0, 22);
}

function sessionEvent(plan: TPlan, session: TSession, options: TBuildIcsOptions): TFeedEvent {
  const { sessionTime, timeZone, reminderMinutes } = plan.input;
  const log = options.logs?.[session.id];
  const summary = `${session.status === "done" ? DONE_MARK : ""}${session.title} (${session.minutes} min)`;
  const description = describeSession(session, options.planUrl, log);
  const start = sessionTime ? zonedDateTime({ date: session.date, time: sessionTime, timeZone }) : session.date;
  const end = sessionTime ? new Date((start as Date).getTime() + session.minutes * 60_000) : addDays(session.date, 1);
  // An offset after the start for all-day events (08:00 that day), before it for timed ones.
  const alarm = reminderMinutes === undefined ? null : sessionTime ? -reminderMinutes * 60 : ALL_DAY_REMINDER_OFFSET_SECONDS;
  const cancelled = session.status === "skipped";
  const uid = sessionUid(options.planId, session);
  const startText = typeof start === "string" ? start : start.toISOString();
  return {
    key: { uid, summary, start: startText, allDay: !sessionTime, hash: fingerprint([summary, description, startText, sessionTime ?? null, timeZone, session.minutes, cancelled, alarm, options.planUrl]) },
    description,
    start,
    end,
    cancelled,
    alarm,
  };
}

function raceEvent(race: TRace, uid: string, planUrl: string): TFeedEvent {
  const kind = race.priority === "A" ? "target race" : race.priority === "B" ? "tune-up race" : "training race";
  const summary = `Race: ${raceName(race)} (${distanceLabel(race.distance)}, ${race.priority})`;
  const description = `Your ${kind}. Strength sessions around it are planned to leave you fresh.\n\nYour plan: ${planUrl}`;
  return {
    key: { uid, summary, start: race.date, allDay: true, hash: fingerprint([summary, description, race.date]) },
    description,
    start: race.date,
    end: addDays(race.date, 1),
    cancelled: false,
    alarm: null,
  };
}

/** Every event the plan puts in the feed, in a stable order: sessions by date, then races. */
export function listFeedEvents(plan: TPlan, options: TBuildIcsOptions): TFeedEvent[] {
  const sessions = [...plan.sessions].sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
  const events = sessions.map((session) => sessionEvent(plan, session, options));
  const seen = new Map<string, number>();
  for (const race of plan.input.races) {
    const key = `${race.date}-${race.distance}`;
    const duplicate = seen.get(key) ?? 0;
    seen.set(key, duplicate + 1);
    events.push(raceEvent(race, raceUid(options.planId, race, duplicate), options.planUrl));
  }
  return events;
}

function utcMidnight(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

function addEvent(calendar: ICalCalendar, event: TFeedEvent, options: { stamp: Date; sequence: number; zone: string | null; planUrl: string }): void {
  const allDay = typeof event.start === "string";
  // With a TZID ical-generator writes a Date's local wall time, so timed dates are TZDates in the
  // plan's zone (the machine's own zone must never leak in); without one it writes UTC instants.
  const instant = (date: Date) => (options.zone ? new TZDate(date.getTime(), options.zone) : new Date(date.getTime()));
  const created = calendar.createEvent({
    id: event.key.uid,
    sequence: options.sequence,
    stamp: options.stamp,
    summary: event.key.summary,
    description: event.description,
    url: options.planUrl,
    start: allDay ? utcMidnight(event.start as string) : instant(event.start as Date),
    end: allDay ? utcMidnight(event.end as string) : instant(event.end as Date),
    allDay,
    ...(event.cancelled ? { status: ICalEventStatus.CANCELLED } : {}),
  });
  if (!allDay && options.zone) created.timezone(options.zone);
  if (event.alarm !== null) {
    created
      .createAlarm({ type: ICalAlarmType.display, trigger: -event.alarm, description: event.key.summary })
      // Explicit START (the constructor ignores relatesTo): ical-generator would otherwise relate
      // an offset after the start to the END, i.e. 08:00 the next day.
      .relatesTo(ICalAlarmRelatesTo.start);
  }
}

/** A removed session's event, cancelled, so a re-import or a subscription removes it (kept 60 days). */
function cancelledEvent(uid: string, remembered: TFeedMemory["events"][string], planUrl: string): TFeedEvent {
  const start = remembered.allDay ? remembered.start : new Date(remembered.start);
  return {
    key: { uid, summary: remembered.summary, start: remembered.start, allDay: remembered.allDay, hash: remembered.hash },
    description: `This session is no longer in your plan.\n\nYour plan: ${planUrl}`,
    start,
    end: remembered.allDay ? addDays(remembered.start, 1) : new Date((start as Date).getTime() + 30 * 60_000),
    cancelled: true,
    alarm: null,
  };
}

/**
 * The plan as an RFC 5545 calendar: one VEVENT per session (all-day, or timed in the runner's zone
 * with a VTIMEZONE when `sessionTime` is set), one all-day VEVENT per race, optional reminders.
 * SEQUENCE follows the feed memory; skipped and removed sessions are STATUS:CANCELLED; done ones
 * carry a check mark and what was logged. Deterministic for a fixed `now` and memory.
 *
 * @example
 * const ics = buildIcs(plan, { planId: stored.id, planUrl: "https://example.com/plans/abc", now: stored.updatedAt });
 */
export function buildIcs(plan: TPlan, options: TBuildIcsOptions, events: readonly TFeedEvent[] = listFeedEvents(plan, options)): string {
  const now = options.now ?? new Date();
  const memory = options.memory ?? EMPTY_FEED_MEMORY;
  const target = findTargetRace(plan.input.races, options.today ?? localDateOf(now, plan.input.timeZone));
  const name = target ? `Stridelift: ${raceName(target)}` : "Stridelift";
  // Calendar properties only. ical-generator writes NAME/X-WR-CALNAME/X-WR-CALDESC verbatim, so
  // they are escaped here.
  const header = ical({
    prodId: { company: "Stridelift", product: "Strength season", language: "EN" },
    name: escape(name, false),
    description: escape("Strength sessions planned around your running.", false),
    url: options.planUrl,
    ttl: REFRESH_SECONDS,
  }).toString();
  // Events live on a calendar without a zone, so DTSTAMP stays UTC and all-day dates stay dates;
  // timed events carry their own TZID.
  const calendar = ical();
  const zone = plan.input.sessionTime ? vtimezoneZone(plan.input.timeZone) : null;
  const present = new Set(events.map((event) => event.key.uid));
  const all = [
    ...events,
    ...Object.entries(memory.events)
      .filter(([uid, remembered]) => remembered.gone && !present.has(uid))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([uid, remembered]) => cancelledEvent(uid, remembered, options.planUrl)),
  ];
  for (const event of all) {
    addEvent(calendar, event, { stamp: now, sequence: memory.events[event.key.uid]?.seq ?? 0, zone, planUrl: options.planUrl });
  }
  const vtimezone = zone ? `${getVtimezoneComponent(zone)!.replace(/\r?\n/g, "\r\n").trim()}\r\n` : "";
  const body = calendar
    .events()
    .map((event) => event.toString())
    .join("");
  // Assembled here rather than by calendar.toString(): properties before components as RFC 5545's
  // grammar asks, and one fast fold instead of ical-generator's (most of the time on a 52-week plan).
  // Every content line ends with CRLF, the last one included (ical-generator leaves it off).
  return `${header.slice(0, header.lastIndexOf("END:VCALENDAR"))}${foldLines(vtimezone + body)}END:VCALENDAR\r\n`;
}
