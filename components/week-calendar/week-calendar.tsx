import Link from "next/link";
import type { TPlan, TSession, TWeek } from "@/lib/engine/types";
import { kindOnDate } from "@/lib/engine/dated-kinds";
import { WEEKDAYS, type TRace } from "@/lib/plan-input";
import { DAY_TYPE_HINTS, DAY_TYPE_LABELS, DISTANCE_LABELS, PHASE_LABELS, PHASE_SHORT_LABELS, PRIORITY_LABELS, SLOT_LABELS } from "@/lib/plan-text/labels";
import { raceName } from "@/lib/plan-text/race-text";
import { describeSessionMarks } from "@/lib/plan-text/session-marks";
import { PhaseSwatch } from "../season-timeline/phase-style";
import { addDays, formatDate, formatRange } from "@/lib/dates";
import { describeWeek } from "./describe-week";
import { FlagIcon } from "./icons";

export type TWeekCalendarProps = {
  plan: TPlan;
  /** Every week the navigator reaches: the plan's weeks, to the end of the last recovery. */
  weeks: TWeek[];
  /** Position in `weeks` of the week to show. */
  position: number;
  /** Position of the week holding today (clamped to the season). */
  currentPosition: number;
  /** Today in the plan's time zone (`YYYY-MM-DD`). */
  today: string;
  /** The plan page's path, e.g. `/plans/abc`; links add `?week=` (and `&session=`). */
  basePath: string;
  selectedSessionId?: string | null;
  /** The owner's drag-and-drop island, rendered above the days. */
  children?: React.ReactNode;
};

/** The id of the list of days, for the drag-and-drop island. */
export const WEEK_DAYS_LIST_ID = "week-days";

export function weekHref(basePath: string, monday: string, sessionId?: string): string {
  const query = `?week=${monday}` + (sessionId ? `&session=${encodeURIComponent(sessionId)}` : "");
  return `${basePath}${query}${sessionId ? `#session-${sessionId}` : "#week"}`;
}

function NavLink({ href, label, children, rel }: { href: string | null; label: string; children: React.ReactNode; rel?: string }) {
  const base = "inline-flex min-h-11 items-center gap-1 rounded-md border px-3 text-sm font-medium";
  if (!href) {
    return (
      <span aria-disabled="true" className={`${base} cursor-not-allowed border-slate-200 text-slate-500 dark:border-slate-800 dark:text-slate-400`}>
        {children}
      </span>
    );
  }
  // A soft navigation: the server renders the other week, the page keeps its place.
  return (
    <Link
      href={href}
      rel={rel}
      aria-label={label}
      prefetch={false}
      className={`${base} border-slate-300 bg-white text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 dark:focus-visible:outline-blue-400`}
    >
      {children}
    </Link>
  );
}

function SessionLink({ session, href, selected, sessionTime }: { session: TSession; href: string; selected: boolean; sessionTime?: string }) {
  const marks = describeSessionMarks(session);
  const skipped = session.status === "skipped";
  return (
    <Link
      href={href}
      prefetch={false}
      aria-current={selected ? "true" : undefined}
      data-session-id={session.id}
      data-status={session.status}
      className={`mt-2 block rounded-md border-l-4 px-2.5 py-2 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:focus-visible:outline-blue-400 ${
        selected
          ? "border-blue-700 bg-blue-100 text-blue-950 dark:border-blue-300 dark:bg-blue-900 dark:text-white"
          : skipped
            ? "border-dashed border-slate-500 bg-slate-50 text-slate-800 hover:bg-slate-100 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800"
            : "border-blue-600 bg-blue-50 text-blue-950 hover:bg-blue-100 dark:border-blue-400 dark:bg-blue-950 dark:text-blue-50 dark:hover:bg-blue-900"
      }`}
    >
      <span className={`block font-semibold underline decoration-1 underline-offset-2 ${skipped ? "line-through" : ""}`}>{SLOT_LABELS[session.slot]}</span>
      <span className="block">
        {sessionTime ? `${sessionTime} · ` : ""}
        {session.minutes} min
      </span>
      <span className="block text-xs">{PHASE_SHORT_LABELS[session.phase]}</span>
      {session.afterRun ? <span className="block text-xs">after your run</span> : null}
      {marks.map((mark) => (
        <span key={mark} className="mt-1 block text-xs font-semibold" data-mark>
          {mark}
        </span>
      ))}
    </Link>
  );
}

function RaceDay({ race }: { race: TRace }) {
  return (
    <p className="rounded-md border-2 border-slate-900 px-2 py-1.5 text-sm font-semibold dark:border-slate-100">
      <FlagIcon /> Race day: {raceName(race)}
      <span className="block text-xs font-normal">
        {DISTANCE_LABELS[race.distance]} · {PRIORITY_LABELS[race.priority]}
      </span>
    </p>
  );
}

/**
 * One Monday-to-Sunday week of the plan: each date's run kind (the same dated kinds the engine
 * places sessions on: run days over the weekly template), races as the day's run, and the strength
 * sessions with their time and what the runner changed, with links to the previous, current and next week.
 */
export function WeekCalendar({ plan, weeks, position, currentPosition, today, basePath, selectedSessionId, children }: TWeekCalendarProps) {
  const week = weeks[position];
  const previous = position > 0 ? weeks[position - 1] : null;
  const next = position < weeks.length - 1 ? weeks[position + 1] : null;
  const current = weeks[currentPosition];
  const sessions = plan.sessions.filter((s) => s.date >= week.start && s.date <= week.end);
  const planned = sessions.filter((s) => s.status !== "skipped");
  const seasonStart = plan.input.startDate;
  const seasonEnd = plan.phases.length > 0 ? plan.phases[plan.phases.length - 1].end : weeks[weeks.length - 1].end;
  const notes = describeWeek(plan, week);

  return (
    <section id="week" aria-labelledby="week-heading" className="scroll-mt-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="week-heading" className="text-xl font-bold sm:text-2xl">
            Week {week.index} of {weeks.length}
            <span className="block text-base font-normal text-slate-700 dark:text-slate-300">{formatRange(week.start, week.end)}</span>
          </h2>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
            {week.phase ? (
              <span className="inline-flex items-center gap-1.5">
                <PhaseSwatch kind={week.phase} />
                {PHASE_LABELS[week.phase]}
              </span>
            ) : (
              <span>Outside your season</span>
            )}
            <span>
              {planned.length} strength {planned.length === 1 ? "session" : "sessions"} · {week.totalSets} sets
            </span>
          </p>
        </div>
        <nav aria-label="Weeks" className="flex flex-wrap gap-2">
          <NavLink href={previous ? weekHref(basePath, previous.start) : null} label={previous ? `Previous week, ${formatRange(previous.start, previous.end)}` : "Previous week"} rel="prev">
            <span aria-hidden="true">←</span> Previous
          </NavLink>
          <NavLink href={position === currentPosition ? null : weekHref(basePath, current.start)} label={`This week, ${formatRange(current.start, current.end)}`}>
            This week
          </NavLink>
          <NavLink href={next ? weekHref(basePath, next.start) : null} label={next ? `Next week, ${formatRange(next.start, next.end)}` : "Next week"} rel="next">
            Next <span aria-hidden="true">→</span>
          </NavLink>
        </nav>
      </div>

      {notes.length > 0 ? (
        <ul className="mt-3 space-y-1 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-800 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}

      {children}

      <ol id={WEEK_DAYS_LIST_ID} className="mt-4 grid grid-cols-1 gap-2 lg:grid-cols-7" aria-label={`Days of week ${week.index}`}>
        {WEEKDAYS.map((_, offset) => {
          const date = addDays(week.start, offset);
          const kind = kindOnDate(plan.input, date);
          const isToday = date === today;
          const inSeason = date >= seasonStart && date <= seasonEnd;
          const races = plan.input.races.filter((r) => r.date === date);
          const daySessions = sessions.filter((s) => s.date === date);
          return (
            <li
              key={date}
              data-date={date}
              aria-current={isToday ? "date" : undefined}
              className={`flex gap-3 rounded-lg border p-3 lg:block lg:min-h-40 data-[drop=no]:opacity-60 data-[drop=ok]:outline-2 data-[drop=ok]:outline-offset-2 data-[drop=ok]:outline-emerald-600 data-[drop=ok]:outline-dashed dark:data-[drop=ok]:outline-emerald-400 ${
                isToday
                  ? "border-2 border-blue-700 bg-blue-50/60 dark:border-blue-300 dark:bg-slate-900"
                  : "border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-950"
              } ${inSeason ? "" : "border-dashed"}`}
            >
              <p className="w-20 shrink-0 lg:w-auto">
                <span className="block text-sm font-bold uppercase tracking-wide">{formatDate(date, "dayShort")}</span>
                <time dateTime={date} className="block text-sm text-slate-700 dark:text-slate-300">
                  {formatDate(date, "short")}
                </time>
                {isToday ? (
                  <span className="mt-1 inline-block rounded bg-blue-700 px-1.5 py-0.5 text-xs font-semibold text-white dark:bg-blue-300 dark:text-slate-950">
                    Today
                  </span>
                ) : null}
              </p>
              <div className="min-w-0 flex-1 lg:mt-2">
                {/* On a race date the race is the day's run: one plain reading, not "Rest day" beside "Race day". */}
                {races.length > 0 ? (
                  <div className="space-y-1" data-day-type="race">
                    {races.map((race) => (
                      <RaceDay key={`${race.date}-${race.priority}-${race.name ?? race.distance}`} race={race} />
                    ))}
                  </div>
                ) : (
                  <p className="text-sm">
                    <span className="font-medium" data-day-type={kind}>
                      {DAY_TYPE_LABELS[kind]}
                    </span>
                    <span className="block text-xs text-slate-700 dark:text-slate-300">{DAY_TYPE_HINTS[kind]}</span>
                  </p>
                )}
                {daySessions.map((session) => (
                  <SessionLink
                    key={session.id}
                    session={session}
                    selected={session.id === selectedSessionId}
                    href={weekHref(basePath, week.start, session.id)}
                    sessionTime={plan.input.sessionTime}
                  />
                ))}
                {!inSeason ? <p className="mt-2 text-xs text-slate-700 dark:text-slate-300">Outside your season</p> : null}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
