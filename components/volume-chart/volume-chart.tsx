import type { TPhaseKind, TPlan, TSession, TWeek } from "@/lib/engine/types";
import { PHASE_LABELS, PHASE_ORDER } from "@/lib/plan-text/labels";
import { PhasePatternDefs, PhaseSwatch, phaseOutlineClass } from "../season-timeline/phase-style";
import { formatRange } from "@/lib/dates";

export type TVolumeChartProps = {
  plan: TPlan;
  /** Monday of the week holding today, to mark it on the chart. */
  currentWeekStart?: string | null;
  /** Today in the plan's time zone: the summary counts the sessions done up to it. */
  today?: string;
};

const PATTERN_PREFIX = "volume-phase";
const PLOT_HEIGHT = 160;
/** Below the week numbers: one mark per session (filled: done, ring: to do, dash: skipped). */
const MARKS_TOP = PLOT_HEIGHT + 27;
const MARK_STEP = 8;

function pct(value: number): string {
  return `${Math.round(value * 10000) / 100}%`;
}

/** A round top for the axis: 10, 20, 30, 40 ... (at least 10). */
function axisMax(weeks: TWeek[]): number {
  const peak = Math.max(0, ...weeks.map((w) => w.totalSets));
  return Math.max(10, Math.ceil(peak / 10) * 10);
}

/** Week-number labels: every week on short seasons, thinning out on long ones. */
function labelStep(count: number): number {
  if (count <= 12) return 1;
  if (count <= 26) return 2;
  if (count <= 52) return 4;
  return 8;
}

type TRun = { phase: TPhaseKind | null; first: TWeek; last: TWeek; min: number; max: number };

/** Consecutive weeks of the same phase, for the spoken summary. */
function phaseRuns(weeks: TWeek[]): TRun[] {
  const runs: TRun[] = [];
  for (const week of weeks) {
    const last = runs[runs.length - 1];
    if (last && last.phase === week.phase) {
      last.last = week;
      last.min = Math.min(last.min, week.totalSets);
      last.max = Math.max(last.max, week.totalSets);
    } else {
      runs.push({ phase: week.phase, first: week, last: week, min: week.totalSets, max: week.totalSets });
    }
  }
  return runs;
}

/** Text equivalent of the chart: the shape of the season in words. */
export function summariseVolume(weeks: TWeek[]): string {
  if (weeks.length === 0) return "No weeks in this plan.";
  const peak = Math.max(...weeks.map((w) => w.totalSets));
  const peakWeek = weeks.find((w) => w.totalSets === peak)!;
  const parts = phaseRuns(weeks).map((run) => {
    const span = run.first === run.last ? `week ${run.first.index}` : `weeks ${run.first.index}–${run.last.index}`;
    const sets = run.min === run.max ? `${run.min} sets` : `${run.min} to ${run.max} sets`;
    return `${run.phase ? PHASE_LABELS[run.phase] : "Outside the season"}, ${span}: ${sets} a week`;
  });
  return `Strength sets per week over ${weeks.length} weeks, peaking at ${peak} sets in week ${peakWeek.index}. ${parts.join(". ")}.`;
}

function sessionsOf(plan: TPlan, week: TWeek): TSession[] {
  return plan.sessions.filter((s) => s.date >= week.start && s.date <= week.end);
}

/** "1 of 2 done", "1 of 2 done, 1 skipped", or "none" for a week without sessions. */
function describeDone(sessions: readonly TSession[]): string {
  if (sessions.length === 0) return "none";
  const done = sessions.filter((s) => s.status === "done").length;
  const skipped = sessions.filter((s) => s.status === "skipped").length;
  return `${done} of ${sessions.length} done${skipped > 0 ? `, ${skipped} skipped` : ""}`;
}

/** The season so far in one sentence: sessions done out of those dated up to today. */
export function summariseSessions(sessions: readonly TSession[], today: string): string {
  const due = sessions.filter((s) => s.date <= today);
  if (due.length === 0) return "No sessions are due yet.";
  const done = due.filter((s) => s.status === "done").length;
  const skipped = due.filter((s) => s.status === "skipped").length;
  return `So far ${done} of ${due.length} sessions done${skipped > 0 ? ` and ${skipped} skipped` : ""}.`;
}

function SessionMark({ session, x, y }: { session: TSession; x: string; y: number }) {
  // A dash: x is a percentage, so the 7 px bar is centred with a transform.
  if (session.status === "skipped") return <rect x={x} y={y - 1} width={7} height={2} transform="translate(-3.5 0)" className="fill-slate-500 dark:fill-slate-400" data-mark="skipped" />;
  return (
    <circle
      cx={x}
      cy={y}
      r={3}
      strokeWidth={1.5}
      className={session.status === "done" ? "fill-emerald-700 stroke-emerald-700 dark:fill-emerald-400 dark:stroke-emerald-400" : "fill-none stroke-slate-600 dark:stroke-slate-300"}
      data-mark={session.status}
    />
  );
}

/**
 * Weekly strength volume (sum of sets) as an SVG bar chart, one bar per week, textured by phase,
 * with each week's sessions marked under it: done, still to do, or skipped.
 */
export function VolumeChart({ plan, currentWeekStart, today }: TVolumeChartProps) {
  const { weeks } = plan;
  const perWeek = weeks.map((week) => sessionsOf(plan, week));
  const marksHeight = Math.max(1, ...perWeek.map((s) => s.length)) * MARK_STEP + 4;
  const max = axisMax(weeks);
  const step = labelStep(weeks.length);
  const slot = weeks.length > 0 ? 1 / weeks.length : 1;
  const ticks = [0, max / 2, max];
  const presentKinds = PHASE_ORDER.filter((kind) => weeks.some((w) => w.phase === kind));

  return (
    <figure className="m-0">
      <div className="grid grid-cols-[2rem_1fr] gap-x-1">
        <div className="relative" style={{ height: PLOT_HEIGHT }} aria-hidden="true">
          {ticks.map((tick) => (
            <span
              key={tick}
              className="absolute right-0 -translate-y-1/2 text-xs tabular-nums text-slate-700 dark:text-slate-300"
              style={{ top: PLOT_HEIGHT - (tick / max) * PLOT_HEIGHT }}
            >
              {tick}
            </span>
          ))}
        </div>
        <svg
          role="img"
          aria-labelledby="volume-chart-title"
          aria-describedby="volume-chart-desc"
          width="100%"
          height={MARKS_TOP + marksHeight}
          className="block overflow-visible print:[print-color-adjust:exact]"
          data-testid="volume-chart"
        >
          <title id="volume-chart-title">Weekly strength volume (sets per week)</title>
          <desc id="volume-chart-desc">{`${summariseVolume(weeks)}${today ? ` ${summariseSessions(plan.sessions, today)}` : ""}`}</desc>
          <PhasePatternDefs prefix={PATTERN_PREFIX} />
          {ticks.map((tick) => (
            <line
              key={tick}
              x1="0"
              x2="100%"
              y1={PLOT_HEIGHT - (tick / max) * PLOT_HEIGHT}
              y2={PLOT_HEIGHT - (tick / max) * PLOT_HEIGHT}
              strokeWidth={1}
              strokeDasharray={tick === 0 ? undefined : "3 3"}
              className="stroke-slate-300 dark:stroke-slate-600"
            />
          ))}
          {weeks.map((week, i) => {
            const height = (week.totalSets / max) * PLOT_HEIGHT;
            const isCurrent = week.start === currentWeekStart;
            return (
              <g key={week.start}>
                {isCurrent ? (
                  <rect
                    x={pct(i * slot)}
                    y={0}
                    width={pct(slot)}
                    height={PLOT_HEIGHT}
                    className="fill-slate-200 dark:fill-slate-800 print:fill-none"
                    data-testid="volume-chart-current"
                  />
                ) : null}
                <rect
                  data-week={week.index}
                  data-sets={week.totalSets}
                  data-phase={week.phase ?? "none"}
                  x={pct(i * slot + slot * 0.12)}
                  y={PLOT_HEIGHT - height}
                  width={pct(slot * 0.76)}
                  height={height}
                  fill={week.phase ? `url(#${PATTERN_PREFIX}-${week.phase})` : undefined}
                  strokeWidth={1}
                  className={week.phase ? phaseOutlineClass(week.phase) : "fill-slate-400"}
                >
                  <title>{`Week ${week.index} (${formatRange(week.start, week.end)}): ${week.totalSets} sets${week.phase ? `, ${PHASE_LABELS[week.phase]}` : ""}`}</title>
                </rect>
                {i % step === 0 || (i === weeks.length - 1 && i % step >= step / 2) ? (
                  <text
                    x={pct(i * slot + slot / 2)}
                    y={PLOT_HEIGHT + 15}
                    textAnchor="middle"
                    aria-hidden="true"
                    className={`text-[11px] tabular-nums ${isCurrent ? "fill-slate-950 font-bold dark:fill-white" : "fill-slate-700 dark:fill-slate-300"}`}
                  >
                    {week.index}
                  </text>
                ) : null}
                {perWeek[i].map((session, k) => (
                  <SessionMark key={session.id} session={session} x={pct(i * slot + slot / 2)} y={MARKS_TOP + k * MARK_STEP} />
                ))}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 pl-9 text-sm">
        <span className="text-slate-700 dark:text-slate-300">Sets per week, by week of the season:</span>
        {presentKinds.map((kind) => (
          <span key={kind} className="inline-flex items-center gap-1.5">
            <PhaseSwatch kind={kind} />
            {PHASE_LABELS[kind]}
          </span>
        ))}
        <span className="inline-flex items-center gap-1.5">
          <svg width={14} height={14} viewBox="0 0 14 14" aria-hidden="true" focusable="false">
            <circle cx={7} cy={7} r={4} strokeWidth={1.5} className="fill-emerald-700 stroke-emerald-700 dark:fill-emerald-400 dark:stroke-emerald-400" />
          </svg>
          Session done
        </span>
        <span className="inline-flex items-center gap-1.5">
          <svg width={14} height={14} viewBox="0 0 14 14" aria-hidden="true" focusable="false">
            <circle cx={7} cy={7} r={4} strokeWidth={1.5} className="fill-none stroke-slate-600 dark:stroke-slate-300" />
          </svg>
          To do
        </span>
        <span className="inline-flex items-center gap-1.5">
          <svg width={14} height={14} viewBox="0 0 14 14" aria-hidden="true" focusable="false">
            <line x1={3} x2={11} y1={7} y2={7} strokeWidth={2} className="stroke-slate-500 dark:stroke-slate-400" />
          </svg>
          Skipped
        </span>
        {currentWeekStart && weeks.some((w) => w.start === currentWeekStart) ? (
          <span className="inline-flex items-center gap-1.5">
            <span className="inline-block h-3.5 w-3.5 border border-slate-400 bg-slate-200 dark:bg-slate-800" aria-hidden="true" />
            This week
          </span>
        ) : null}
      </figcaption>
      <div className="sr-only">
      <table>
        <caption>Strength sets per week</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">Dates</th>
            <th scope="col">Phase</th>
            <th scope="col">Sets</th>
            <th scope="col">Sessions</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, i) => (
            <tr key={week.start}>
              <th scope="row">{week.index}</th>
              <td>{formatRange(week.start, week.end)}</td>
              <td>{week.phase ? PHASE_LABELS[week.phase] : "Outside the season"}</td>
              <td>{week.totalSets}</td>
              <td>{describeDone(perWeek[i])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </figure>
  );
}
