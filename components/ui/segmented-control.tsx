import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, FieldMessage, fieldIds } from "./field-message";

export type TSegmentOption = {
  value: string;
  label: string;
  /** Shown under the label in the "tiles" layout. */
  description?: string;
  /** Tailwind classes for the checked state (defaults to the brand colour). */
  checkedClass?: string;
};

const DEFAULT_CHECKED =
  "peer-checked:border-emerald-700 peer-checked:bg-emerald-700 peer-checked:text-white dark:peer-checked:border-emerald-400 dark:peer-checked:bg-emerald-400 dark:peer-checked:text-slate-950";

const SEGMENT_BASE =
  "flex h-full cursor-pointer select-none items-center justify-center rounded-lg border border-slate-300 bg-white px-0.5 text-[0.8125rem] font-semibold text-slate-700 sm:px-2 sm:text-sm " +
  "peer-hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-200 dark:peer-hover:bg-slate-800 " +
  "peer-focus-visible:ring-2 peer-focus-visible:ring-emerald-600 peer-focus-visible:ring-offset-2 peer-focus-visible:ring-offset-white " +
  "dark:peer-focus-visible:ring-emerald-400 dark:peer-focus-visible:ring-offset-slate-900";

const TILE_BASE =
  "block h-full cursor-pointer rounded-xl border border-slate-300 bg-white p-3 text-left text-slate-800 peer-hover:bg-slate-50 " +
  "peer-checked:border-emerald-700 peer-checked:bg-emerald-50 peer-checked:ring-1 peer-checked:ring-emerald-700 " +
  "dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100 dark:peer-hover:bg-slate-800 " +
  "dark:peer-checked:border-emerald-400 dark:peer-checked:bg-emerald-950 dark:peer-checked:ring-emerald-400 " +
  "peer-focus-visible:ring-2 peer-focus-visible:ring-emerald-600 peer-focus-visible:ring-offset-2 peer-focus-visible:ring-offset-white " +
  "dark:peer-focus-visible:ring-emerald-400 dark:peer-focus-visible:ring-offset-slate-900";

/**
 * A radio group that looks like a segmented control: native radios (arrow keys, form reset and
 * screen readers just work) inside a fieldset whose legend names the group.
 */
export function SegmentedControl(props: {
  name: string;
  legend: React.ReactNode;
  options: readonly TSegmentOption[];
  registration: UseFormRegisterReturn;
  hint?: string;
  error?: string;
  layout?: "segments" | "tiles";
  legendClassName?: string;
  className?: string;
  /** Segments sit beside a floated legend instead of under it. */
  compact?: boolean;
}) {
  const ids = fieldIds(props.name);
  const layout = props.layout ?? "segments";
  return (
    <fieldset
      className={props.className}
      aria-describedby={describedBy(ids, { hint: Boolean(props.hint), error: Boolean(props.error) })}
      data-invalid={props.error ? "true" : undefined}
    >
      <legend className={props.legendClassName ?? "text-sm font-semibold text-slate-800 dark:text-slate-100"}>{props.legend}</legend>
      {props.hint ? (
        <p id={ids.hint} className="mt-1 text-sm text-slate-600 dark:text-slate-300">
          {props.hint}
        </p>
      ) : null}
      <div
        className={
          layout === "tiles"
            ? "mt-2 grid gap-2 sm:grid-cols-2"
            : props.compact
              ? "grid auto-cols-fr grid-flow-col gap-0.5 sm:gap-1"
              : "mt-2 grid auto-cols-fr grid-flow-col gap-1.5"
        }
      >
        {props.options.map((option) => (
          <label key={option.value} className={layout === "tiles" ? "relative block" : "relative block min-h-11"}>
            {/* The real radio covers the whole segment, invisibly: the segment is its click target. */}
            <input
              type="radio"
              value={option.value}
              className="peer absolute inset-0 z-10 m-0 h-full w-full cursor-pointer appearance-none opacity-0"
              {...props.registration}
            />
            <span className={`${layout === "tiles" ? TILE_BASE : SEGMENT_BASE} ${option.checkedClass ?? (layout === "tiles" ? "" : DEFAULT_CHECKED)}`}>
              {layout === "tiles" ? (
                <>
                  <span className="block font-semibold">{option.label}</span>
                  {option.description ? (
                    <span className="mt-0.5 block text-sm text-slate-600 dark:text-slate-300">{option.description}</span>
                  ) : null}
                </>
              ) : (
                option.label
              )}
            </span>
          </label>
        ))}
      </div>
      <FieldMessage id={ids.error} message={props.error} />
    </fieldset>
  );
}
