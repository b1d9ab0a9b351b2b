import type { TPlan } from "@/lib/engine/types";
import { daysBetween } from "@/lib/dates";
import { findTargetRace, raceName } from "@/lib/plan-text/race-text";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/styles";
import {
  DISTANCE_LABELS,
  EQUIPMENT_LABELS,
  PHASE_LABELS,
  PRIORITY_LABELS,
} from "@/lib/plan-text/labels";
import { PhaseSwatch } from "../season-timeline/phase-style";
import { formatDate } from "@/lib/dates";
import { describeCountdown } from "@/lib/plan-text/countdown";
import { EditPlanLink } from "./edit-plan-link";
import { CalendarIcon } from "../week-calendar/icons";

export type TPlanLinks = {
  /** `webcal://host/api/plans/{id}/calendar.ics` */
  subscribe: string;
  /** The same feed over http(s), for calendars that want a plain URL. */
  feed: string;
  feedScheme: "http" | "https";
  /** `/api/plans/{id}/calendar.ics?download=1` */
  download: string;
  /** `/plans/{id}/print` */
  print: string;
};

export type TPlanHeaderProps = {
  planId: string;
  plan: TPlan;
  /** Today in the plan's time zone (`YYYY-MM-DD`). */
  today: string;
  links: TPlanLinks;
  /** Shown right under the title (the one-time edit-link banner). */
  children?: React.ReactNode;
};

const PRIMARY = primaryButtonClass;
const SECONDARY = secondaryButtonClass;

/** What today is in the season, in words. */
export function describeNow(plan: TPlan, today: string): { kind: TPlan["phases"][number]["kind"] | null; text: string } {
  const phase = plan.phases.find((p) => p.start <= today && today <= p.end);
  if (phase) {
    const week = plan.weeks.find((w) => w.start <= today && today <= w.end);
    const weekText = week ? `, week ${week.index} of ${plan.weeks.length}` : "";
    return { kind: phase.kind, text: `${PHASE_LABELS[phase.kind]}${weekText} (until ${formatDate(phase.end, "long")})` };
  }
  const first = plan.phases[0];
  if (first && today < first.start) {
    return { kind: null, text: `Your season starts ${formatDate(first.start, "weekdayLong")} (${describeCountdown(daysBetween(today, first.start))})` };
  }
  const last = plan.phases[plan.phases.length - 1];
  if (last && today > last.end) return { kind: null, text: "Your season is complete. Well done!" };
  return { kind: null, text: "Between phases: no strength work right now" };
}

/** The plan's title, races with countdowns, the phase now, and what you can do with the plan. */
export function PlanHeader({ planId, plan, today, links, children }: TPlanHeaderProps) {
  const races = [...plan.input.races].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const target = findTargetRace(plan.input.races, today);
  const now = describeNow(plan, today);
  const { input } = plan;

  return (
    <header className="space-y-5">
      <div>
        <p className="text-sm font-semibold uppercase tracking-wide text-blue-800 dark:text-blue-300">Your strength season</p>
        <h1 className="mt-1 text-2xl font-bold text-balance sm:text-3xl">{target ? `Strength plan for ${raceName(target)}` : "Your strength plan"}</h1>
        <p className="mt-2 flex items-center gap-2 text-base" data-testid="phase-now">
          <span className="font-semibold">Now:</span>
          {now.kind ? <PhaseSwatch kind={now.kind} /> : null}
          <span>{now.text}</span>
        </p>
      </div>

      {children}

      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Races">
        {races.map((race) => {
          const days = daysBetween(today, race.date);
          return (
            <li
              key={`${race.date}-${race.priority}-${race.name ?? ""}`}
              className={`rounded-lg border p-3 ${race.priority === "A" ? "border-2 border-slate-900 dark:border-slate-100" : "border-slate-300 dark:border-slate-600"}`}
            >
              <p className="font-semibold">{raceName(race)}</p>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {DISTANCE_LABELS[race.distance]} · {PRIORITY_LABELS[race.priority]}
              </p>
              <p className="mt-1 text-sm">
                <time dateTime={race.date}>{formatDate(race.date, "weekdayLong")}</time>
              </p>
              <p className="mt-1 text-lg font-bold tabular-nums" data-testid="race-countdown">
                {days > 0 ? `${days} ${days === 1 ? "day" : "days"} to go` : days === 0 ? "Race day: today!" : `Raced ${describeCountdown(days)}`}
              </p>
            </li>
          );
        })}
      </ul>

      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start print:hidden">
        <div className="flex flex-col gap-1">
          <a href={links.subscribe} className={PRIMARY}>
            <CalendarIcon /> Subscribe in your calendar
          </a>
          <a href={links.feed} className="text-xs text-slate-700 underline underline-offset-2 dark:text-slate-300">
            Calendar feed link ({links.feedScheme})
          </a>
        </div>
        <a href={links.download} className={SECONDARY} download>
          Download .ics
        </a>
        <a href={links.print} className={SECONDARY}>
          Print the season
        </a>
        <EditPlanLink planId={planId} className={SECONDARY} />
      </div>

      {plan.warnings.length > 0 ? (
        <section aria-labelledby="plan-warnings-heading" className="rounded-lg border-2 border-amber-600 bg-amber-50 p-3 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50">
          <h2 id="plan-warnings-heading" className="font-bold">
            Worth knowing about this plan
          </h2>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {plan.warnings.map((w) => (
              <li key={w.code + w.message} data-warning={w.code}>
                {w.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <details className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700">
        <summary className="cursor-pointer font-semibold">Plan settings</summary>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">Start</dt>
          <dd>{formatDate(input.startDate, "long")}</dd>
          <dt className="font-medium">Experience</dt>
          <dd>{input.experience === "new" ? "New to strength training" : "Experienced"}</dd>
          <dt className="font-medium">Session length</dt>
          <dd>{input.sessionMinutes} minutes</dd>
          <dt className="font-medium">Taper</dt>
          <dd>{input.taper === "full" ? "Full: no strength in the last 14 days" : "Light: one short session early in the taper"}</dd>
          <dt className="font-medium">Equipment</dt>
          <dd>{input.equipment.length > 0 ? `bodyweight, ${input.equipment.map((e) => EQUIPMENT_LABELS[e]).join(", ")}` : "bodyweight only"}</dd>
          <dt className="font-medium">Units</dt>
          <dd>{input.units}</dd>
          <dt className="font-medium">Time zone</dt>
          <dd>{input.timeZone}</dd>
          <dt className="font-medium">Calendar</dt>
          <dd>
            {input.sessionTime ? `sessions at ${input.sessionTime}` : "all-day events"}
            {input.reminderMinutes !== undefined ? `, reminder ${input.reminderMinutes} min before` : ""}
          </dd>
        </dl>
      </details>
    </header>
  );
}
