"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { formatDate } from "@/lib/dates";
import type { TDayType } from "@/lib/plan-input-values";
import type { TRunPlanImport, TRunPlanRace } from "@/lib/run-plan/types";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/styles";
import { groupWeeks } from "./group-weeks";
import { ReviewDay } from "./review-day";
import { stopEnter } from "./stop-enter";

const NOTE_CLASS =
  "rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100";

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What the import read, for the runner to correct before it replaces their weekly schedule. */
export function RunPlanReview(props: {
  data: TRunPlanImport;
  onApply: (runDays: Record<string, TDayType>, races: TRunPlanRace[]) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { days, range, races, ignored, warnings } = props.data;
  const weeks = useMemo(() => groupWeeks(days), [days]);
  const [kinds, setKinds] = useState<Record<string, TDayType>>(() => Object.fromEntries(days.map((day) => [day.date, day.kind])));
  const [ticked, setTicked] = useState<ReadonlySet<number>>(() => new Set());
  const toCheck = days.filter((day) => day.confidence === "low").length;

  // The review replaces what the runner was looking at; take them (and screen readers) to it.
  useEffect(() => headingRef.current?.focus(), []);

  function toggleRace(index: number, on: boolean) {
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(index);
      else next.delete(index);
      return next;
    });
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="mt-6 space-y-4 border-t border-slate-200 pt-6 dark:border-slate-700">
      <div>
        <h4 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-slate-900 outline-none dark:text-slate-50">
          Review your run weeks
        </h4>
        {range ? (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-200">
            {plural(days.length, "day", "days")} from {formatDate(range.start, "long")} to {formatDate(range.end, "long")}
          </p>
        ) : (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-200">No run days found in this calendar.</p>
        )}
        {toCheck > 0 ? (
          <p className="mt-1 text-sm font-semibold text-amber-900 dark:text-amber-200">{plural(toCheck, "day needs", "days need")} a check</p>
        ) : null}
      </div>

      {warnings.length > 0 ? (
        <ul className="space-y-2">
          {warnings.map((warning, index) => (
            <li key={`${warning.code}-${index}`} className={NOTE_CLASS}>
              {warning.message}
            </li>
          ))}
        </ul>
      ) : null}

      {weeks.map((week) => (
        <fieldset key={week.monday} className="min-w-0">
          <legend className="text-base font-semibold text-slate-900 dark:text-slate-50">Week of {formatDate(week.monday, "long")}</legend>
          <ul className="mt-2 space-y-2">
            {week.days.map((day) => (
              <ReviewDay
                key={day.date}
                day={day}
                kind={kinds[day.date] ?? day.kind}
                onChange={(kind) => setKinds((current) => ({ ...current, [day.date]: kind }))}
              />
            ))}
          </ul>
        </fieldset>
      ))}

      {races.length > 0 ? (
        <fieldset className="min-w-0">
          <legend className="text-base font-semibold text-slate-900 dark:text-slate-50">Races in your calendar</legend>
          <ul className="mt-2 space-y-1">
            {races.map((race, index) => (
              <li key={`${race.date}-${index}`}>
                <label className="flex min-h-11 cursor-pointer items-center gap-3 text-sm text-slate-800 dark:text-slate-100">
                  <input
                    type="checkbox"
                    checked={ticked.has(index)}
                    onChange={(event) => toggleRace(index, event.target.checked)}
                    onKeyDown={stopEnter}
                    className="size-5 shrink-0 accent-emerald-700 dark:accent-emerald-400"
                  />
                  <span>
                    Add {race.name} ({formatDate(race.date, "long")}) as a race
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}

      {ignored.length > 0 ? (
        <div className="text-sm text-slate-600 dark:text-slate-300">
          <p id={`${id}-ignored`}>Not runs, left out:</p>
          <ul aria-labelledby={`${id}-ignored`} className="mt-1 list-disc space-y-0.5 pl-5">
            {ignored.map((event, index) => (
              <li key={`${event.date}-${index}`}>
                {event.summary} ({formatDate(event.date, "long")})
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="flex flex-wrap gap-3">
        {days.length > 0 ? (
          <button
            type="button"
            className={primaryButtonClass}
            onClick={() => props.onApply({ ...kinds }, races.filter((_, index) => ticked.has(index)))}
          >
            Apply to my plan
          </button>
        ) : null}
        <button type="button" className={`min-h-12 px-4 ${secondaryButtonClass}`} onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
