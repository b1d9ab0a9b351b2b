"use client";

import { useFormState } from "react-hook-form";
import { useFormMethods } from "./form-methods";
import { DAY_TYPES, WEEKDAYS, type TDayType, type TWeekday } from "@/lib/plan-input-values";
import { SegmentedControl, type TSegmentOption } from "@/components/ui/segmented-control";
import type { TWarning } from "@/lib/engine/types";

const DAY_NAMES: Record<TWeekday, [short: string, long: string]> = {
  mon: ["Mon", "Monday"],
  tue: ["Tue", "Tuesday"],
  wed: ["Wed", "Wednesday"],
  thu: ["Thu", "Thursday"],
  fri: ["Fri", "Friday"],
  sat: ["Sat", "Saturday"],
  sun: ["Sun", "Sunday"],
};

// White text on each -700 shade passes WCAG AA (4.5:1) in both colour schemes.
const TYPE_OPTIONS: Record<TDayType, TSegmentOption> = {
  rest: { value: "rest", label: "Rest", checkedClass: "peer-checked:border-slate-600 peer-checked:bg-slate-600 peer-checked:text-white" },
  easy: { value: "easy", label: "Easy", checkedClass: "peer-checked:border-emerald-700 peer-checked:bg-emerald-700 peer-checked:text-white" },
  hard: { value: "hard", label: "Hard", checkedClass: "peer-checked:border-rose-700 peer-checked:bg-rose-700 peer-checked:text-white" },
  long: { value: "long", label: "Long", checkedClass: "peer-checked:border-violet-700 peer-checked:bg-violet-700 peer-checked:text-white" },
  cross: { value: "cross", label: "Cross", checkedClass: "peer-checked:border-sky-700 peer-checked:bg-sky-700 peer-checked:text-white" },
};

const OPTIONS = DAY_TYPES.map((type) => TYPE_OPTIONS[type]);

/** Seven radio groups, one per weekday: what running that day holds. */
export function ScheduleField({ warnings = [] }: { warnings?: readonly TWarning[] }) {
  const { register, control } = useFormMethods();
  const { errors } = useFormState({ control, name: "schedule" });
  return (
    <div>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        <strong className="font-semibold text-slate-800 dark:text-slate-100">Hard</strong> = intervals, tempo or hills ·{" "}
        <strong className="font-semibold text-slate-800 dark:text-slate-100">Long</strong> = your long run ·{" "}
        <strong className="font-semibold text-slate-800 dark:text-slate-100">Cross</strong> = easy cross-training
      </p>
      <div className="mt-3 space-y-2">
        {WEEKDAYS.map((day) => (
          <SegmentedControl
            key={day}
            name={`schedule.${day}`}
            className="relative"
            legendClassName="float-left flex min-h-11 w-10 items-center text-sm font-semibold text-slate-800 sm:w-24 dark:text-slate-100"
            legend={
              <>
                <span aria-hidden="true" className="sm:hidden">
                  {DAY_NAMES[day][0]}
                </span>
                <span className="max-sm:sr-only">{DAY_NAMES[day][1]}</span>
              </>
            }
            options={OPTIONS}
            registration={register(`schedule.${day}`)}
            error={errors.schedule?.[day]?.message}
            compact
          />
        ))}
      </div>
      {warnings.map((warning) => (
        // The preview's live region announces these; here they sit next to the days they are about.
        <p
          key={warning.code}
          className="mt-3 flex gap-2 rounded-xl border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0 fill-current">
            <path d="M10 1.8 19 17.5H1L10 1.8Zm-.9 5.4v5h1.8v-5H9.1Zm0 6.4v1.8h1.8v-1.8H9.1Z" />
          </svg>
          <span>{warning.message}</span>
        </p>
      ))}
    </div>
  );
}
