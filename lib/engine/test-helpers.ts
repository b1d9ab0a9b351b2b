/**
 * Shared builders for engine tests (not shipped: only *.test.ts files import this).
 */
import { ZPlanInput, type TPlanInput, type TSchedule, type TDayType } from "../plan-input";

const KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/** `week("rest hard easy easy rest easy long")` -> a schedule, Monday first. */
export function week(days: string): TSchedule {
  const types = days.trim().split(/\s+/) as TDayType[];
  if (types.length !== 7) throw new Error(`week() needs 7 day types, got ${types.length}`);
  return Object.fromEntries(KEYS.map((key, i) => [key, types[i]])) as TSchedule;
}

/** A valid parsed input (through ZPlanInput, so defaults apply exactly as in the app). */
export function makeInput(overrides: Record<string, unknown> = {}): TPlanInput {
  return ZPlanInput.parse({
    races: [{ date: "2027-06-06", distance: "half", priority: "A" }],
    startDate: "2027-01-04",
    schedule: week("rest hard easy easy rest easy long"),
    equipment: [],
    experience: "experienced",
    sessionMinutes: 45,
    taper: "full",
    units: "kg",
    timeZone: "Europe/London",
    ...overrides,
  });
}

/** `2027-01-04` + n days (UTC arithmetic, independent of the machine's time zone). */
export function shift(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
