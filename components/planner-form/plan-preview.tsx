"use client";

import type { TPlan } from "@/lib/engine/types";
import { WEEKDAYS, type TDayType, type TWeekday } from "@/lib/plan-input-values";
import { PHASE_LABELS, WEEKDAY_LABELS } from "@/lib/plan-text/labels";
import { describeField } from "./field-names";
import { formatDate, formatRange } from "@/lib/dates";
import { PhasePatternDefs, PhaseSwatch } from "@/components/season-timeline/phase-style";
import { describeSpan } from "@/lib/plan-text/countdown";
import { joinWords } from "@/lib/plan-text/join-words";
import { summarisePreview } from "./summarise-preview";
import type { TPreviewState } from "./use-plan-preview";

const RUN_LABELS: Record<TDayType, string> = { rest: "Rest", easy: "Easy", hard: "Hard", long: "Long", cross: "Cross" };

const RUN_TEXT: Record<TDayType, string> = {
  rest: "text-slate-600 dark:text-slate-300",
  easy: "text-emerald-800 dark:text-emerald-300",
  hard: "text-rose-700 dark:text-rose-300",
  long: "text-violet-700 dark:text-violet-300",
  cross: "text-sky-800 dark:text-sky-300",
};

function Announcement({ state }: { state: TPreviewState }) {
  let text = "";
  if (state.status === "ready") {
    const summary = summarisePreview(state.plan);
    const days = joinWords(summary.strengthDays.map((day) => WEEKDAY_LABELS[day]));
    text = `Preview updated: ${summary.sessionCount} strength sessions${days ? ` on ${days}` : ""}.`;
    if (summary.warnings.length > 0) text += ` ${summary.warnings.length === 1 ? "1 warning" : `${summary.warnings.length} warnings`}.`;
  }
  return (
    <p className="sr-only" aria-live="polite">
      {text}
    </p>
  );
}

function Incomplete({ issues, onlyMissingDates }: { issues: { path: string; message: string }[]; onlyMissingDates: boolean }) {
  const unique = [...new Map(issues.map((issue) => [`${describeField(issue.path)}: ${issue.message}`, issue])).keys()].slice(0, 6);
  return (
    <div className="rounded-xl border border-dashed border-slate-300 p-4 dark:border-slate-600">
      <p className="font-semibold text-slate-800 dark:text-slate-100">
        {onlyMissingDates ? "Add your race date to see your season" : "Fix the form to see your season"}
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-600 dark:text-slate-300">
        {unique.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

function WeekStrip({ plan, strengthDays }: { plan: TPlan; strengthDays: TWeekday[] }) {
  return (
    <ol className="grid grid-cols-7 gap-1" aria-label="Your week">
      {WEEKDAYS.map((day) => {
        const run = plan.input.schedule[day];
        const strength = strengthDays.includes(day);
        return (
          <li
            key={day}
            className={`flex flex-col items-center gap-0.5 rounded-lg border px-0.5 py-1.5 text-center ${
              strength
                ? "border-emerald-700 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950"
                : "border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-950"
            }`}
          >
            <span className="text-xs font-semibold text-slate-800 dark:text-slate-100">
              <abbr title={WEEKDAY_LABELS[day]} className="no-underline">
                {WEEKDAY_LABELS[day].slice(0, 3)}
              </abbr>
            </span>
            <span className={`text-[0.7rem] font-medium ${RUN_TEXT[run]}`}>{RUN_LABELS[run]}</span>
            <span className="sr-only">{strength ? ", strength session" : ""}</span>
            <span
              aria-hidden="true"
              className={`mt-0.5 rounded px-1 text-[0.65rem] font-bold ${
                strength ? "bg-emerald-700 text-white dark:bg-emerald-400 dark:text-slate-950" : "text-transparent"
              }`}
            >
              {strength ? "LIFT" : "·"}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function PlanSummary({ plan, dimmed }: { plan: TPlan; dimmed: boolean }) {
  const summary = summarisePreview(plan);
  const totalDays = summary.phases.reduce((sum, phase) => sum + phase.days, 0);
  return (
    <div className={`space-y-5 transition-opacity ${dimmed ? "opacity-60" : ""}`}>
      <dl className="grid grid-cols-3 gap-2 text-center">
        <div className="rounded-xl bg-slate-100 px-2 py-3 dark:bg-slate-800">
          <dt className="text-xs font-medium text-slate-600 dark:text-slate-300">Sessions</dt>
          <dd className="text-2xl font-bold text-slate-900 tabular-nums dark:text-slate-50">{summary.sessionCount}</dd>
        </div>
        <div className="rounded-xl bg-slate-100 px-2 py-3 dark:bg-slate-800">
          <dt className="text-xs font-medium text-slate-600 dark:text-slate-300">Per week</dt>
          <dd className="text-2xl font-bold text-slate-900 tabular-nums dark:text-slate-50">{summary.strengthDays.length}</dd>
        </div>
        <div className="rounded-xl bg-slate-100 px-2 py-3 dark:bg-slate-800">
          <dt className="text-xs font-medium text-slate-600 dark:text-slate-300">Weeks</dt>
          <dd className="text-2xl font-bold text-slate-900 tabular-nums dark:text-slate-50">{plan.weeks.length}</dd>
        </div>
      </dl>

      {summary.warnings.length > 0 ? (
        <ul className="space-y-2">
          {summary.warnings.map((warning) => (
            <li
              key={warning.code + warning.message}
              className="flex gap-2 rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
            >
              <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0 fill-current">
                <path d="M10 1.8 19 17.5H1L10 1.8Zm-.9 5.4v5h1.8v-5H9.1Zm0 6.4v1.8h1.8v-1.8H9.1Z" />
              </svg>
              <span>
                <span className="sr-only">Warning: </span>
                {warning.message}
              </span>
            </li>
          ))}
        </ul>
      ) : null}

      <div>
        <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-50">
          {summary.headline}
        </h3>
        <div className="mt-2">
          <WeekStrip plan={plan} strengthDays={summary.strengthDays} />
        </div>
        {summary.reasons.length > 0 ? (
          <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-slate-600 dark:text-slate-300">
            {summary.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        ) : null}
      </div>

      {summary.phases.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-900 dark:text-slate-50">Phases</h3>
          {/* The plan page's colours and textures (components/season-timeline/phase-style.tsx). */}
          <svg viewBox="0 0 100 4" preserveAspectRatio="none" className="mt-2 block h-2.5 w-full overflow-hidden rounded-full" aria-hidden="true" focusable="false">
            <PhasePatternDefs prefix="preview-phase" />
            {summary.phases.map((phase, index) => {
              const x = (summary.phases.slice(0, index).reduce((sum, p) => sum + p.days, 0) / Math.max(totalDays, 1)) * 100;
              return <rect key={phase.kind + phase.start} x={x} y={0} width={(phase.days / Math.max(totalDays, 1)) * 100} height={4} fill={`url(#preview-phase-${phase.kind})`} />;
            })}
          </svg>
          <ol className="mt-2 space-y-1 text-sm">
            {summary.phases.map((phase) => (
              <li key={phase.kind + phase.start} className="flex items-baseline gap-2">
                <span className="self-center">
                  <PhaseSwatch kind={phase.kind} size={12} />
                </span>
                <span className="font-medium text-slate-800 dark:text-slate-100">{PHASE_LABELS[phase.kind]}</span>
                <span className="ml-auto text-right text-slate-600 tabular-nums dark:text-slate-300">
                  {formatRange(phase.start, phase.end)} · {describeSpan(phase.days)}
                </span>
              </li>
            ))}
          </ol>
        </div>
      ) : null}

      {summary.firstSession && summary.lastSession ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          First session {formatDate(summary.firstSession, "long")}, last {formatDate(summary.lastSession, "long")}
          {summary.lightSessionCount > 0
            ? ` (including ${summary.lightSessionCount} light taper ${summary.lightSessionCount === 1 ? "session" : "sessions"})`
            : ""}
          .
        </p>
      ) : null}
    </div>
  );
}

/** The live preview panel: what the engine would build from the form as it stands. */
export function PlanPreview({ state }: { state: TPreviewState }) {
  const busy = state.status === "loading";
  const plan = state.status === "ready" ? state.plan : state.status === "loading" || state.status === "failed" ? state.previous : null;
  return (
    <section aria-labelledby="plan-preview-heading" aria-busy={busy} className="space-y-4">
      <div className="flex items-center justify-between gap-3">
        <h2 id="plan-preview-heading" className="text-lg font-bold text-slate-900 dark:text-slate-50">
          Preview
        </h2>
        {busy ? (
          <span className="flex items-center gap-1.5 text-sm text-slate-600 dark:text-slate-300">
            <span aria-hidden="true" className="size-3 animate-spin rounded-full border-2 border-slate-400 border-t-transparent" />
            Updating…
          </span>
        ) : null}
      </div>
      <Announcement state={state} />
      {state.status === "incomplete" ? <Incomplete issues={state.issues} onlyMissingDates={state.onlyMissingDates} /> : null}
      {state.status === "failed" ? (
        <p className="rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          {state.message}
        </p>
      ) : null}
      {plan ? <PlanSummary plan={plan} dimmed={state.status !== "ready"} /> : null}
      {state.status === "loading" && !plan ? (
        <div className="space-y-3" aria-hidden="true">
          <div className="h-16 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-800" />
          <div className="h-12 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-800" />
          <div className="h-24 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-800" />
        </div>
      ) : null}
    </section>
  );
}
