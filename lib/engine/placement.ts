/**
 * DOMAIN.md section 2: which weekdays can take strength work, and which two of them do.
 * Days are weekday indices, 0 = Monday ... 6 = Sunday; the week is a cycle, so Sunday sits
 * before Monday.
 */
import type { TDayType, TSchedule } from "../plan-input";
import type { TWarning } from "./types";
import { WEEKDAY_KEYS, WEEKDAY_NAMES } from "./dates";

export type TPlacement = {
  /** The chosen training days, ascending (0 to 2 of them). */
  days: number[];
  /** Every legal day, ascending. */
  legal: number[];
  /** Why the pair (or the lone day) was chosen; shared by every session on these days. */
  pairWhy: string | null;
  warning: TWarning | null;
};

const HEAVY: ReadonlySet<TDayType> = new Set(["hard", "long"]);

function typeOf(schedule: TSchedule, day: number): TDayType {
  return schedule[WEEKDAY_KEYS[((day % 7) + 7) % 7]];
}

/** Rules 2 and 3: an easy, cross or rest day that is not the (cyclic) day before a hard or long day. */
export function isLegalDay(schedule: TSchedule, day: number): boolean {
  return !HEAVY.has(typeOf(schedule, day)) && !HEAVY.has(typeOf(schedule, day + 1));
}

/** Days apart around the weekly cycle (1 = consecutive, 3 = the widest possible). */
export function cyclicGap(a: number, b: number): number {
  const d = Math.abs(a - b) % 7;
  return Math.min(d, 7 - d);
}

/** Rule 5: a session on a run (or cross-training) day comes after that day's session. */
export function isAfterRun(schedule: TSchedule, day: number): boolean {
  const type = typeOf(schedule, day);
  return type === "easy" || type === "cross";
}

const DAY_LABEL: Record<TDayType, string> = {
  easy: "easy day",
  cross: "cross-training day",
  rest: "rest day",
  hard: "hard day",
  long: "long run",
};

/** e.g. "Thursday: easy day, not before a hard or long run" (rules 2 and 3). */
export function describeLegalDay(schedule: TSchedule, day: number): string {
  return `${WEEKDAY_NAMES[day]}: ${DAY_LABEL[typeOf(schedule, day)]}, not before a hard or long run`;
}

/** Rule 5 in words. */
export function describeTiming(schedule: TSchedule, day: number): string {
  const type = typeOf(schedule, day);
  if (type === "easy") return "Run first, lift after: do this session after your easy run";
  if (type === "cross") return "Cross-train first, lift after: do this session after your cross-training";
  return "Rest day: no run to fit around";
}

function legalDays(schedule: TSchedule): number[] {
  const days: number[] = [];
  for (let day = 0; day < 7; day++) if (isLegalDay(schedule, day)) days.push(day);
  return days;
}

/**
 * Rule 4: not consecutive when any other pair exists, widest cyclic spacing first, then
 * easy/cross days over rest days, then the earliest days of the week (deterministic).
 */
function bestPair(schedule: TSchedule, legal: readonly number[]): [number, number] | null {
  let best: [number, number] | null = null;
  let bestGap = -1;
  let bestActive = -1;
  for (let i = 0; i < legal.length; i++) {
    for (let j = i + 1; j < legal.length; j++) {
      const gap = cyclicGap(legal[i], legal[j]);
      const active = Number(typeOf(schedule, legal[i]) !== "rest") + Number(typeOf(schedule, legal[j]) !== "rest");
      // Pairs are visited in lexicographic order, so strict ">" keeps the earliest on ties.
      if (gap > bestGap || (gap === bestGap && active > bestActive)) {
        best = [legal[i], legal[j]];
        bestGap = gap;
        bestActive = active;
      }
    }
  }
  return best;
}

function joinNames(days: readonly number[]): string {
  const names = days.map((d) => WEEKDAY_NAMES[d]);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Names every blocking day: "Saturday is a long run, so Friday is off limits". */
function describeBlockers(schedule: TSchedule): string[] {
  const phrases: string[] = [];
  for (let day = 0; day < 7; day++) {
    const type = typeOf(schedule, day);
    if (!HEAVY.has(type)) continue;
    const before = (day + 6) % 7;
    const label = type === "long" ? "a long run" : "a hard day";
    phrases.push(
      HEAVY.has(typeOf(schedule, before))
        ? `${WEEKDAY_NAMES[day]} is ${label}`
        : `${WEEKDAY_NAMES[day]} is ${label}, so ${WEEKDAY_NAMES[before]} is off limits`,
    );
  }
  return phrases;
}

type TSuggestion = { changed: number[]; pair: [number, number] };

/**
 * The smallest change that frees two days: turn one (up to three) hard/long days easy. Prefers a
 * change that gives a non-consecutive pair, then touching hard days over the long run, then
 * the earliest days.
 */
function suggestChange(schedule: TSchedule): TSuggestion | null {
  const heavy = [0, 1, 2, 3, 4, 5, 6].filter((d) => HEAVY.has(typeOf(schedule, d)));
  const candidates: number[][] = [
    ...heavy.map((d) => [d]),
    ...heavy.flatMap((a, i) => heavy.slice(i + 1).map((b) => [a, b])),
    ...heavy.flatMap((a, i) => heavy.slice(i + 1).flatMap((b, j) => heavy.slice(i + j + 2).map((c) => [a, b, c]))),
  ];
  let best: { changed: number[]; pair: [number, number]; score: number[] } | null = null;
  for (const changed of candidates) {
    const trial: TSchedule = { ...schedule };
    for (const d of changed) trial[WEEKDAY_KEYS[d]] = "easy";
    const pair = bestPair(trial, legalDays(trial));
    if (!pair) continue;
    const longs = changed.filter((d) => typeOf(schedule, d) === "long").length;
    const score = [changed.length, cyclicGap(pair[0], pair[1]) > 1 ? 0 : 1, longs];
    if (!best || compare(score, best.score) < 0) {
      best = { changed, pair, score };
    }
  }
  return best && { changed: best.changed, pair: best.pair };
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function buildWarning(schedule: TSchedule, legal: readonly number[]): TWarning {
  const blockers = describeBlockers(schedule).join("; ");
  const suggestion = suggestChange(schedule);
  const fix = suggestion
    ? ` To fit two sessions a week, make ${joinNames(suggestion.changed)} ${
        suggestion.changed.length === 1 ? "an easy day" : "easy days"
      } (sessions could then go on ${joinNames(suggestion.pair)}).`
    : " To fit two sessions a week, turn a hard or long day into an easy day.";
  if (legal.length === 0) {
    return {
      code: "no-legal-days",
      message: `No day in your week can take strength work, so the plan has no sessions: ${blockers}.${fix}`,
    };
  }
  return {
    code: "few-legal-days",
    message: `Only ${WEEKDAY_NAMES[legal[0]]} can take strength work, so you get one session a week: ${blockers}.${fix}`,
  };
}

/** Section 2 in one call: the weekly training days, why, and a warning when fewer than two fit. */
export function chooseTrainingDays(schedule: TSchedule): TPlacement {
  const legal = legalDays(schedule);
  const pair = bestPair(schedule, legal);
  if (pair) {
    const gap = cyclicGap(pair[0], pair[1]);
    const pairWhy =
      gap === 1
        ? `${joinNames(pair)} are back to back: your week has no other pair of legal days`
        : `${joinNames(pair)}: ${gap} days apart, the widest spacing your week allows`;
    return { days: pair, legal, pairWhy, warning: null };
  }
  return {
    days: legal.slice(),
    legal,
    pairWhy: legal.length === 1 ? `${WEEKDAY_NAMES[legal[0]]} is the only legal day in your week` : null,
    warning: buildWarning(schedule, legal),
  };
}
