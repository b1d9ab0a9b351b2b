"use client";

import { useId, useState } from "react";
import { useWatch } from "react-hook-form";
import { useFormMethods } from "./form-methods";
import { addDays, formatDate, isIsoDate, mondayOf } from "@/lib/dates";
import { DAY_TYPES, WEEKDAYS, type TDayType } from "@/lib/plan-input-values";
import { DAY_TYPE_LABELS } from "@/lib/plan-text/labels";
import { hintClass, inputClass, labelClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/styles";

/** Dated run days grouped by their Monday, Monday first. */
function weeksOf(runDays: Record<string, TDayType>): { monday: string; days: number }[] {
  const counts = new Map<string, number>();
  for (const date of Object.keys(runDays)) if (isIsoDate(date)) counts.set(mondayOf(date), (counts.get(mondayOf(date)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([monday, days]) => ({ monday, days }));
}

/**
 * One week's own run week (section 9: "this week my long run is on Saturday"): the seven dates of
 * the chosen week, prefilled from the dated kinds or the usual week, written to `runDays`.
 */
export function WeekRunsField() {
  const { control, setValue } = useFormMethods();
  const runDays = useWatch({ control, name: "runDays" }) ?? {};
  const schedule = useWatch({ control, name: "schedule" });
  const id = useId();
  const [week, setWeek] = useState("");
  const [draft, setDraft] = useState<TDayType[] | null>(null);
  const monday = isIsoDate(week) ? mondayOf(week) : null;
  const dates = monday ? WEEKDAYS.map((_, offset) => addDays(monday, offset)) : [];
  const kinds = draft ?? dates.map((date, offset) => runDays[date] ?? schedule[WEEKDAYS[offset]]);
  const weeks = weeksOf(runDays);

  const write = (next: Record<string, TDayType>) => setValue("runDays", next, { shouldDirty: true });
  const save = () => {
    if (!monday) return;
    const next = { ...runDays };
    dates.forEach((date, offset) => {
      next[date] = kinds[offset];
    });
    write(next);
    setDraft(null);
    setWeek("");
  };
  const removeWeek = (start: string) => {
    const end = addDays(start, 6);
    write(Object.fromEntries(Object.entries(runDays).filter(([date]) => date < start || date > end)));
  };

  return (
    <div>
      <p className={hintClass}>A week that is not your usual week (a race trip, a long run moved to Saturday): pick the week, set its days.</p>
      <div className="mt-3 max-w-xs">
        <label htmlFor={`${id}-week`} className={labelClass}>
          A day of that week
        </label>
        <input
          id={`${id}-week`}
          type="date"
          className={`${inputClass} mt-1`}
          value={week}
          onChange={(event) => {
            setWeek(event.target.value);
            setDraft(null);
          }}
        />
      </div>
      {monday ? (
        <fieldset className="mt-3 rounded-xl border border-slate-200 p-3 dark:border-slate-700">
          <legend className="px-1 text-sm font-semibold">Week of {formatDate(monday, "long")}</legend>
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {dates.map((date, offset) => (
              <div key={date}>
                <label htmlFor={`${id}-${date}`} className={labelClass}>
                  {formatDate(date, "weekday")}
                </label>
                <select
                  id={`${id}-${date}`}
                  className={`${inputClass} mt-1`}
                  value={kinds[offset]}
                  onChange={(event) => setDraft(kinds.map((kind, i) => (i === offset ? (event.target.value as TDayType) : kind)))}
                >
                  {DAY_TYPES.map((kind) => (
                    <option key={kind} value={kind}>
                      {DAY_TYPE_LABELS[kind]}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <button type="button" className={`${primaryButtonClass} mt-3`} onClick={save}>
            Use this week
          </button>
        </fieldset>
      ) : null}
      {weeks.length > 0 ? (
        <div className="mt-4">
          <p className="text-sm font-semibold">Weeks with their own run days</p>
          <ul className="mt-1 space-y-1">
            {weeks.map((item) => (
              <li key={item.monday} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                <span>
                  Week of {formatDate(item.monday, "long")} · {item.days} {item.days === 1 ? "day" : "days"}
                </span>
                <button
                  type="button"
                  className={`${secondaryButtonClass} min-h-11 px-3 text-sm`}
                  aria-label={`Back to the usual week: week of ${formatDate(item.monday, "long")}`}
                  onClick={() => removeWeek(item.monday)}
                >
                  Back to the usual week
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
