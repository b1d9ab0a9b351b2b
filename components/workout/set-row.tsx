import { focusRing } from "@/components/ui/styles";
import type { TWorkoutExercise } from "./workout-model";
import type { TSetDraft } from "./workout-state";

const boxClass =
  "block h-14 w-full min-w-0 rounded-xl border border-slate-400 bg-white px-2 text-center text-2xl font-semibold tabular-nums text-slate-900 " +
  "dark:border-slate-500 dark:bg-slate-950 dark:text-slate-50 dark:[color-scheme:dark] " +
  focusRing;

const smallLabel = "mb-1 block text-sm font-medium text-slate-700 dark:text-slate-300";

export type TSetRowProps = {
  exercise: TWorkoutExercise;
  exerciseIndex: number;
  setIndex: number;
  draft: TSetDraft;
  /** This set's hold is counting down now. */
  holding: boolean;
  onEdit: (field: "amount" | "load", value: string) => void;
  onToggle: () => void;
  onStartHold: () => void;
};

/** One set: its boxes prefilled with the prescription, and the tick that starts the rest. */
export function SetRow({ exercise, exerciseIndex, setIndex, draft, holding, onEdit, onToggle, onStartHold }: TSetRowProps) {
  const id = `set-${exerciseIndex}-${setIndex}`;
  const setName = `Set ${setIndex + 1}`;
  const isHold = exercise.seconds !== undefined;
  const amountLabel = isHold ? "Seconds" : exercise.metres ? "Metres" : "Reps";
  return (
    <li
      className={`rounded-2xl border p-3 ${draft.done ? "border-emerald-700 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950" : "border-slate-300 dark:border-slate-700"}`}
      data-set={setIndex}
    >
      <p className="mb-2 text-base font-bold">{setName}</p>
      <div className="flex flex-wrap items-end gap-2">
        <div className="w-20">
          <label htmlFor={`${id}-amount`} className={smallLabel}>
            <span className="sr-only">{setName} </span>
            {amountLabel}
          </label>
          <input
            id={`${id}-amount`}
            className={boxClass}
            inputMode="numeric"
            pattern="[0-9]*"
            autoComplete="off"
            value={draft.amount}
            onChange={(event) => onEdit("amount", event.target.value)}
          />
        </div>
        {exercise.loadUnit ? (
          <div className="w-20">
            <label htmlFor={`${id}-load`} className={smallLabel}>
              <span className="sr-only">{setName} load in </span>
              {exercise.loadUnit}
            </label>
            <input
              id={`${id}-load`}
              className={boxClass}
              inputMode="decimal"
              autoComplete="off"
              value={draft.load}
              onChange={(event) => onEdit("load", event.target.value)}
            />
          </div>
        ) : null}
        {isHold && !draft.done ? (
          <button
            type="button"
            onClick={onStartHold}
            disabled={holding}
            className={`h-14 min-w-14 flex-1 rounded-xl border border-slate-400 px-2 text-base font-semibold hover:bg-slate-100 disabled:opacity-60 dark:border-slate-500 dark:hover:bg-slate-800 ${focusRing}`}
          >
            {holding ? "Holding" : "Start hold"}
            <span className="sr-only"> for {setName.toLowerCase()}</span>
          </button>
        ) : null}
        <label
          htmlFor={`${id}-done`}
          className={`ml-auto flex h-14 min-w-20 cursor-pointer items-center justify-center gap-2 rounded-xl border-2 px-3 text-base font-bold has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-emerald-600 has-[:focus-visible]:ring-offset-2 dark:has-[:focus-visible]:ring-emerald-400 ${
            draft.done
              ? "border-emerald-700 bg-emerald-700 text-white dark:border-emerald-400 dark:bg-emerald-400 dark:text-slate-950"
              : "border-slate-500 bg-white text-slate-900 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-50"
          }`}
        >
          {/* aria-label, not a visually hidden span: Chromium puts a space before an absolutely placed
              span, which would name the box "Done : set 1". */}
          <input
            id={`${id}-done`}
            type="checkbox"
            aria-label={`Done: ${setName.toLowerCase()}`}
            className="size-6 accent-emerald-700"
            checked={draft.done}
            onChange={onToggle}
          />
          <span aria-hidden="true">Done</span>
        </label>
      </div>
    </li>
  );
}
