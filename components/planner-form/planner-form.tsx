"use client";

import { useEffect, useId, useMemo, useRef, useState } from "react";
import { isTimeZone, MAX_RACE_NAME_LENGTH, MAX_RACES, todayInTimeZone } from "@/lib/plan-input-values";
import { formatDate } from "@/lib/dates";
import { RunPlanImport, type TAppliedRunPlan } from "@/components/run-plan-import/run-plan-import";
import { BreaksField } from "./breaks-field";
import { WeekRunsField } from "./week-runs-field";
import { FormProvider, useForm, useWatch, type FieldErrors, type FieldPath } from "react-hook-form";
import type { TPlanInputRaw } from "@/lib/plan-input";
import { MAX_REMINDER_MINUTES } from "@/lib/plan-input-values";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { TextField } from "@/components/ui/text-field";
import { cardClass, hintClass, primaryButtonClass } from "@/components/ui/styles";
import { detectBrowserDefaults, listTimeZones } from "./browser-defaults";
import { EquipmentField } from "./equipment-field";
import { formFieldForIssue } from "./field-names";
import { defaultFormValues, toPayload, type TFormValues } from "./form-values";
import { planFormResolver } from "./plan-form-resolver";
import type { TApiIssue } from "./plan-api";
import { PlanPreview } from "./plan-preview";
import { RacesField } from "./races-field";
import { ScheduleField } from "./schedule-field";
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
};

// Server-rendered HTML cannot know the browser's zone or date, so create mode starts blank
// and fills them in after mount (see the effect below).
const SERVER_DEFAULTS = defaultFormValues({ today: "", timeZone: "", units: "kg" });

/** Warnings about the running week, repeated under the schedule where the fix is made. */
const WEEK_WARNINGS = new Set(["few-legal-days", "no-legal-days"]);

const INVALID_SELECTOR = '[aria-invalid="true"], [data-invalid="true"] input:checked, [data-invalid="true"] input';

function Section(props: { title: string; description?: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={cardClass}>
      <h2 id={id} className="text-lg font-bold text-slate-900 dark:text-slate-50">
        {props.title}
      </h2>
      {props.description ? <p className={`${hintClass} mt-1`}>{props.description}</p> : null}
      <div className="mt-4">{props.children}</div>
    </section>
  );
}

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
  const { register, handleSubmit, control, reset, setError, formState } = methods;
  const { errors, isSubmitting } = formState;
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const focusHandled = useRef(0);
  const [done, setDone] = useState<string | null>(null);
  const hasInitialValues = Boolean(props.initialValues);

  useEffect(() => {
    if (hasInitialValues) return;
    reset(defaultFormValues(detectBrowserDefaults(new Date())));
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
  const applyRunPlan = (applied: TAppliedRunPlan) => {
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
  };
  const payload = useMemo(() => toPayload(values), [values]);
  const preview = usePlanPreview(payload);
  // ~430 zone names would double the page's HTML and hydration work; list them once the field is used.
  const [zonesWanted, setZonesWanted] = useState(false);
  const timeZones = useMemo(() => (zonesWanted ? listTimeZones() : []), [zonesWanted]);
  const weekWarnings = preview.status === "ready" ? preview.plan.warnings.filter((w) => WEEK_WARNINGS.has(w.code)) : [];

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
  const sessionTime = values.sessionTime;


  return (
    <FormProvider {...methods}>
      <form
        ref={formRef}
        noValidate
        aria-label="Plan your strength season"
        onSubmit={handleSubmit(onValid, () => setFocusRequest((n) => n + 1))}
        className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)] lg:items-start"
      >
        <div className="min-w-0 space-y-6 lg:col-start-1">
          <Section title="Your season" description="When you start lifting, and the races you are training for.">
            <TextField
              className="max-w-xs"
              label="Start date"
              hint="Your first possible strength week. Defaults to today."
              type="date"
              error={errors.startDate?.message}
              registration={register("startDate")}
            />
            <div className="mt-5">
              <RacesField />
            </div>
          </Section>

          <Section
            title="Your running week"
            description="Strength goes on easy, cross or rest days, never on or right before a hard session or your long run."
          >
            <ScheduleField warnings={weekWarnings} />
          </Section>

          <Section
            title="Weeks that differ"
            description="Your real weeks are not all the same: set a week's own run days, or mark days away. The preview follows."
          >
            <div className="space-y-6">
              <div>
                <RunPlanImport timeZone={isTimeZone(values.timeZone ?? "") ? values.timeZone : "UTC"} onApply={applyRunPlan} />
                {runPlanNote ? <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{runPlanNote}</p> : null}
              </div>
              <WeekRunsField />
              <div>
                <h3 className="text-base font-semibold text-slate-900 dark:text-slate-50">Breaks</h3>
                <div className="mt-1">
                  <BreaksField />
                </div>
              </div>
            </div>
          </Section>

          <Section title="Equipment" description="Bodyweight exercises are always in. Tick what you can use.">
            <fieldset>
              <legend className="sr-only">Equipment you can use</legend>
              <EquipmentField />
            </fieldset>
          </Section>

          <Section title="You and your sessions">
            <div className="space-y-6">
              <SegmentedControl
                name="experience"
                legend="Lifting experience"
                layout="tiles"
                options={[
                  { value: "new", label: "New to lifting", description: "Never lifted, or back after a long break: you start with bodyweight weeks." },
                  { value: "experienced", label: "Experienced", description: "You lift already: weights come in after the first week." },
                ]}
                registration={register("experience")}
                error={errors.experience?.message}
              />
              <div className="grid gap-6 sm:grid-cols-2">
                <SegmentedControl
                  name="sessionMinutes"
                  legend="Session length"
                  hint="45 minutes covers everything; 30 trims it, 60 adds upper body."
                  options={[
                    { value: "30", label: "30 min" },
                    { value: "45", label: "45 min" },
                    { value: "60", label: "60 min" },
                  ]}
                  registration={register("sessionMinutes")}
                  error={errors.sessionMinutes?.message}
                />
                <SegmentedControl
                  name="units"
                  legend="Units"
                  hint="Used where a weight is suggested, e.g. kettlebells."
                  options={[
                    { value: "kg", label: "kg" },
                    { value: "lb", label: "lb" },
                  ]}
                  registration={register("units")}
                  error={errors.units?.message}
                />
              </div>
              <SegmentedControl
                name="taper"
                legend="Taper before an A race"
                layout="tiles"
                options={[
                  { value: "full", label: "Full taper", description: "No strength work in the last two weeks. Your strength holds." },
                  { value: "light", label: "Light taper", description: "One short activation and core session early in the taper, then rest." },
                ]}
                registration={register("taper")}
                error={errors.taper?.message}
              />
            </div>
          </Section>

          <Section title="Calendar" description="Subscribe to your plan in Apple, Google or Outlook calendar.">
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField
                label={
                  <>
                    Session time <span className="font-normal text-slate-600 dark:text-slate-300">(optional)</span>
                  </>
                }
                hint="Leave empty for all-day events."
                type="time"
                error={errors.sessionTime?.message}
                registration={register("sessionTime")}
              />
              <TextField
                label={
                  <>
                    Reminder, minutes before <span className="font-normal text-slate-600 dark:text-slate-300">(optional)</span>
                  </>
                }
                hint={
                  sessionTime
                    ? "0 to 1440 minutes before each session. Empty: no reminder."
                    : "Without a session time, any value reminds you at 08:00 on the day. Empty: no reminder."
                }
                type="number"
                inputMode="numeric"
                min={0}
                max={MAX_REMINDER_MINUTES}
                step={1}
                placeholder="e.g. 30"
                error={errors.reminderMinutes?.message}
                registration={register("reminderMinutes")}
              />
              <TextField
                className="sm:col-span-2"
                inputClassName="sm:max-w-sm"
                label="Time zone"
                hint={<>Taken from your browser. Decides &ldquo;today&rdquo; and calendar times.</>}
                type="text"
                list="planner-time-zones"
                onFocus={() => setZonesWanted(true)}
                autoComplete="off"
                spellCheck={false}
                autoCapitalize="off"
                error={errors.timeZone?.message}
                registration={register("timeZone")}
              >
                <datalist id="planner-time-zones">
                  {timeZones.map((zone) => (
                    <option key={zone} value={zone} />
                  ))}
                </datalist>
              </TextField>
            </div>
          </Section>
        </div>

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
    </FormProvider>
  );
}
