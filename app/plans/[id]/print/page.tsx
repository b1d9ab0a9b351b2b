import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WEEKDAYS } from "@/lib/plan-input";
import { findExercise } from "@/lib/engine/catalogue";
import type { TPlan, TSession, TWeek } from "@/lib/engine/types";
import { loadPlan } from "@/components/plan-header/load-plan";
import { raceTitle } from "@/components/plan-header/plan-header";
import { PhaseSwatch } from "@/components/season-timeline/phase-style";
import { formatDose } from "@/components/session-card/format-dose";
import {
  DAY_TYPE_LABELS,
  DISTANCE_LABELS,
  LOAD_LABELS,
  PHASE_LABELS,
  PHASE_ORDER,
  PRIORITY_LABELS,
  SLOT_LABELS,
} from "@/components/session-card/plan-labels";
import { describeWeek } from "@/components/week-calendar/describe-week";
import { formatDate, formatRange } from "@/components/week-calendar/plan-dates";
import { FlagIcon } from "@/components/week-calendar/icons";
import { PrintButton } from "./print-button";

type TPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: TPageProps): Promise<Metadata> {
  const { id } = await params;
  const stored = await loadPlan(id);
  if (!stored) return { title: "Plan not found" };
  const target = stored.plan.input.races.find((r) => r.priority === "A");
  return { title: `Print: ${target ? raceTitle(target) : "strength plan"}`, robots: { index: false, follow: false } };
}

// Paper is white: whatever the screen scheme, print black text on white with no backgrounds.
const PRINT_CSS = `
@page { margin: 12mm; }
@media print {
  html, body { background: #fff !important; color: #000 !important; }
  .print-sheet, .print-sheet * { color: #000 !important; background: transparent !important; border-color: #555 !important; box-shadow: none !important; }
  .print-sheet a { text-decoration: none !important; }
}
`;

function CompactSession({ session }: { session: TSession }) {
  return (
    <div className="break-inside-avoid">
      <p className="font-semibold">
        {formatDate(session.date, "weekday")} · {SLOT_LABELS[session.slot]} · {session.minutes} min
        {session.afterRun ? <span className="font-normal"> · after your run</span> : null}
      </p>
      <ol className="mt-0.5 list-decimal pl-5 sm:columns-2 sm:gap-6">
        {session.exercises.map((item, i) => {
          const info = findExercise(item.exerciseId);
          const sided = info?.unilateral ?? false;
          const note = item.note;
          return (
            <li key={`${item.exerciseId}-${i}`} className="break-inside-avoid">
              <span className="font-medium">{item.name}</span> {formatDose(item, sided)} · {LOAD_LABELS[item.load].toLowerCase()}
              {item.tempo ? ` · tempo ${item.tempo}` : ""}
              {note ? ` · ${note}` : ""}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function WeekRow({ plan, week }: { plan: TPlan; week: TWeek }) {
  const sessions = plan.sessions.filter((s) => s.date >= week.start && s.date <= week.end);
  const races = plan.input.races.filter((r) => r.date >= week.start && r.date <= week.end);
  const notes = sessions.length === 0 || races.length > 0 ? describeWeek(plan, week) : [];
  return (
    <tr className="break-inside-avoid border-t border-slate-300 align-top dark:border-slate-600" data-week={week.index}>
      <th scope="row" className="w-32 py-2 pr-3 text-left font-normal sm:w-40 print:w-28 print:py-1">
        <span className="block font-bold">Week {week.index}</span>
        <span className="block text-xs">{formatRange(week.start, week.end)}</span>
        {week.phase ? (
          <span className="mt-1 flex items-center gap-1 text-xs">
            <PhaseSwatch kind={week.phase} size={12} />
            {PHASE_LABELS[week.phase]}
          </span>
        ) : null}
        <span className="block text-xs">{week.totalSets} sets</span>
      </th>
      <td className="space-y-2 py-2 text-sm print:space-y-1 print:py-1 print:text-[9pt]">
        {races.map((race) => (
          <p key={`${race.date}-${race.name ?? ""}`} className="font-bold">
            <FlagIcon /> {formatDate(race.date, "weekday")}: {raceTitle(race)} ({DISTANCE_LABELS[race.distance]}, {race.priority} race)
          </p>
        ))}
        {sessions.map((session) => (
          <CompactSession key={session.id} session={session} />
        ))}
        {notes.map((note) => (
          <p key={note} className="text-xs italic">
            {note}
          </p>
        ))}
      </td>
    </tr>
  );
}

/** The whole season on paper: one week per row, readable in black and white. */
export default async function PrintPlanPage({ params }: TPageProps) {
  const { id } = await params;
  const stored = await loadPlan(id);
  if (!stored) notFound();
  const { plan } = stored;
  const races = [...plan.input.races].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const target = races.find((r) => r.priority === "A");
  const kinds = PHASE_ORDER.filter((kind) => plan.phases.some((p) => p.kind === kind));

  return (
    <main className="print-sheet mx-auto max-w-5xl px-4 py-6 print:max-w-none print:p-0">
      <style href="stridelift-print" precedence="default">
        {PRINT_CSS}
      </style>
      <nav aria-label="Print actions" className="mb-6 flex flex-wrap items-center gap-3 print:hidden">
        <PrintButton />
        <Link href={`/plans/${encodeURIComponent(stored.id)}`} className="text-sm font-medium underline underline-offset-4">
          Back to the plan
        </Link>
        <p className="text-sm text-slate-700 dark:text-slate-300">Fits A4 and Letter. Each week stays on one page.</p>
      </nav>

      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{target ? `Strength plan for ${raceTitle(target)}` : "Strength plan"}</h1>
        <ul className="text-sm">
          {races.map((race) => (
            <li key={`${race.date}-${race.priority}-${race.name ?? ""}`}>
              <span className="font-semibold">{raceTitle(race)}</span>: {DISTANCE_LABELS[race.distance]}, {PRIORITY_LABELS[race.priority]},{" "}
              {formatDate(race.date, "weekdayLong")}
            </li>
          ))}
        </ul>
        <p className="text-sm">
          <span className="font-semibold">Your week: </span>
          {WEEKDAYS.map((day) => `${day.charAt(0).toUpperCase()}${day.slice(1)} ${DAY_TYPE_LABELS[plan.input.schedule[day]].toLowerCase()}`).join(", ")}
        </p>
        <p className="text-sm">
          <span className="font-semibold">Effort: </span>
          finish every set with 2–3 good reps left in reserve; challenging, never to failure. Sessions on run days come after the run.
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Phases">
          {kinds.map((kind) => (
            <li key={kind} className="inline-flex items-center gap-1.5">
              <PhaseSwatch kind={kind} size={12} />
              {PHASE_LABELS[kind]}
            </li>
          ))}
        </ul>
        {plan.warnings.length > 0 ? (
          <ul className="list-disc pl-5 text-sm">
            {plan.warnings.map((w) => (
              <li key={w.code + w.message}>{w.message}</li>
            ))}
          </ul>
        ) : null}
      </header>

      <table className="mt-6 w-full border-collapse print:text-[9pt] print:leading-snug">
        <caption className="sr-only">The season, one week per row</caption>
        <thead>
          <tr className="text-left text-xs uppercase tracking-wide">
            <th scope="col" className="pb-1">
              Week
            </th>
            <th scope="col" className="pb-1">
              Sessions and races
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.weeks.map((week) => (
            <WeekRow key={week.start} plan={plan} week={week} />
          ))}
        </tbody>
      </table>
      <p className="mt-6 text-xs">Stridelift · generated from plan {stored.id} · engine {plan.engineVersion}</p>
    </main>
  );
}
