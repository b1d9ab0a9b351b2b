"use client";

import { useEffect, useRef, useState } from "react";
import { useFieldArray, useFormState, useWatch } from "react-hook-form";
import { useFormMethods } from "./form-methods";
import { DISTANCES, MAX_RACE_NAME_LENGTH, MAX_RACES } from "@/lib/plan-input-values";
import { describedBy, FieldMessage, fieldIds } from "@/components/ui/field-message";
import { hintClass, inputClass, labelClass, secondaryButtonClass } from "@/components/ui/styles";
import { newRace } from "./form-values";

const PRIORITY_OPTIONS = [
  { value: "A", label: "A · target" },
  { value: "B", label: "B · tune-up" },
  { value: "C", label: "C · training" },
] as const;

const DISTANCE_OPTION_LABELS: Record<(typeof DISTANCES)[number], string> = {
  "5k": "5K",
  "10k": "10K",
  half: "Half marathon",
  marathon: "Marathon",
  ultra: "Ultra",
  other: "Other",
};

/** The day after `iso`, for the date picker's lower bound (no time zone involved). */
function dayAfter(iso: string): string | undefined {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : new Date(ms + 86_400_000).toISOString().slice(0, 10);
}

/** Race rows (1 to MAX_RACES): date, optional name, distance, priority. */
export function RacesField() {
  const { control, register } = useFormMethods();
  const { errors } = useFormState({ control });
  const { fields, append, remove } = useFieldArray({ control, name: "races" });
  const races = useWatch({ control, name: "races" });
  const startDate = useWatch({ control, name: "startDate" });
  const addButton = useRef<HTMLButtonElement>(null);
  // After a removal, focus moves to "Add a race" once it has re-rendered (it may have been disabled).
  const [focusAdd, setFocusAdd] = useState(0);
  useEffect(() => {
    if (focusAdd > 0) addButton.current?.focus();
  }, [focusAdd]);
  const groupError = errors.races?.message ?? errors.races?.root?.message;
  const groupIds = fieldIds("races");

  return (
    <div aria-describedby={groupError ? groupIds.error : undefined}>
      <ol className="space-y-3">
        {fields.map((field, index) => {
          const raceErrors = errors.races?.[index];
          const date = fieldIds(`races.${index}.date`);
          const name = fieldIds(`races.${index}.name`);
          const distance = fieldIds(`races.${index}.distance`);
          const priority = fieldIds(`races.${index}.priority`);
          // "No A race" belongs to the race list, so it marks every priority picker.
          const priorityError = raceErrors?.priority?.message;
          const priorityInvalid = Boolean(priorityError || groupError);
          return (
            <li key={field.id} className="rounded-xl border border-slate-200 bg-slate-50 p-3 sm:p-4 dark:border-slate-700 dark:bg-slate-950/60">
              <fieldset>
                <legend className="float-left py-2 text-base font-semibold text-slate-900 dark:text-slate-50">
                  Race {index + 1}
                  {races?.[index]?.name?.trim() ? (
                    <span className="font-normal text-slate-600 dark:text-slate-300"> · {races[index].name}</span>
                  ) : null}
                </legend>
                {fields.length > 1 ? (
                  <button
                    type="button"
                    className={`${secondaryButtonClass} float-right`}
                    aria-label={`Remove race ${index + 1}`}
                    onClick={() => {
                      remove(index);
                      setFocusAdd((n) => n + 1);
                    }}
                  >
                    Remove
                  </button>
                ) : null}
                <div className="clear-both grid grid-cols-1 gap-3 pt-2 min-[400px]:grid-cols-2 md:grid-cols-[minmax(0,10rem)_minmax(0,1fr)_minmax(0,10.5rem)_minmax(0,8.5rem)]">
                  <div className="col-span-2 md:col-span-1">
                    <label htmlFor={date.input} className={labelClass}>
                      Race date
                    </label>
                    <input
                      id={date.input}
                      type="date"
                      min={startDate ? dayAfter(startDate) : undefined}
                      className={`${inputClass} mt-1`}
                      aria-invalid={raceErrors?.date ? "true" : undefined}
                      aria-describedby={describedBy(date, { error: Boolean(raceErrors?.date) })}
                      {...register(`races.${index}.date`)}
                    />
                    <FieldMessage id={date.error} message={raceErrors?.date?.message} />
                  </div>
                  <div className="col-span-2 md:col-span-1">
                    <label htmlFor={name.input} className={labelClass}>
                      Name <span className="font-normal text-slate-600 dark:text-slate-300">(optional)</span>
                    </label>
                    <input
                      id={name.input}
                      type="text"
                      autoComplete="off"
                      maxLength={MAX_RACE_NAME_LENGTH + 20}
                      placeholder="e.g. City Half"
                      className={`${inputClass} mt-1`}
                      aria-invalid={raceErrors?.name ? "true" : undefined}
                      aria-describedby={describedBy(name, { error: Boolean(raceErrors?.name) })}
                      {...register(`races.${index}.name`)}
                    />
                    <FieldMessage id={name.error} message={raceErrors?.name?.message} />
                  </div>
                  <div>
                    <label htmlFor={distance.input} className={labelClass}>
                      Distance
                    </label>
                    <select
                      id={distance.input}
                      className={`${inputClass} mt-1`}
                      aria-invalid={raceErrors?.distance ? "true" : undefined}
                      aria-describedby={describedBy(distance, { error: Boolean(raceErrors?.distance) })}
                      {...register(`races.${index}.distance`)}
                    >
                      {DISTANCES.map((value) => (
                        <option key={value} value={value}>
                          {DISTANCE_OPTION_LABELS[value]}
                        </option>
                      ))}
                    </select>
                    <FieldMessage id={distance.error} message={raceErrors?.distance?.message} />
                  </div>
                  <div>
                    <label htmlFor={priority.input} className={labelClass}>
                      Priority
                    </label>
                    <select
                      id={priority.input}
                      className={`${inputClass} mt-1`}
                      aria-invalid={priorityInvalid ? "true" : undefined}
                      aria-describedby={
                        [priorityError ? priority.error : null, groupError ? groupIds.error : null].filter(Boolean).join(" ") ||
                        undefined
                      }
                      {...register(`races.${index}.priority`)}
                    >
                      {PRIORITY_OPTIONS.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                    <FieldMessage id={priority.error} message={priorityError} />
                  </div>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <FieldMessage id={groupIds.error} message={groupError} />
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
        <button
          ref={addButton}
          type="button"
          className={secondaryButtonClass}
          disabled={fields.length >= MAX_RACES}
          onClick={() => append(newRace(races ?? []), { focusName: `races.${fields.length}.date` })}
        >
          <span aria-hidden="true">+</span> Add a race
        </button>
        <p className={hintClass}>
          {fields.length >= MAX_RACES
            ? `That's the maximum of ${MAX_RACES} races in one season.`
            : "A = the race you peak for. B and C races get a short break from lifting around them."}
        </p>
      </div>
    </div>
  );
}
