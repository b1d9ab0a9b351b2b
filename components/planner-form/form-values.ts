/**
 * What the form holds versus what the API receives. Inputs hold strings ("" for empty); the
 * payload omits empty optional fields and carries numbers as numbers, so the one schema
 * (ZPlanInput) judges exactly what will be sent.
 */
import type { TPlanInputRaw, TSchedule } from "@/lib/plan-input";
import { EQUIPMENT, type TBreakReason, type TDayType, type TDistance, type TEquipment, type TPriority } from "@/lib/plan-input-values";

export type TFormRace = { date: string; name: string; distance: TDistance; priority: TPriority };
export type TFormBreak = { start: string; end: string; reason: TBreakReason };

export type TFormValues = {
  races: TFormRace[];
  startDate: string;
  schedule: TSchedule;
  equipment: TEquipment[];
  experience: "new" | "experienced";
  sessionMinutes: string;
  taper: "full" | "light";
  units: "kg" | "lb";
  timeZone: string;
  sessionTime: string;
  reminderMinutes: string;
  /** Dated run kinds over the weekly template (section 9): set by a week's own run week or an import. */
  runDays: Record<string, TDayType>;
  breaks: TFormBreak[];
  /** The calendar link the run days came from, read again by "Refresh from my run plan". */
  runPlanSource: { url?: string; name?: string } | null;
};

/** Two legal, non-adjacent strength days (Wednesday or Thursday, and Sunday) out of the box. */
export const DEFAULT_SCHEDULE: TSchedule = {
  mon: "rest",
  tue: "hard",
  wed: "easy",
  thu: "easy",
  fri: "rest",
  sat: "long",
  sun: "easy",
};

export function newRace(existing: readonly TFormRace[]): TFormRace {
  const hasA = existing.some((race) => race.priority === "A");
  return { date: "", name: "", distance: hasA ? "10k" : "half", priority: hasA ? "B" : "A" };
}

export function defaultFormValues(browser: { today: string; timeZone: string; units: "kg" | "lb" }): TFormValues {
  return {
    races: [newRace([])],
    startDate: browser.today,
    schedule: { ...DEFAULT_SCHEDULE },
    equipment: [],
    experience: "new",
    sessionMinutes: "45",
    taper: "full",
    units: browser.units,
    timeZone: browser.timeZone,
    sessionTime: "",
    reminderMinutes: "",
    runDays: {},
    breaks: [],
    runPlanSource: null,
  };
}

/** Prefills the form from a stored (or any valid) plan input. */
export function formValuesFromInput(input: TPlanInputRaw): TFormValues {
  return {
    races: input.races.map((race) => ({
      date: race.date,
      name: race.name ?? "",
      distance: race.distance,
      priority: race.priority,
    })),
    startDate: input.startDate ?? "",
    schedule: { ...input.schedule },
    equipment: EQUIPMENT.filter((item) => (input.equipment ?? []).includes(item)),
    experience: input.experience,
    sessionMinutes: String(input.sessionMinutes ?? 45),
    taper: input.taper ?? "full",
    units: input.units,
    timeZone: input.timeZone ?? "UTC",
    sessionTime: input.sessionTime ?? "",
    reminderMinutes: input.reminderMinutes === undefined ? "" : String(input.reminderMinutes),
    // Kept through an edit even when nothing on the page shows them: saving must never drop them.
    runDays: { ...(input.runDays ?? {}) },
    breaks: (input.breaks ?? []).map((item) => ({ start: item.start, end: item.end, reason: item.reason })),
    runPlanSource: input.runPlanSource ? { ...input.runPlanSource } : null,
  };
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : value === undefined || value === null ? "" : String(value);
}

/** The request body for POST/PUT /api/plans and the preview. */
export function toPayload(values: TFormValues): TPlanInputRaw {
  const startDate = text(values.startDate);
  const sessionTime = text(values.sessionTime);
  const reminder = text(values.reminderMinutes);
  // react-hook-form reports a checkbox group as an array, but be strict about it anyway.
  const equipment = Array.isArray(values.equipment) ? values.equipment : [];
  const payload: TPlanInputRaw = {
    races: (values.races ?? []).map((race) => {
      const name = text(race.name);
      return {
        date: text(race.date),
        ...(name ? { name } : {}),
        distance: race.distance,
        priority: race.priority,
      };
    }),
    ...(startDate ? { startDate } : {}),
    schedule: { ...values.schedule },
    equipment: EQUIPMENT.filter((item) => equipment.includes(item)),
    experience: values.experience,
    sessionMinutes: Number(values.sessionMinutes) as 30 | 45 | 60,
    taper: values.taper,
    units: values.units,
    timeZone: text(values.timeZone),
    ...(sessionTime ? { sessionTime } : {}),
    ...(reminder ? { reminderMinutes: Number(reminder) } : {}),
    ...(values.runDays && Object.keys(values.runDays).length > 0 ? { runDays: { ...values.runDays } } : {}),
    ...(values.breaks && values.breaks.length > 0
      ? { breaks: values.breaks.map((item) => ({ start: text(item.start), end: text(item.end), reason: item.reason })) }
      : {}),
    ...(values.runPlanSource ? { runPlanSource: { ...values.runPlanSource } } : {}),
  };
  return payload;
}
