import type { TSessionLog, TUnits } from "@/lib/engine/types";
import { daysBetween, formatDate } from "@/lib/dates";
import { formatTargetLoad } from "@/lib/plan-text/dose-text";
import { collectLiftSeries, type TLiftSeries } from "./lift-series";

const HEIGHT = 96;

function pct(value: number): string {
  return `${Math.round(value * 10000) / 100}%`;
}

/** A round top for the load axis: the next multiple of 5 above the heaviest load. */
function axisTop(series: TLiftSeries): number {
  return Math.max(5, Math.ceil((Math.max(...series.points.map((p) => p.load)) * 1.1) / 5) * 5);
}

function describeSeries(series: TLiftSeries): string {
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  const load = (value: number) => formatTargetLoad({ value, unit: series.unit });
  const count = `${series.points.length} ${series.points.length === 1 ? "session" : "sessions"} logged`;
  if (series.points.length === 1) return `${series.name}: ${load(first.load)} on ${formatDate(first.date, "long")}, ${count}.`;
  return `${series.name}: from ${load(first.load)} on ${formatDate(first.date, "long")} to ${load(last.load)} on ${formatDate(last.date, "long")}, ${count}.`;
}

function LiftChart({ series, index }: { series: TLiftSeries; index: number }) {
  const top = axisTop(series);
  const first = series.points[0].date;
  const span = Math.max(1, daysBetween(first, series.points[series.points.length - 1].date));
  // A lone point sits in the middle; otherwise the first and last logs touch the edges (inset 4%).
  const x = (date: string) => (series.points.length === 1 ? 0.5 : 0.04 + (daysBetween(first, date) / span) * 0.92);
  const y = (load: number) => HEIGHT - (load / top) * HEIGHT;
  const titleId = `lift-${index}-title`;
  return (
    <figure className="m-0" data-lift={series.exerciseId}>
      <figcaption id={titleId} className="text-sm font-semibold">
        {series.name}
      </figcaption>
      <div className="mt-1 grid grid-cols-[2.75rem_1fr] gap-x-1">
        <div className="relative text-xs tabular-nums text-slate-700 dark:text-slate-300" style={{ height: HEIGHT }} aria-hidden="true">
          <span className="absolute top-0 right-0 -translate-y-1/2">{formatTargetLoad({ value: top, unit: series.unit })}</span>
          <span className="absolute right-0 bottom-0 translate-y-1/2">0</span>
        </div>
        <svg role="img" aria-labelledby={titleId} aria-describedby={`lift-${index}-desc`} width="100%" height={HEIGHT} className="block overflow-visible">
          <desc id={`lift-${index}-desc`}>{describeSeries(series)}</desc>
          <line x1="0" x2="100%" y1={HEIGHT} y2={HEIGHT} strokeWidth={1} className="stroke-slate-400 dark:stroke-slate-500" />
          <line x1="0" x2="100%" y1={0} y2={0} strokeWidth={1} strokeDasharray="3 3" className="stroke-slate-300 dark:stroke-slate-600" />
          {series.points.slice(1).map((point, i) => (
            <line
              key={`${point.date}-${i}`}
              x1={pct(x(series.points[i].date))}
              y1={y(series.points[i].load)}
              x2={pct(x(point.date))}
              y2={y(point.load)}
              strokeWidth={2}
              className="stroke-emerald-700 dark:stroke-emerald-400"
            />
          ))}
          {series.points.map((point, i) => (
            <circle key={`${point.date}-${i}`} cx={pct(x(point.date))} cy={y(point.load)} r={4} className="fill-emerald-700 dark:fill-emerald-400" data-load={point.load} />
          ))}
        </svg>
      </div>
      <div className="mt-1 flex justify-between pl-12 text-xs text-slate-700 dark:text-slate-300" aria-hidden="true">
        <span>{formatDate(series.points[0].date, "short")}</span>
        {series.points.length > 1 ? <span>{formatDate(series.points[series.points.length - 1].date, "short")}</span> : null}
      </div>
      <details className="mt-1 text-sm">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium underline underline-offset-2">Show the numbers</summary>
        <table className="mt-1 w-full text-left text-sm">
          <caption className="sr-only">{series.name}: load per logged session</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-3 font-medium">
                Date
              </th>
              <th scope="col" className="pr-3 font-medium">
                Heaviest load
              </th>
              <th scope="col" className="font-medium">
                What you did
              </th>
            </tr>
          </thead>
          <tbody>
            {series.points.map((point, i) => (
              <tr key={`${point.date}-${i}`}>
                <td className="pr-3">{formatDate(point.date, "weekday")}</td>
                <td className="pr-3 tabular-nums">{formatTargetLoad({ value: point.load, unit: series.unit })}</td>
                <td>{point.done}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** The load over time of each main lift the runner has logged with a load: small charts, each with its numbers. */
export function LiftHistory({ logs, unit }: { logs: Readonly<Record<string, TSessionLog & { sessionDate: string }>>; unit: TUnits }) {
  const series = collectLiftSeries(logs, unit);
  if (series.length === 0) {
    return <p className="text-sm text-slate-700 dark:text-slate-300">Log a session with the loads you used, and your main lifts show here over the season.</p>;
  }
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      {series.map((item, index) => (
        <LiftChart key={item.exerciseId} series={item} index={index} />
      ))}
    </div>
  );
}
