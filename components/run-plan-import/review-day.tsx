import { useId } from "react";
import { DAY_TYPES, type TDayType } from "@/lib/plan-input-values";
import { formatDate } from "@/lib/dates";
import { inputClass, labelClass } from "@/components/ui/styles";
import type { TRunPlanDay } from "@/lib/run-plan/types";

const KIND_LABELS: Record<TDayType, string> = { rest: "Rest", easy: "Easy", hard: "Hard", long: "Long", cross: "Cross" };

/** One date of the import: its kind, editable, with the feed's events that gave it. */
export function ReviewDay(props: { day: TRunPlanDay; kind: TDayType; onChange: (kind: TDayType) => void }) {
  const id = useId();
  const low = props.day.confidence === "low";
  const events = props.day.events.length > 0 ? props.day.events.map((event) => event.summary).join(" · ") : "No run";
  return (
    <li
      className={
        "rounded-xl border p-3 " +
        (low
          ? "border-2 border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950"
          : "border-slate-200 dark:border-slate-700")
      }
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <label htmlFor={`${id}-kind`} className={`min-w-0 flex-1 basis-40 ${labelClass}`}>
          {formatDate(props.day.date, "weekdayLong")}
        </label>
        <select
          id={`${id}-kind`}
          value={props.kind}
          onChange={(event) => props.onChange(event.target.value as TDayType)}
          aria-describedby={`${id}-events${low ? ` ${id}-check` : ""}`}
          className={`w-32 ${inputClass}`}
        >
          {DAY_TYPES.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <p id={`${id}-events`} className="mt-1 break-words text-sm text-slate-600 dark:text-slate-300">
        {events}
      </p>
      {low ? (
        <p id={`${id}-check`} className="mt-1 text-sm font-semibold text-amber-900 dark:text-amber-100">
          Check this day
        </p>
      ) : null}
    </li>
  );
}
