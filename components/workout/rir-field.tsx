import { focusRing } from "@/components/ui/styles";

const VALUES = [0, 1, 2, 3, 4, 5] as const;

/**
 * Reps in reserve on the last set (0-5, DOMAIN.md section 11): asked once the last set is ticked,
 * when the runner can still feel it. Native radios, so arrow keys and screen readers just work.
 */
export function RirField({ exerciseIndex, value, onChange }: { exerciseIndex: number; value: number | null; onChange: (value: number | null) => void }) {
  const name = `rir-${exerciseIndex}`;
  return (
    <fieldset className="rounded-2xl border border-slate-300 p-3 dark:border-slate-700" aria-describedby={`${name}-hint`}>
      <legend className="px-1 text-base font-bold">Reps in reserve on the last set</legend>
      <p id={`${name}-hint`} className="mb-2 text-sm text-slate-700 dark:text-slate-300">
        How many more good reps could you have done? 0 means none.
      </p>
      <div className="grid grid-cols-6 gap-1.5">
        {VALUES.map((option) => (
          <label key={option} className="relative block min-h-12">
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              className="peer absolute inset-0 z-10 m-0 h-full w-full cursor-pointer appearance-none opacity-0"
            />
            <span
              className={`flex h-full min-h-12 items-center justify-center rounded-xl border border-slate-400 text-xl font-bold tabular-nums peer-checked:border-emerald-700 peer-checked:bg-emerald-700 peer-checked:text-white dark:border-slate-500 dark:peer-checked:border-emerald-400 dark:peer-checked:bg-emerald-400 dark:peer-checked:text-slate-950 peer-focus-visible:ring-2 peer-focus-visible:ring-emerald-600 peer-focus-visible:ring-offset-2 dark:peer-focus-visible:ring-emerald-400 ${focusRing}`}
            >
              {option}
            </span>
          </label>
        ))}
      </div>
      {value !== null ? (
        <button type="button" onClick={() => onChange(null)} className={`mt-2 min-h-11 rounded-lg px-2 text-sm font-medium underline underline-offset-4 ${focusRing}`}>
          Clear
        </button>
      ) : null}
    </fieldset>
  );
}
