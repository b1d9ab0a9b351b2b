import ical, { escape, ICalAlarmRelatesTo, ICalAlarmType, type ICalCalendar } from "ical-generator";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { TZDate } from "@date-fns/tz";
import type { TPlan, TSession } from "@/lib/engine/types";
import type { TRace } from "@/lib/plan-input";
import { describePrescription } from "@/lib/ics/describe-prescription";
import { describeRace, distanceLabel, findTargetRace } from "@/lib/ics/target-race";
import { foldLines } from "@/lib/ics/fold-lines";

export type TBuildIcsOptions = {
  planId: string;
  /** Absolute link to the plan page, written into every event. */
  planUrl: string;
  /** DTSTAMP of every event; pass the plan's updatedAt for a byte-stable feed. Default: the current time. */
  now?: Date;
};

/** Calendar apps that honour it re-fetch a subscribed feed twice a day. */
const REFRESH_SECONDS = 12 * 60 * 60;
/** All-day sessions remind at 08:00 on the day: 8 h after the event's all-day start. */
const ALL_DAY_REMINDER_OFFSET_SECONDS = 8 * 60 * 60;
const EFFORT_CUE =
  "Effort: stop every set with 2 to 3 reps still in reserve. Challenging, never to failure.";

const PHASE_LABELS: Record<TSession["phase"], string> = {
  general: "General",
  "race-specific": "Race-specific",
  taper: "Taper",
};

/** `${sessionId}.${planId}@stridelift`: the session id is derived from date and slot, so it survives regeneration. */
export function sessionUid(planId: string, session: Pick<TSession, "id">): string {
  return `${session.id}.${planId}@stridelift`;
}

/** Races are keyed by date and distance, so renaming a race or changing its priority keeps its UID. */
export function raceUid(planId: string, race: Pick<TRace, "date" | "distance">, duplicate = 0): string {
  const suffix = duplicate > 0 ? `-${duplicate + 1}` : "";
  return `race-${race.date}-${race.distance}${suffix}.${planId}@stridelift`;
}

function dateToUtcMidnight(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

function nextDay(isoDate: string): Date {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000);
}

/**
 * The zone to write as TZID, or null to fall back to UTC instants: UTC needs no zone, and a zone
 * without a bundled VTIMEZONE would leave calendar apps guessing.
 */
function vtimezoneZone(timeZone: string): string | null {
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return null;
  return getVtimezoneComponent(timeZone) ? timeZone : null;
}

function describeSession(session: TSession, planUrl: string): string {
  const lines = [`${session.title}: ${session.minutes} min, ${PHASE_LABELS[session.phase].toLowerCase()} phase.`];
  if (session.afterRun) lines.push("Do it after your run, not before.");
  lines.push("", "Exercises:", ...session.exercises.map((exercise) => `- ${describePrescription(exercise)}`));
  lines.push("", EFFORT_CUE);
  if (session.why.length > 0) lines.push("", "Why this session:", ...session.why.map((reason) => `- ${reason}`));
  lines.push("", `Your plan: ${planUrl}`);
  return lines.join("\n");
}

function addSessionEvent(calendar: ICalCalendar, plan: TPlan, session: TSession, options: Required<TBuildIcsOptions>): void {
  const { sessionTime, timeZone, reminderMinutes } = plan.input;
  const event = calendar.createEvent({
    id: sessionUid(options.planId, session),
    stamp: options.now,
    summary: `${session.title} (${session.minutes} min)`,
    description: describeSession(session, options.planUrl),
    url: options.planUrl,
    start: dateToUtcMidnight(session.date),
  });
  if (sessionTime) {
    const [year, month, day] = session.date.split("-").map(Number);
    const [hours, minutes] = sessionTime.split(":").map(Number);
    // TZDate resolves the wall-clock time with the zone's offset on that very date (DST-safe).
    const start = new TZDate(year, month - 1, day, hours, minutes, timeZone);
    const end = new TZDate(start.getTime() + session.minutes * 60_000, timeZone);
    const zone = vtimezoneZone(timeZone);
    if (zone) {
      event.timezone(zone);
      event.start(start);
      event.end(end);
    } else {
      event.start(new Date(start.getTime()));
      event.end(new Date(end.getTime()));
    }
  } else {
    event.allDay(true);
    event.start(dateToUtcMidnight(session.date));
    event.end(nextDay(session.date));
  }
  if (reminderMinutes !== undefined) {
    event
      .createAlarm({
        type: ICalAlarmType.display,
        trigger: sessionTime ? reminderMinutes * 60 : -ALL_DAY_REMINDER_OFFSET_SECONDS,
        description: `${session.title} (${session.minutes} min)`,
      })
      // Explicit START (the constructor ignores relatesTo): ical-generator would otherwise relate
      // an offset after the start to the END, i.e. 08:00 the next day.
      .relatesTo(ICalAlarmRelatesTo.start);
  }
}

function addRaceEvent(calendar: ICalCalendar, race: TRace, uid: string, options: Required<TBuildIcsOptions>): void {
  const kind = race.priority === "A" ? "target race" : race.priority === "B" ? "tune-up race" : "training race";
  calendar.createEvent({
    id: uid,
    stamp: options.now,
    allDay: true,
    start: dateToUtcMidnight(race.date),
    end: nextDay(race.date),
    summary: `Race: ${describeRace(race)} (${distanceLabel(race)}, ${race.priority})`,
    description: `Your ${kind}. Strength sessions around it are planned to leave you fresh.\n\nYour plan: ${options.planUrl}`,
    url: options.planUrl,
  });
}

/**
 * The plan as an RFC 5545 calendar: one VEVENT per session (all-day, or timed in the runner's zone
 * with a VTIMEZONE when `sessionTime` is set), one all-day VEVENT per race, optional reminders.
 * Deterministic for a fixed `now`.
 *
 * @example
 * const ics = buildIcs(plan, { planId: stored.id, planUrl: "https://example.com/plans/abc", now: stored.updatedAt });
 */
export function buildIcs(plan: TPlan, options: TBuildIcsOptions): string {
  const resolved: Required<TBuildIcsOptions> = { ...options, now: options.now ?? new Date() };
  const target = findTargetRace(plan);
  const name = target ? `Stridelift: ${describeRace(target)}` : "Stridelift";
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
  const sessions = [...plan.sessions].sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
  for (const session of sessions) addSessionEvent(calendar, plan, session, resolved);
  const seen = new Map<string, number>();
  for (const race of plan.input.races) {
    const key = `${race.date}-${race.distance}`;
    const duplicate = seen.get(key) ?? 0;
    seen.set(key, duplicate + 1);
    addRaceEvent(calendar, race, raceUid(options.planId, race, duplicate), resolved);
  }
  const zone = plan.input.sessionTime ? vtimezoneZone(plan.input.timeZone) : null;
  const vtimezone = zone ? `${getVtimezoneComponent(zone)!.replace(/\r?\n/g, "\r\n").trim()}\r\n` : "";
  const events = calendar
    .events()
    .map((event) => event.toString())
    .join("");
  // Assembled here rather than by calendar.toString(): properties before components as RFC 5545's
  // grammar asks, and one fast fold instead of ical-generator's (most of the time on a 52-week plan).
  // Every content line ends with CRLF, the last one included (ical-generator leaves it off).
  return `${header.slice(0, header.lastIndexOf("END:VCALENDAR"))}${foldLines(vtimezone + events)}END:VCALENDAR\r\n`;
}
