import type { TPlan, TWeek } from "@/lib/engine/types";
import type { TLogJson } from "@/lib/plans/plan-response";
import { formatDate } from "@/lib/dates";
import { SLOT_LABELS } from "@/lib/plan-text/labels";
import { describeSessionMarks } from "@/lib/plan-text/session-marks";
import { buildSessionActionData } from "@/components/session-actions/session-action-data";
import { OwnerControls } from "@/components/session-actions/owner-controls";
import { SessionCard } from "./session-card";
import { SessionLinks } from "./session-links";
import { describeOwnLog, findLastTimes } from "./last-times";

export type TWeekSessionsProps = {
  planId: string;
  plan: TPlan;
  week: TWeek;
  today: string;
  /** The plan's logs by session id (GET's `logs`). */
  logs: Readonly<Record<string, TLogJson>>;
  /** From `?session=`: this one is opened. */
  selectedSessionId?: string | null;
};

/**
 * The week's sessions in full, each in a <details> so it works without JavaScript. Opened: the
 * selected session, else the next one from today in this week, else the week's first. Each carries
 * its workout and watch links, and the owner's controls (shown only where the edit token is).
 */
export function WeekSessions({ planId, plan, week, today, logs, selectedSessionId }: TWeekSessionsProps) {
  const sessions = plan.sessions.filter((s) => s.date >= week.start && s.date <= week.end);
  const selected = sessions.find((s) => s.id === selectedSessionId);
  const open = selected ?? sessions.find((s) => s.date >= today) ?? sessions[0];
  const { sessionTime } = plan.input;

  return (
    <section id="sessions" aria-labelledby="sessions-heading" className="space-y-3">
      <h2 id="sessions-heading" className="text-xl font-bold sm:text-2xl">
        Sessions in week {week.index}
      </h2>
      {sessions.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">No strength sessions this week.</p>
      ) : (
        sessions.map((session) => {
          const marks = describeSessionMarks(session);
          return (
            <details
              key={session.id}
              id={`session-${session.id}`}
              open={session === open}
              className="group scroll-mt-4 rounded-xl border border-slate-300 dark:border-slate-600"
            >
              <summary className="flex min-h-11 cursor-pointer items-center gap-2 rounded-xl px-4 py-3 font-semibold hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:hover:bg-slate-900 dark:focus-visible:outline-blue-400">
                <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
                  ▸
                </span>
                <span>
                  {formatDate(session.date, "weekday")}
                  {sessionTime ? ` ${sessionTime}` : ""} · {SLOT_LABELS[session.slot]} · {session.minutes} min
                  {session.afterRun ? <span className="font-normal"> · after your run</span> : null}
                  {marks.length > 0 ? <span className="font-normal"> · {marks.join(" · ")}</span> : null}
                </span>
              </summary>
              <div className="border-t border-slate-200 px-4 pt-4 pb-5 dark:border-slate-700">
                <SessionCard
                  session={session}
                  headingLevel={3}
                  sessionTime={sessionTime}
                  lastTimes={findLastTimes(logs, session)}
                  logged={describeOwnLog(logs[session.id])}
                >
                  <SessionLinks planId={planId} sessionId={session.id} />
                  <OwnerControls data={buildSessionActionData({ planId, plan, session, log: logs[session.id], today })} />
                </SessionCard>
              </div>
            </details>
          );
        })
      )}
    </section>
  );
}
