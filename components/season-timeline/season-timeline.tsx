import type { TPlan } from "@/lib/engine/types";
import { daysBetween, type TPriority, type TRace } from "@/lib/plan-input";
import { DISTANCE_LABELS, PHASE_DESCRIPTIONS, PHASE_LABELS, PHASE_ORDER, PRIORITY_LABELS } from "@/lib/plan-text/labels";
import { formatDate, formatRange } from "@/lib/dates";
import { describeSpan } from "@/lib/plan-text/countdown";
import { describeCountdown } from "@/lib/plan-text/countdown";
import { PhasePatternDefs, PhaseSwatch, phaseOutlineClass } from "./phase-style";

export type TSeasonTimelineProps = {
  plan: TPlan;
  /** Today in the plan's time zone (`YYYY-MM-DD`). */
  today: string;
};

const PATTERN_PREFIX = "timeline-phase";
const BAR_Y = 24;
const BAR_HEIGHT = 28;

function pct(value: number): string {
  return `${Math.round(value * 10000) / 100}%`;
}

function raceName(race: TRace): string {
  return race.name && race.name.length > 0 ? race.name : `${DISTANCE_LABELS[race.distance]} race`;
}

/** Marker shapes differ by priority (not only by colour): big filled disc, ringed disc, small dashed ring. */
function RaceMarkerShape({ priority }: { priority: TPriority }) {
  if (priority === "A") {
    return (
      <>
        <circle r={10} cy={10} className="fill-slate-900 dark:fill-slate-100" />
        <text y={14.5} textAnchor="middle" className="fill-white text-[12px] font-bold dark:fill-slate-900">
          A
        </text>
      </>
    );
  }
  if (priority === "B") {
    return (
      <>
        <circle r={8} cy={12} strokeWidth={2.5} className="fill-white stroke-slate-900 dark:fill-slate-950 dark:stroke-slate-100" />
        <text y={16} textAnchor="middle" className="fill-slate-900 text-[10px] font-bold dark:fill-slate-100">
          B
        </text>
      </>
    );
  }
  return (
    <>
      <circle r={7} cy={13} strokeWidth={1.5} strokeDasharray="2 2" className="fill-white stroke-slate-900 dark:fill-slate-950 dark:stroke-slate-100" />
      <text y={16.5} textAnchor="middle" className="fill-slate-900 text-[9px] font-semibold dark:fill-slate-100">
        C
      </text>
    </>
  );
}

/** The season from start to the last race (or recovery): phases as textured segments, races and today as markers. */
export function SeasonTimeline({ plan, today }: TSeasonTimelineProps) {
  const raceDates = plan.input.races.map((r) => r.date).sort();
  const starts = [plan.input.startDate, ...plan.phases.map((p) => p.start)].sort();
  const ends = [...plan.phases.map((p) => p.end), ...raceDates].sort();
  const start = starts[0];
  const end = ends[ends.length - 1] ?? start;
  const totalDays = Math.max(1, daysBetween(start, end) + 1);
  const position = (date: string) => daysBetween(start, date) / totalDays;
  const todayInRange = today >= start && today <= end;
  const races = [...plan.input.races].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const presentKinds = PHASE_ORDER.filter((kind) => plan.phases.some((p) => p.kind === kind));
  const presentPriorities = (["A", "B", "C"] as const).filter((p) => races.some((r) => r.priority === p));

  const summary =
    `Season timeline from ${formatDate(start, "long")} to ${formatDate(end, "long")}: ` +
    plan.phases.map((p) => `${PHASE_LABELS[p.kind]} ${formatRange(p.start, p.end)}`).join("; ") +
    `. Races: ${races.map((r) => `${raceName(r)} (${r.priority}) on ${formatDate(r.date, "long")}`).join("; ")}.` +
    (todayInRange ? ` Today is ${formatDate(today, "long")}.` : "");

  const todayX = position(today) + 0.5 / totalDays;
  const todayAnchor = todayX < 0.06 ? "start" : todayX > 0.94 ? "end" : "middle";

  return (
    <figure className="m-0">
      <svg
        role="img"
        aria-label={summary}
        width="100%"
        height={70}
        className="block overflow-visible print:[print-color-adjust:exact]"
        data-testid="season-timeline"
      >
        <PhasePatternDefs prefix={PATTERN_PREFIX} />
        <rect x={0} y={BAR_Y} width="100%" height={BAR_HEIGHT} className="fill-slate-100 dark:fill-slate-800 print:fill-white" />
        {plan.phases.map((phase) => {
          const days = daysBetween(phase.start, phase.end) + 1;
          return (
            <rect
              key={`${phase.kind}-${phase.start}`}
              data-phase={phase.kind}
              x={pct(position(phase.start))}
              y={BAR_Y}
              width={pct(days / totalDays)}
              height={BAR_HEIGHT}
              fill={`url(#${PATTERN_PREFIX}-${phase.kind})`}
              strokeWidth={1}
              className={phaseOutlineClass(phase.kind)}
            >
              <title>{`${PHASE_LABELS[phase.kind]}: ${formatRange(phase.start, phase.end)}`}</title>
            </rect>
          );
        })}
        {races.map((race) => (
          <svg key={`${race.date}-${race.priority}-${race.name ?? ""}`} x={pct(position(race.date) + 0.5 / totalDays)} y={0} overflow="visible" data-race-priority={race.priority}>
            <line y1={18} y2={BAR_Y + BAR_HEIGHT} strokeWidth={2} className="stroke-slate-900 dark:stroke-slate-100" />
            <RaceMarkerShape priority={race.priority} />
            <title>{`${raceName(race)}: ${PRIORITY_LABELS[race.priority]}, ${formatDate(race.date, "long")}`}</title>
          </svg>
        ))}
        {todayInRange ? (
          <g data-testid="timeline-today">
            <line
              x1={pct(todayX)}
              x2={pct(todayX)}
              y1={BAR_Y - 4}
              y2={BAR_Y + BAR_HEIGHT + 4}
              strokeWidth={3}
              className="stroke-red-700 dark:stroke-red-400 print:stroke-black"
            />
            <text x={pct(todayX)} y={68} textAnchor={todayAnchor} className="fill-red-800 text-[12px] font-bold dark:fill-red-300 print:fill-black">
              Today
            </text>
          </g>
        ) : null}
      </svg>
      <div className="mt-1 flex justify-between text-xs text-slate-700 dark:text-slate-300" aria-hidden="true">
        <span>{formatDate(start, "long")}</span>
        <span>{formatDate(end, "long")}</span>
      </div>
      <figcaption className="mt-4 grid gap-4 text-sm sm:grid-cols-2">
        <div>
          <h3 className="font-semibold">Phases</h3>
          <ol className="mt-1 space-y-2">
            {plan.phases.map((phase) => {
              const now = today >= phase.start && today <= phase.end;
              return (
                <li key={`${phase.kind}-${phase.start}`} className="flex gap-2">
                  <span className="pt-0.5">
                    <PhaseSwatch kind={phase.kind} />
                  </span>
                  <span>
                    <span className="font-medium">{PHASE_LABELS[phase.kind]}</span>
                    {now ? <span className="ml-1 rounded bg-slate-900 px-1 text-xs font-semibold text-white dark:bg-slate-100 dark:text-slate-900">now</span> : null}
                    <span className="block text-slate-700 dark:text-slate-300">
                      {formatRange(phase.start, phase.end)} · {describeSpan(daysBetween(phase.start, phase.end) + 1)}
                    </span>
                  </span>
                </li>
              );
            })}
          </ol>
        </div>
        <div>
          <h3 className="font-semibold">What the phases mean</h3>
          <dl className="mt-1 space-y-2">
            {presentKinds.map((kind) => (
              <div key={kind}>
                <dt className="inline-flex items-center gap-1.5 font-medium">
                  <PhaseSwatch kind={kind} />
                  {PHASE_LABELS[kind]}
                </dt>
                <dd className="text-slate-700 dark:text-slate-300">{PHASE_DESCRIPTIONS[kind]}</dd>
              </div>
            ))}
          </dl>
          <h3 className="mt-3 font-semibold">Races</h3>
          <ul className="mt-1 space-y-1">
            {races.map((race) => (
              <li key={`${race.date}-${race.priority}-${race.name ?? ""}`} className="flex items-center gap-2">
                <svg width={22} height={24} viewBox="-11 0 22 24" aria-hidden="true" focusable="false" className="shrink-0">
                  <RaceMarkerShape priority={race.priority} />
                </svg>
                <span>
                  <span className="font-medium">{raceName(race)}</span>{" "}
                  <span className="text-slate-700 dark:text-slate-300">
                    {PRIORITY_LABELS[race.priority]} · {formatDate(race.date, "long")} · {describeCountdown(daysBetween(today, race.date))}
                  </span>
                </span>
              </li>
            ))}
          </ul>
          {presentPriorities.length > 0 ? <p className="sr-only">Marker shapes: A races are filled, B races ringed, C races dashed.</p> : null}
        </div>
      </figcaption>
    </figure>
  );
}
