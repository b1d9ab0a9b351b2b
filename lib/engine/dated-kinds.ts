/**
 * DOMAIN.md section 9: the run week as dated data. The kind of a date is `runDays[date]` when the
 * input has it, else the weekly template's kind for that weekday. Rules 2.2 and 2.3 read the actual
 * dates, so "the day before a long run" crosses the Sunday/Monday boundary into the next week.
 */
import type { TDayType, TPlanInput } from "./types";
import { toDay, toIso, weekdayIndex } from "../dates";
import { WEEKDAYS } from "../plan-input-values";

export type TKindOf = (day: number) => TDayType;

const HEAVY: ReadonlySet<TDayType> = new Set(["hard", "long"]);

/** Hard and long days: no strength on them (rule 2.2) nor the day before (rule 2.3). */
export function isHeavy(kind: TDayType): boolean {
  return HEAVY.has(kind);
}

/** The kind of each epoch day for this input: dated run days over the weekly template. */
export function createKindOf(input: Pick<TPlanInput, "schedule" | "runDays">): TKindOf {
  const { schedule } = input;
  const dated = new Map<number, TDayType>();
  for (const [date, kind] of Object.entries(input.runDays ?? {})) dated.set(toDay(date), kind);
  if (dated.size === 0) return (day) => schedule[WEEKDAYS[weekdayIndex(day)]];
  return (day) => dated.get(day) ?? schedule[WEEKDAYS[weekdayIndex(day)]];
}

/** The kind of one ISO date (for views: the same dated kinds the engine places sessions on). */
export function kindOnDate(input: Pick<TPlanInput, "schedule" | "runDays">, date: string): TDayType {
  return input.runDays?.[date] ?? input.schedule[WEEKDAYS[weekdayIndex(toDay(date))]];
}

/** Rules 2.2 and 2.3 on dates: an easy, cross or rest date that is not the date before a hard or long one. */
export function isLegalDate(kindOf: TKindOf, day: number): boolean {
  return !HEAVY.has(kindOf(day)) && !HEAVY.has(kindOf(day + 1));
}

/** Rule 2.5: on a run (or cross-training) date the session comes after that day's session. */
export function isRunDate(kindOf: TKindOf, day: number): boolean {
  const kind = kindOf(day);
  return kind === "easy" || kind === "cross";
}

/** True when no date of the week (and the next Monday, which decides Sunday) differs from the template. */
export function weekMatchesTemplate(input: Pick<TPlanInput, "schedule" | "runDays">, monday: number): boolean {
  const runDays = input.runDays;
  if (!runDays) return true;
  for (let day = monday; day <= monday + 7; day++) {
    const kind = runDays[toIso(day)];
    if (kind !== undefined && kind !== input.schedule[WEEKDAYS[weekdayIndex(day)]]) return false;
  }
  return true;
}
