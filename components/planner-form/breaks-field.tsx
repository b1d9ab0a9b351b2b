"use client";

import { useFieldArray, useFormState } from "react-hook-form";
import { useFormMethods } from "./form-methods";
import { BREAK_REASONS, MAX_BREAKS } from "@/lib/plan-input-values";
import { describedBy, FieldMessage, fieldIds } from "@/components/ui/field-message";
import { hintClass, inputClass, labelClass, secondaryButtonClass } from "@/components/ui/styles";

const REASON_LABELS: Record<(typeof BREAK_REASONS)[number], string> = { illness: "Illness", injury: "Injury", travel: "Travel", other: "Other" };

/** Breaks (section 9): no sessions inside, the dose steps back after a week or more away. */
export function BreaksField() {
  const { control, register } = useFormMethods();
  const { errors } = useFormState({ control });
  const { fields, append, remove } = useFieldArray({ control, name: "breaks" });
  return (
    <div>
      <p className={hintClass}>Illness, injury or travel: no strength on those days, and an easier first week back after 7 days or more.</p>
      {fields.length > 0 ? (
        <ol className="mt-3 space-y-3">
          {fields.map((field, index) => {
            const rowErrors = errors.breaks?.[index];
            const start = fieldIds(`breaks.${index}.start`);
            const end = fieldIds(`breaks.${index}.end`);
            const reason = fieldIds(`breaks.${index}.reason`);
            return (
              <li key={field.id} className="rounded-xl border border-slate-200 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-950/60">
                <fieldset>
                  <legend className="flex w-full items-center justify-between gap-2 text-sm font-semibold">
                    Break {index + 1}
                    <button type="button" className={`${secondaryButtonClass} min-h-11 px-3 text-sm`} onClick={() => remove(index)}>
                      Remove<span className="sr-only"> break {index + 1}</span>
                    </button>
                  </legend>
                  <div className="mt-2 grid gap-3 sm:grid-cols-3">
                    <div>
                      <label htmlFor={start.input} className={labelClass}>
                        First day
                      </label>
                      <input
                        id={start.input}
                        type="date"
                        className={`${inputClass} mt-1`}
                        aria-invalid={rowErrors?.start ? "true" : undefined}
                        aria-describedby={describedBy(start, { error: Boolean(rowErrors?.start) })}
                        {...register(`breaks.${index}.start`)}
                      />
                      <FieldMessage id={start.error} message={rowErrors?.start?.message} />
                    </div>
                    <div>
                      <label htmlFor={end.input} className={labelClass}>
                        Last day
                      </label>
                      <input
                        id={end.input}
                        type="date"
                        className={`${inputClass} mt-1`}
                        aria-invalid={rowErrors?.end ? "true" : undefined}
                        aria-describedby={describedBy(end, { error: Boolean(rowErrors?.end) })}
                        {...register(`breaks.${index}.end`)}
                      />
                      <FieldMessage id={end.error} message={rowErrors?.end?.message} />
                    </div>
                    <div>
                      <label htmlFor={reason.input} className={labelClass}>
                        Reason
                      </label>
                      <select id={reason.input} className={`${inputClass} mt-1`} {...register(`breaks.${index}.reason`)}>
                        {BREAK_REASONS.map((value) => (
                          <option key={value} value={value}>
                            {REASON_LABELS[value]}
                          </option>
                        ))}
                      </select>
                    </div>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
      ) : null}
      <button
        type="button"
        className={`${secondaryButtonClass} mt-3`}
        disabled={fields.length >= MAX_BREAKS}
        onClick={() => append({ start: "", end: "", reason: "illness" }, { shouldFocus: true, focusName: `breaks.${fields.length}.start` })}
      >
        Add a break
      </button>
    </div>
  );
}
