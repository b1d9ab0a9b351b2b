"use client";

import { useRef, useState } from "react";
import { queueLog } from "@/lib/offline/log-outbox";
import type { TSessionLogInputRaw } from "@/lib/session-log-input";
import { RIR_HINT } from "@/lib/plan-text/logged-text";
import { inputClass } from "@/components/ui/styles";
import { describeActionFailure } from "./session-api";
import { actionButtonClass, compactInputClass, strongActionButtonClass } from "./styles";
import type { TSessionActionData } from "./types";

export type TLogFormProps = {
  data: Pick<TSessionActionData, "planId" | "sessionId" | "name" | "form">;
  token: string;
  onSaved: (text: string) => void;
  onQueued: (text: string) => void;
  onCancel: () => void;
};

type TErrors = Record<string, string>;

const numberOrUndefined = (value: FormDataEntryValue | null) => {
  const text = typeof value === "string" ? value.trim().replace(",", ".") : "";
  return text === "" ? undefined : Number(text);
};

/** The form's boxes as the log body (the field names are the body's paths). */
function readBody(form: HTMLFormElement, data: TLogFormProps["data"]): TSessionLogInputRaw {
  const values = new FormData(form);
  const note = String(values.get("note") ?? "").trim();
  return {
    status: "done",
    exercises: data.form.exercises.map((exercise, i) => {
      const rir = numberOrUndefined(values.get(`exercises.${i}.rir`));
      return {
        exerciseId: exercise.exerciseId,
        sets: exercise.sets.map((_, s) => {
          const count = numberOrUndefined(values.get(`exercises.${i}.sets.${s}.${exercise.measure}`));
          const load = exercise.loadable ? numberOrUndefined(values.get(`exercises.${i}.sets.${s}.load`)) : undefined;
          return { ...(count !== undefined ? { [exercise.measure]: count } : {}), ...(load !== undefined ? { load } : {}) };
        }),
        ...(rir !== undefined ? { rir } : {}),
      };
    }),
    ...(note ? { note } : {}),
  };
}

/** An issue's path names a field; a set's own issue ("give its reps") lands on its count box. */
function fieldOf(path: string, data: TLogFormProps["data"]): string {
  const set = /^exercises\.(\d+)\.sets\.(\d+)$/.exec(path);
  if (set) return `${path}.${data.form.exercises[Number(set[1])]?.measure ?? "reps"}`;
  return path;
}

function toErrors(issues: readonly { path: string; message: string }[], data: TLogFormProps["data"]): TErrors {
  const errors: TErrors = {};
  for (const issue of issues) errors[fieldOf(issue.path, data)] ??= issue.message;
  return errors;
}

function errorId(name: string): string {
  return `log-error-${name.replace(/\W+/g, "-")}`;
}

function Field(props: { name: string; label: string; context: string; defaultValue: string; error?: string; inputMode: "numeric" | "decimal"; step: string; idPrefix: string }) {
  const id = `${props.idPrefix}-${props.name.replace(/\W+/g, "-")}`;
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-xs font-medium">
        <span className="sr-only">{props.context}: </span>
        {props.label}
      </label>
      <input
        id={id}
        name={props.name}
        type="number"
        min={0}
        step={props.step}
        inputMode={props.inputMode}
        defaultValue={props.defaultValue}
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={props.error ? `${props.idPrefix}-${errorId(props.name)}` : undefined}
        className={`${compactInputClass} mt-0.5 w-24`}
      />
      {props.error ? (
        <p id={`${props.idPrefix}-${errorId(props.name)}`} className="mt-0.5 text-xs font-medium text-red-700 dark:text-red-300">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Log a session in detail: a box per set prefilled with the prescription (reps or seconds, and the
 * target load in the plan's units), reps in reserve on the last set, a note. Checked with the one
 * log schema (loaded here, on first use), then sent through the log outbox; the server's field
 * issues land on their boxes too.
 */
export default function LogForm({ data, token, onSaved, onQueued, onCancel }: TLogFormProps) {
  const [errors, setErrors] = useState<TErrors>({});
  const [summary, setSummary] = useState("");
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const idPrefix = `log-${data.sessionId}`;
  const { unit } = data.form;

  function showErrors(next: TErrors, text: string) {
    setErrors(next);
    setSummary(next[""] ?? text);
    const first = Object.keys(next)[0];
    if (first) requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus());
  }

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = readBody(event.currentTarget, data);
    setBusy(true);
    const [{ ZSessionLogInput }, { issuesFromZodError }] = await Promise.all([import("@/lib/session-log-input"), import("@/lib/validation-issues")]);
    const parsed = ZSessionLogInput.safeParse(body);
    if (!parsed.success) {
      setBusy(false);
      const issues = issuesFromZodError(parsed.error);
      showErrors(toErrors(issues, data), `${issues.length === 1 ? "One box needs" : `${issues.length} boxes need`} a fix.`);
      return;
    }
    const result = await queueLog({ planId: data.planId, sessionId: data.sessionId, body, token });
    setBusy(false);
    if (result.status === "sent") onSaved("Log saved. The next sessions follow what you did.");
    else if (result.status === "queued") onQueued("Log saved on this device: it will be sent when you are back online.");
    else if (result.error.issues && result.error.issues.length > 0 && result.error.code === "validation_failed") {
      showErrors(toErrors(result.error.issues, data), result.error.message);
    } else showErrors({}, describeActionFailure(result.error));
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="space-y-4 rounded-lg border border-slate-300 p-3 dark:border-slate-600" aria-label={`Log ${data.name}`}>
      <p className="text-sm">Change any box to what you really did. Loads are in {unit}; leave a load empty if you used none.</p>
      {data.form.exercises.map((exercise, i) => (
        <fieldset key={exercise.exerciseId} className="space-y-2">
          <legend className="text-sm font-semibold">
            {exercise.name} <span className="font-normal text-slate-700 dark:text-slate-300">({exercise.dose})</span>
          </legend>
          {exercise.sets.map((set, s) => (
            <div key={s} className="flex flex-wrap items-end gap-3">
              <span className="w-12 pb-3 text-sm font-medium" aria-hidden="true">
                Set {s + 1}
              </span>
              <Field
                idPrefix={idPrefix}
                name={`exercises.${i}.sets.${s}.${exercise.measure}`}
                label={exercise.measure === "seconds" ? "Seconds" : "Reps"}
                context={`${exercise.name}, set ${s + 1}`}
                defaultValue={String(set.count)}
                inputMode="numeric"
                step="1"
                error={errors[`exercises.${i}.sets.${s}.${exercise.measure}`]}
              />
              {exercise.loadable ? (
                <Field
                  idPrefix={idPrefix}
                  name={`exercises.${i}.sets.${s}.load`}
                  label={`Load (${unit})`}
                  context={`${exercise.name}, set ${s + 1}`}
                  defaultValue={set.load}
                  inputMode="decimal"
                  step="0.5"
                  error={errors[`exercises.${i}.sets.${s}.load`]}
                />
              ) : null}
            </div>
          ))}
          <div>
            <label htmlFor={`${idPrefix}-rir-${i}`} className="block text-xs font-medium">
              <span className="sr-only">{exercise.name}: </span>
              Reps in reserve after the last set
            </label>
            <select
              id={`${idPrefix}-rir-${i}`}
              name={`exercises.${i}.rir`}
              defaultValue={exercise.rir}
              aria-describedby={`${idPrefix}-rir-hint`}
              aria-invalid={errors[`exercises.${i}.rir`] ? "true" : undefined}
              className={`${compactInputClass} mt-0.5 w-40`}
            >
              <option value="">Not sure</option>
              {[0, 1, 2, 3, 4, 5].map((value) => (
                <option key={value} value={value}>
                  {value === 5 ? "5 or more" : value}
                </option>
              ))}
            </select>
            {errors[`exercises.${i}.rir`] ? <p className="mt-0.5 text-xs font-medium text-red-700 dark:text-red-300">{errors[`exercises.${i}.rir`]}</p> : null}
          </div>
        </fieldset>
      ))}
      <p id={`${idPrefix}-rir-hint`} className="text-xs text-slate-700 dark:text-slate-300">
        {RIR_HINT}
      </p>
      <div>
        <label htmlFor={`${idPrefix}-note`} className="block text-sm font-medium">
          Note (optional)
        </label>
        <textarea id={`${idPrefix}-note`} name="note" maxLength={500} rows={2} defaultValue={data.form.note} className={`${inputClass} mt-0.5`} aria-invalid={errors.note ? "true" : undefined} />
        {errors.note ? <p className="mt-0.5 text-xs font-medium text-red-700 dark:text-red-300">{errors.note}</p> : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={strongActionButtonClass} disabled={busy}>
          {busy ? "Saving…" : "Save log"}
        </button>
        <button type="button" className={actionButtonClass} onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p role="status" className="text-sm font-medium text-red-700 dark:text-red-300">
        {summary}
      </p>
    </form>
  );
}
