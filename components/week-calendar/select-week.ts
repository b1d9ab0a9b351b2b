import type { TPlan, TWeek } from "@/lib/engine/types";
import { isIsoDate, mondayOf } from "@/lib/dates";

export type TSelectWeekOptions = {
  /** A `?week=` date (any day; snapped to its Monday), or null. */
  requested: string | null;
  /** Today in the plan's time zone. */
  today: string;
  /** A `?session=` id: without a week, show the week holding that session. */
  sessionId?: string | null;
};

export type TWeekSelection = {
  weeks: TWeek[];
  week: TWeek;
  /** Position in `weeks`. */
  position: number;
  /** The week that holds today, clamped to the season ("This week" link). */
  currentPosition: number;
};

/** Position of the week holding `date`, clamped to the first or last week of the season. */
function clampedPosition(weeks: TWeek[], date: string): number {
  const monday = mondayOf(date);
  if (monday <= weeks[0].start) return 0;
  if (monday >= weeks[weeks.length - 1].start) return weeks.length - 1;
  const found = weeks.findIndex((w) => w.start <= date && date <= w.end);
  return found === -1 ? 0 : found;
}

/**
 * Which week the calendar shows: the requested one (clamped to the season and its recovery), else the one
 * holding the selected session, else the week holding today (the first week before the season
 * starts, the last one after it ends). Null only for a plan without weeks.
 */
export function selectWeek(plan: TPlan, options: TSelectWeekOptions): TWeekSelection | null {
  const weeks = plan.weeks;
  if (weeks.length === 0) return null;
  const currentPosition = clampedPosition(weeks, options.today);
  let position = currentPosition;
  if (options.requested) {
    position = clampedPosition(weeks, options.requested);
  } else if (options.sessionId) {
    const session = plan.sessions.find((s) => s.id === options.sessionId);
    if (session) position = clampedPosition(weeks, session.date);
  }
  return { weeks, week: weeks[position], position, currentPosition };
}

/** A `?week=` value if it is a real date (any day of the week; selectWeek snaps it to Monday). */
export function readWeekParam(value: string | string[] | undefined): string | null {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw && isIsoDate(raw) ? raw : null;
}
