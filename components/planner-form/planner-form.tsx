"use client";

import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useForm, useWatch, type FieldErrors, type FieldPath } from "react-hook-form";
import type { TWarning } from "@/lib/engine/types";
import { formatDate } from "@/lib/dates";
import type { TPlanInputRaw } from "@/lib/plan-input";
import { isTimeZone, MAX_RACE_NAME_LENGTH, MAX_RACES, todayInTimeZone } from "@/lib/plan-input-values";
import type { TAppliedRunPlan } from "@/components/run-plan-import/run-plan-import";
import { cardClass, hintClass, primaryButtonClass } from "@/components/ui/styles";
import { detectBrowserDefaults } from "./browser-defaults";
import { formFieldForIssue } from "./field-names";
import { FormMethodsProvider } from "./form-methods";
import { defaultFormValues, toPayload, type TFormValues } from "./form-values";
import { loadPlanSchema } from "./load-plan-schema";
import { planFormResolver } from "./plan-form-resolver";
import type { TApiIssue } from "./plan-api";
import { PlannerHostProvider } from "./planner-host-context";
import { PlanPreview } from "./plan-preview";
import { usePlanPreview } from "./use-plan-preview";

export type TSaveOutcome =
  | { ok: true; message: string }
  | { ok: false; message: string; issues?: TApiIssue[] };

export type TPlannerFormProps = {
  /** Prefill (edit page). Without it the form starts from the browser's zone, today and units. */
  initialValues?: TFormValues;
  submitLabel: string;
  pendingLabel: string;
  /** Sends the payload; on success the caller navigates away. */
  onSave: (payload: TPlanInputRaw) => Promise<TSaveOutcome>;
  footnote?: React.ReactNode;
  /**
   * The inputs: `<PlannerSections />`, rendered by the page (a server component) so its element
   * never changes while the form host re-renders.
   */
  fields: React.ReactNode;
};

// Server-rendered HTML cannot know the browser's zone or date, so create mode starts blank
// and fills them in after mount (see the effect below).
const SERVER_DEFAULTS = defaultFormValues({ today: "", timeZone: "", units: "kg" });

/** Warnings about the running week, repeated under the schedule where the fix is made. */
const WEEK_WARNINGS = new Set(["few-legal-days", "no-legal-days"]);
const NO_WARNINGS: readonly TWarning[] = [];

const INVALID_SELECTOR = '[aria-invalid="true"], [data-invalid="true"] input:checked, [data-invalid="true"] input';

function countErrors(errors: FieldErrors): number {
  let count = 0;
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === "ref") continue;
    if (typeof (value as { message?: unknown }).message === "string") count += 1;
    else if (typeof value === "object") count += countErrors(value as FieldErrors);
  }
  return count;
}

/** The planner: every input of DOMAIN.md section 1, validated by ZPlanInput, with a live preview. */
export function PlannerForm(props: TPlannerFormProps) {
  const methods = useForm<TFormValues, unknown, TPlanInputRaw>({
    defaultValues: props.initialValues ?? SERVER_DEFAULTS,
    resolver: planFormResolver,
    mode: "onSubmit",
    reValidateMode: "onChange",
    // Focus is moved by the effect below, in document order, which also covers "no A race"
    // (an error on the race list, not on one input) and errors that come back from the server.
    shouldFocusError: false,
  });
  const { handleSubmit, control, reset, setError, formState } = methods;
  const { errors, isSubmitting } = formState;
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const focusHandled = useRef(0);
  const [done, setDone] = useState<string | null>(null);
  const hasInitialValues = Boolean(props.initialValues);

  useEffect(() => {
    if (hasInitialValues) return;
    // A transition, so re-rendering the form with the browser's zone and date yields to the main
    // thread (a blocking render here was the page's longest task after hydration).
    startTransition(() => reset(defaultFormValues(detectBrowserDefaults(new Date()))));
  }, [hasInitialValues, reset]);

  useEffect(() => {
    if (focusRequest === focusHandled.current) return;
    const target = formRef.current?.querySelector<HTMLElement>(INVALID_SELECTOR);
    if (target) {
      target.focus();
      focusHandled.current = focusRequest;
    } else if (Object.keys(errors).length > 0) {
      focusHandled.current = focusRequest;
    }
  }, [focusRequest, errors]);

  const values = useWatch({ control }) as TFormValues;
  // DOMAIN.md section 1: the default start is today in the runner's zone. When the runner picks
  // another zone, an untouched start date follows it (a typed one is left alone).
  const { getFieldState, setValue } = methods;
  const zone = values.timeZone;
  const startDate = values.startDate;
  useEffect(() => {
    if (hasInitialValues || !zone || !isTimeZone(zone) || getFieldState("startDate").isDirty) return;
    const today = todayInTimeZone(new Date(), zone);
    if (today !== startDate) setValue("startDate", today);
  }, [hasInitialValues, zone, startDate, getFieldState, setValue]);
  // An import fills runDays for its range (section 10); dates set by hand outside it stay. Only the
  // season's dates are kept (the schema refuses run days before the start or after the last race).
  const [runPlanNote, setRunPlanNote] = useState<string | null>(null);
  const applyRunPlan = useCallback((applied: TAppliedRunPlan) => {
    const races = methods.getValues("races");
    const known = new Set(races.map((race) => race.date));
    const added = applied.races
      .filter((race) => !known.has(race.date))
      .map((race) => ({ date: race.date, name: race.name.slice(0, MAX_RACE_NAME_LENGTH), distance: race.distance ?? "other", priority: "C" as const }));
    const nextRaces = [...races, ...added].slice(0, MAX_RACES);
    if (added.length > 0) setValue("races", nextRaces, { shouldDirty: true });
    const zoneNow = methods.getValues("timeZone");
    const first = methods.getValues("startDate") || todayInTimeZone(new Date(), isTimeZone(zoneNow) ? zoneNow : "UTC");
    const last = nextRaces.reduce((latest, race) => (race.date > latest ? race.date : latest), "");
    const dates = Object.keys(applied.runDays);
    const kept = Object.fromEntries(Object.entries(applied.runDays).filter(([date]) => date >= first && (!last || date <= last)));
    setValue("runDays", { ...(methods.getValues("runDays") ?? {}), ...kept }, { shouldDirty: true });
    if (applied.source) setValue("runPlanSource", { url: applied.source.url }, { shouldDirty: true });
    const keptCount = Object.keys(kept).length;
    setRunPlanNote(
      keptCount === dates.length
        ? null
        : `${keptCount} of the ${dates.length} imported days are in your season (${formatDate(first, "long")}${last ? ` to ${formatDate(last, "long")}` : ""}); the others are left out.`,
    );
  }, [methods, setValue]);
  const payload = useMemo(() => toPayload(values), [values]);
  const preview = usePlanPreview(payload);
  const readyPlan = preview.status === "ready" ? preview.plan : null;
  // Same array while the previewed plan is the same, so the memoised fields skip re-rendering.
  const weekWarnings = useMemo(() => (readyPlan ? readyPlan.warnings.filter((w) => WEEK_WARNINGS.has(w.code)) : NO_WARNINGS), [readyPlan]);

  const host = useMemo(() => ({ weekWarnings, onApplyRunPlan: applyRunPlan, runPlanNote }), [weekWarnings, applyRunPlan, runPlanNote]);

  const onValid = async (valid: TPlanInputRaw) => {
    const outcome = await props.onSave(valid);
    if (outcome.ok) {
      setDone(outcome.message);
      return;
    }
    const raceCount = valid.races.length;
    const unplaced: string[] = [];
    for (const issue of outcome.issues ?? []) {
      const field = formFieldForIssue(issue.path, raceCount);
      if (field) setError(field as FieldPath<TFormValues>, { type: "server", message: issue.message });
      else unplaced.push(issue.message);
    }
    setError("root.server", { type: "server", message: [outcome.message, ...unplaced].join(" ") });
    setFocusRequest((n) => n + 1);
  };

  const busy = isSubmitting || done !== null;
  const errorCount = countErrors(errors);
  const serverMessage = errors.root?.server?.message;


  return (
    <FormMethodsProvider value={methods}>
      <PlannerHostProvider value={host}>
      <form
        ref={formRef}
        noValidate
        aria-label="Plan your strength season"
        onSubmit={handleSubmit(onValid, () => setFocusRequest((n) => n + 1))}
        // The schema stays out of the first load (the blank form needs none); the first focus
        // fetches it, so it is there by the time a race date is typed. A failure retries later.
        onFocus={() => void loadPlanSchema().catch(() => undefined)}
        className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)] lg:items-start"
      >
        {props.fields}

        <aside
          aria-label="Live preview"
          className={`${cardClass} min-w-0 lg:sticky lg:top-6 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:max-h-[calc(100vh-3rem)] lg:overflow-y-auto`}
          tabIndex={0}
        >
          <PlanPreview state={preview} />
        </aside>

        <div className="min-w-0 space-y-3 lg:col-start-1">
          {serverMessage ? (
            <p role="alert" className="rounded-xl border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
              {serverMessage}
            </p>
          ) : null}
          {errorCount > 0 && !serverMessage ? (
            <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">
              {errorCount === 1 ? "One thing to fix above." : `${errorCount} things to fix above.`}
            </p>
          ) : null}
          {done ? (
            <p role="status" className="rounded-xl border border-emerald-300 bg-emerald-50 p-3 text-sm font-medium text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100">
              {done}
            </p>
          ) : null}
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
            <button type="submit" className={`${primaryButtonClass} w-full sm:w-auto`} disabled={busy} aria-disabled={busy}>
              {busy ? (
                <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" />
              ) : null}
              {busy ? props.pendingLabel : props.submitLabel}
            </button>
            {props.footnote ? <p className={hintClass}>{props.footnote}</p> : null}
          </div>
        </div>
      </form>
      </PlannerHostProvider>
    </FormMethodsProvider>
  );
}
