import Link from "next/link";
import type { TPlan, TSession } from "@/lib/engine/types";
import { formatDate, mondayOf } from "@/lib/dates";
import { SLOT_LABELS } from "@/lib/plan-text/labels";
import { describeSessionMarks } from "@/lib/plan-text/session-marks";
import { primaryButtonClass } from "@/components/ui/styles";
import { sessionPaths } from "@/components/session-card/session-links";
import { weekHref } from "@/components/week-calendar/week-calendar";

/** Today's session when there is one (done or not), else the next planned one; null when the season has none left. */
export function findTodaySession(plan: TPlan, today: string): TSession | null {
  return plan.sessions.find((s) => s.date === today && s.status !== "skipped") ?? plan.sessions.find((s) => s.date > today && s.status === "planned") ?? null;
}

/**
 * "Today" (or the next session) at the top of the page, one tap from workout mode: in the gym on a
 * phone, this is what the runner opened the page for.
 */
export function TodaySession({ planId, plan, today, basePath }: { planId: string; plan: TPlan; today: string; basePath: string }) {
  const session = findTodaySession(plan, today);
  if (!session) return null;
  const isToday = session.date === today;
  const marks = describeSessionMarks(session);
  const { sessionTime } = plan.input;
  return (
    <section aria-labelledby="today-heading" className="rounded-xl border-2 border-emerald-700 p-4 dark:border-emerald-400 print:hidden" data-testid="today-session">
      <h2 id="today-heading" className="text-sm font-semibold uppercase tracking-wide text-emerald-800 dark:text-emerald-300">
        {isToday ? "Today" : "Your next session"}
      </h2>
      <p className="mt-1 text-lg font-bold">{session.title}</p>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        <time dateTime={session.date}>{formatDate(session.date, isToday ? "weekday" : "weekdayDayMonth")}</time>
        {sessionTime ? ` at ${sessionTime}` : ""} · {SLOT_LABELS[session.slot]} · {session.minutes} min
        {session.afterRun ? " · after your run" : ""}
        {marks.length > 0 ? ` · ${marks.join(" · ")}` : ""}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <a href={sessionPaths(planId, session.id).workout} className={primaryButtonClass}>
          Start workout
        </a>
        <Link
          href={weekHref(basePath, mondayOf(session.date), session.id)}
          prefetch={false}
          className="inline-flex min-h-11 items-center text-sm font-medium underline underline-offset-4"
        >
          See the session
        </Link>
      </div>
    </section>
  );
}
