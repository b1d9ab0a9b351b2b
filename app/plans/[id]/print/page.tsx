import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WEEKDAYS } from "@/lib/plan-input-values";
import { formatDate, todayIn } from "@/lib/dates";
import { DAY_TYPE_LABELS, DISTANCE_LABELS, PHASE_LABELS, PHASE_ORDER, PRIORITY_LABELS, WEEKDAY_LABELS } from "@/lib/plan-text/labels";
import { findTargetRace, raceName } from "@/lib/plan-text/race-text";
import { PhaseSwatch } from "@/components/season-timeline/phase-style";
import { PrintWeekRow } from "@/components/print/print-week-row";
import { loadPlan } from "../load-plan";
import { PrintButton } from "./print-button";

type TPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: TPageProps): Promise<Metadata> {
  const { id } = await params;
  const loaded = await loadPlan(id);
  if (!loaded) return { title: "Plan not found" };
  const { input } = loaded.stored;
  const target = findTargetRace(input.races, todayIn(new Date(), input.timeZone));
  return { title: `Print: ${target ? raceName(target) : "strength plan"}`, robots: { index: false, follow: false } };
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

/** The whole season on paper: one week per row, readable in black and white. */
export default async function PrintPlanPage({ params }: TPageProps) {
  const { id } = await params;
  const loaded = await loadPlan(id);
  if (!loaded) notFound();
  const { stored, plan } = loaded;
  const races = [...plan.input.races].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const target = findTargetRace(plan.input.races, todayIn(new Date(), plan.input.timeZone));
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
        <h1 className="text-2xl font-bold">{target ? `Strength plan for ${raceName(target)}` : "Strength plan"}</h1>
        <ul className="text-sm">
          {races.map((race) => (
            <li key={`${race.date}-${race.priority}-${race.name ?? ""}`}>
              <span className="font-semibold">{raceName(race)}</span>: {DISTANCE_LABELS[race.distance]}, {PRIORITY_LABELS[race.priority]},{" "}
              {formatDate(race.date, "weekdayLong")}
            </li>
          ))}
        </ul>
        <p className="text-sm">
          <span className="font-semibold">Your week: </span>
          {WEEKDAYS.map((day) => `${WEEKDAY_LABELS[day].slice(0, 3)} ${DAY_TYPE_LABELS[plan.input.schedule[day]].toLowerCase()}`).join(", ")}
        </p>
        {plan.input.sessionTime ? (
          <p className="text-sm">
            <span className="font-semibold">Session time: </span>
            {plan.input.sessionTime} ({plan.input.timeZone})
          </p>
        ) : null}
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
            <PrintWeekRow key={week.start} plan={plan} week={week} />
          ))}
        </tbody>
      </table>
      <p className="mt-6 text-xs">Stridelift · generated from plan {stored.id} · engine {plan.engineVersion}</p>
    </main>
  );
}
