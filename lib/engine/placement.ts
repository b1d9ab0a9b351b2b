/**
 * DOMAIN.md sections 2 and 9: which dates take strength work, and which two of a week do.
 *
 * The template (`chooseTrainingDays`) works on weekday indices, 0 = Monday ... 6 = Sunday, as a
 * cycle (Sunday sits before Monday). `placeWeek` works on the dated kinds of one Monday-to-Sunday
 * week: a week whose kinds equal the template's (and whose neighbours' do too) gets exactly the
 * template's pair, so a plan without `runDays` is unchanged; any other week is scored on its own
 * dates, across the week boundary.
 */
import type { TDayType, TSchedule } from "../plan-input";
import type { TWarning, TWhy } from "./types";
import { formatDate, toIso, weekdayIndex, WEEKDAY_NAMES } from "../dates";
import { WEEKDAYS } from "../plan-input-values";
import { isHeavy, isLegalDate, isRunDate, type TKindOf } from "./dated-kinds";
import { joinWords } from "../plan-text/join-words";

export type TPlacement = {
  /** The chosen training weekdays, ascending (0 to 2 of them). */
  days: number[];
  /** Every legal weekday, ascending. */
  legal: number[];
  /** Why the pair (or the lone day) was chosen; shared by every session on these days. */
  pairWhy: TWhy | null;
  warning: TWarning | null;
};

function typeOf(schedule: TSchedule, day: number): TDayType {
  return schedule[WEEKDAYS[((day % 7) + 7) % 7]];
}

/** Rules 2 and 3 on the template: an easy, cross or rest weekday that is not the (cyclic) day before a hard or long one. */
export function isLegalDay(schedule: TSchedule, day: number): boolean {
  return !isHeavy(typeOf(schedule, day)) && !isHeavy(typeOf(schedule, day + 1));
}

/** Days apart around the weekly cycle (1 = consecutive, 3 = the widest possible). */
export function cyclicGap(a: number, b: number): number {
  const d = Math.abs(a - b) % 7;
  return Math.min(d, 7 - d);
}

const DAY_LABEL: Record<TDayType, string> = {
  easy: "easy day",
  cross: "cross-training day",
  rest: "rest day",
  hard: "hard day",
  long: "long run",
};

/** Rules 2.2 and 2.3 in words: "Thursday: easy day, not before a hard or long run". */
export function describeLegalDate(kindOf: TKindOf, day: number): TWhy {
  return { rule: "2.3", text: `${WEEKDAY_NAMES[weekdayIndex(day)]}: ${DAY_LABEL[kindOf(day)]}, not before a hard or long run` };
}

/** Rule 2.5 in words. */
export function describeTiming(kindOf: TKindOf, day: number): TWhy {
  const kind = kindOf(day);
  if (kind === "easy") return { rule: "2.5", text: "Run first, lift after: do this session after your easy run" };
  if (kind === "cross") return { rule: "2.5", text: "Cross-train first, lift after: do this session after your cross-training" };
  return { rule: "2.5", text: "Rest day: no run to fit around" };
}

/** Rule 2.5: whether the session on this date comes after a run. */
export const isAfterRun = isRunDate;

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


function weekdayNames(days: readonly number[]): string {
  return joinWords(days.map((d) => WEEKDAY_NAMES[((d % 7) + 7) % 7]));
}

/** Names every blocking day: "Saturday is a long run, so Friday is off limits". */
function describeBlockers(kindAt: (offset: number) => TDayType, names: (offset: number) => string): string[] {
  const phrases: string[] = [];
  for (let offset = 0; offset < 7; offset++) {
    const kind = kindAt(offset);
    if (!isHeavy(kind)) continue;
    const label = kind === "long" ? "a long run" : "a hard day";
    phrases.push(
      isHeavy(kindAt(offset - 1)) ? `${names(offset)} is ${label}` : `${names(offset)} is ${label}, so ${names(offset - 1)} is off limits`,
    );
  }
  return phrases;
}

type TSuggestion = { changed: number[]; pair: [number, number] };

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * The smallest change that gives a non-consecutive pair: make one (up to three) days easy. Only
 * days that matter are touched: a hard or long day, or the day before one. Ranked by: a
 * non-consecutive pair, fewest changes, never the long run when another change works, then hard days
 * that block the fewest legal days (the least important), then the earliest.
 */
function suggestChange(schedule: TSchedule): TSuggestion | null {
  const heavy = [0, 1, 2, 3, 4, 5, 6].filter((d) => isHeavy(typeOf(schedule, d)));
  const candidates: number[][] = [
    ...heavy.map((d) => [d]),
    ...heavy.flatMap((a, i) => heavy.slice(i + 1).map((b) => [a, b])),
    ...heavy.flatMap((a, i) => heavy.slice(i + 1).flatMap((b, j) => heavy.slice(i + j + 2).map((c) => [a, b, c]))),
  ];
  let best: { changed: number[]; pair: [number, number]; score: number[] } | null = null;
  for (const changed of candidates) {
    const trial: TSchedule = { ...schedule };
    for (const d of changed) trial[WEEKDAYS[d]] = "easy";
    const pair = bestPair(trial, legalDays(trial));
    if (!pair) continue;
    const longs = changed.filter((d) => typeOf(schedule, d) === "long").length;
    // A back-to-back pair is what the runner already has trouble with: only a fix that gives a
    // non-consecutive pair counts as the smallest change (issue 14.5).
    const score = [cyclicGap(pair[0], pair[1]) > 1 ? 0 : 1, changed.length, longs, ...changed];
    if (!best || compare(score, best.score) < 0) best = { changed, pair, score };
  }
  return best && { changed: best.changed, pair: best.pair };
}

/** The trade-off of a suggested change, in one sentence. */
function describeTradeOff(schedule: TSchedule, changed: readonly number[]): string {
  const kinds = changed.map((d) => typeOf(schedule, d));
  if (kinds.includes("long")) return "Moving the long run costs the most, so try the other options first.";
  if (changed.length === 1) return `You keep every other quality day; the cost is one fewer hard session on ${WEEKDAY_NAMES[changed[0]]}.`;
  return "You keep your long run; the cost is fewer hard sessions in the week.";
}

function buildTemplateWarning(schedule: TSchedule, legal: readonly number[]): TWarning {
  const blockers = describeBlockers(
    (offset) => typeOf(schedule, offset),
    (offset) => WEEKDAY_NAMES[((offset % 7) + 7) % 7],
  ).join("; ");
  const suggestion = suggestChange(schedule);
  const fix = suggestion
    ? ` To fit two sessions a week, make ${weekdayNames(suggestion.changed)} ${suggestion.changed.length === 1 ? "an easy day" : "easy days"} (sessions could then go on ${weekdayNames(suggestion.pair)}). ${describeTradeOff(schedule, suggestion.changed)}`
    : " To fit two sessions a week, turn a hard or long day into an easy day.";
  if (legal.length === 0) {
    return { code: "no-legal-days", message: `No day in your week can take strength work, so the plan has no sessions: ${blockers}.${fix}` };
  }
  return {
    code: "few-legal-days",
    message: `Only ${WEEKDAY_NAMES[legal[0]]} can take strength work, so you get one session a week: ${blockers}.${fix}`,
  };
}

/** Section 2 in one call: the weekly template's training days, why, and a warning when fewer than two fit. */
export function chooseTrainingDays(schedule: TSchedule): TPlacement {
  const legal = legalDays(schedule);
  const pair = bestPair(schedule, legal);
  if (pair) {
    const gap = cyclicGap(pair[0], pair[1]);
    const text =
      gap === 1
        ? `${weekdayNames(pair)} are back to back: your week has no other pair of legal days`
        : `${weekdayNames(pair)}: ${gap} days apart, the widest spacing your week allows`;
    return { days: pair, legal, pairWhy: { rule: "2.4", text }, warning: null };
  }
  return {
    days: legal.slice(),
    legal,
    pairWhy: legal.length === 1 ? { rule: "2.4", text: `${WEEKDAY_NAMES[legal[0]]} is the only legal day in your week` } : null,
    warning: buildTemplateWarning(schedule, legal),
  };
}

/** Why a date cannot hold a session that week, when it is legal by the run week. */
export type TDateAvailability = { ok: true } | { ok: false; relocate: false } | { ok: false; relocate: true; why: TWhy };

export type TPlaceWeekOptions = {
  monday: number;
  kindOf: TKindOf;
  template: TPlacement;
  /** The week's kinds (and next Monday's) equal the template's. */
  matchesTemplate: boolean;
  /** The previous week's kinds equal the template's too. */
  previousMatchesTemplate: boolean;
  /** The date of the previous week's last session, if any. */
  previousLast: number | null;
  /** Where next week's first session will likely go (its usual day, or its first legal date). */
  nextFirst: number | null;
  /**
   * Whether a legal date can take a session: outside the season or a building phase it is simply
   * dropped; in a B/C race window or a break the session moves to another legal date of the week.
   */
  availability: (day: number) => TDateAvailability;
  /** Whether any date of the week lies in a building phase (per-week warnings only matter there). */
  building: boolean;
};

export type TPlacedDay = { day: number; slot: "A" | "B"; why: TWhy[] };

export type TWeekPlacement = { placed: TPlacedDay[]; warning: TWarning | null };

/**
 * Rules 2.1 and 2.4 on one week's dates (section 9): not consecutive when another pair exists,
 * not the day after the previous week's last session when another pair exists, then the widest
 * spacing counted on the actual dates (the pair and its neighbours: the previous week's last
 * session and the next week's first likely session, the dated form of "the week is a cycle"),
 * then the widest spacing around the week, easy or cross dates over rest dates, then the earliest.
 */
function bestDatedPair(options: { kindOf: TKindOf; legal: readonly number[]; previous: number | null; next: number | null }): [number, number] | null {
  const { kindOf, legal, previous, next } = options;
  let best: [number, number] | null = null;
  let bestScore: number[] = [];
  for (let i = 0; i < legal.length; i++) {
    for (let j = i + 1; j < legal.length; j++) {
      const [a, b] = [legal[i], legal[j]];
      const active = Number(kindOf(a) !== "rest") + Number(kindOf(b) !== "rest");
      const spacing = Math.min(b - a, previous === null ? Infinity : a - previous, next === null ? Infinity : next - b);
      const score = [b - a === 1 ? 1 : 0, previous !== null && a === previous + 1 ? 1 : 0, -spacing, -cyclicGap(a, b), -active];
      if (!best || compare(score, bestScore) < 0) {
        best = [a, b];
        bestScore = score;
      }
    }
  }
  return best;
}

function datedPairWhy(days: readonly number[], legal: readonly number[], previousLast: number | null): TWhy | null {
  const names = days.map((d) => WEEKDAY_NAMES[weekdayIndex(d)]);
  if (days.length === 2) {
    const gap = days[1] - days[0];
    const clear =
      previousLast !== null && legal.includes(previousLast + 1) && !days.includes(previousLast + 1)
        ? `, not straight after last ${WEEKDAY_NAMES[weekdayIndex(previousLast)]}'s session`
        : "";
    return {
      rule: "2.4",
      text:
        gap === 1 && legal.length === 2
          ? `${joinWords(names)} are back to back: this week's runs leave no other pair of legal days`
          : `${joinWords(names)}: ${gap} days apart${clear}, the widest spacing this week's runs allow`,
    };
  }
  return days.length === 1 ? { rule: "2.4", text: `${names[0]} is the only legal day this week` } : null;
}

function datedWarning(options: { monday: number; kindOf: TKindOf; legal: readonly number[] }): TWarning {
  const { monday, kindOf, legal } = options;
  const names = (offset: number) => formatDate(toIso(monday + offset), "weekday");
  const blockers = describeBlockers((offset) => kindOf(monday + offset), names).join("; ");
  const week = toIso(monday);
  const when = `The week of ${formatDate(week, "long")}`;
  if (legal.length === 0) {
    return { code: "no-legal-days", week, message: `${when} has no date that can take strength work, so it has no session: ${blockers}.` };
  }
  return {
    code: "few-legal-days",
    week,
    message: `${when} has only one date that can take strength work (${formatDate(toIso(legal[0]), "weekday")}), so it gets one session: ${blockers}.`,
  };
}

/**
 * Picks a replacement for a session whose date fell in a B/C race window or a break: another legal
 * and available date of the week, not consecutive with the other sessions when avoidable, then the
 * widest gap to them, easy or cross over rest, then the earliest.
 */
function relocate(options: { candidates: readonly number[]; taken: readonly number[]; kindOf: TKindOf; neighbours: readonly number[] }): number | null {
  const { candidates, taken, kindOf } = options;
  const neighbours = [...taken, ...options.neighbours];
  let best: number | null = null;
  let bestScore: number[] = [];
  for (const day of candidates) {
    if (taken.includes(day)) continue;
    const nearest = neighbours.length === 0 ? 7 : Math.min(...neighbours.map((other) => Math.abs(other - day)));
    const score = [nearest <= 1 ? 1 : 0, -nearest, kindOf(day) === "rest" ? 1 : 0];
    if (best === null || compare(score, bestScore) < 0) {
      best = day;
      bestScore = score;
    }
  }
  return best;
}

/** Sections 2 and 9 for one Monday-to-Sunday week: the dates that get the A and B sessions, and why. */
export function placeWeek(options: TPlaceWeekOptions): TWeekPlacement {
  const { monday, kindOf, template, previousLast } = options;
  const legal: number[] = [];
  for (let day = monday; day < monday + 7; day++) if (isLegalDate(kindOf, day)) legal.push(day);

  const templateDays = template.days.map((weekday) => monday + weekday);
  const pair = bestDatedPair({ kindOf, legal, previous: previousLast, next: options.nextFirst });
  const dated = pair ? [...pair] : legal.slice();
  // A week like the template gets the template's pair. Right after a week that is not (its last
  // session may sit anywhere), it does so unless that would follow straight on from the previous
  // week's last session and the dates offer another choice. Between template weeks it always does,
  // or one displaced session (a race window, a break) would push every later week off its pair.
  const useTemplate =
    options.matchesTemplate &&
    (options.previousMatchesTemplate || previousLast === null || !templateDays.includes(previousLast + 1) || dated.join() === templateDays.join());
  const first = useTemplate ? templateDays : dated;
  // A week cut by the start, the taper or a recovery (rule 2.1 still asks two sessions of its
  // building dates): when the pair loses a date there and the remaining dates hold a pair that is
  // not back to back, that pair is used instead; otherwise the lost date is simply not used.
  const usable = legal.filter((day) => {
    const availability = options.availability(day);
    return availability.ok || availability.relocate;
  });
  const cut = first.some((day) => !usable.includes(day));
  const rechosen = cut ? bestDatedPair({ kindOf, legal: usable, previous: previousLast, next: options.nextFirst }) : null;
  const regained = rechosen !== null && rechosen[1] - rechosen[0] > 1;
  const chosen = regained ? [...rechosen] : first;
  const pairWhy = useTemplate && !regained ? template.pairWhy : datedPairWhy(chosen, regained ? usable : legal, previousLast);
  const warning = !options.matchesTemplate && options.building && legal.length < 2 ? datedWarning({ monday, kindOf, legal }) : null;

  const kept: { day: number; slot: "A" | "B"; moved?: { from: number; why: TWhy } }[] = [];
  const blocked: { day: number; slot: "A" | "B"; why: TWhy }[] = [];
  chosen.forEach((day, k) => {
    const slot = k === 0 ? "A" : "B";
    const availability = options.availability(day);
    if (availability.ok) kept.push({ day, slot });
    else if (availability.relocate) blocked.push({ day, slot, why: availability.why });
  });
  // Keep clear of the previous week's last session and of next week's first usual day, so a
  // relocation does not push the next week off its usual pair.
  const neighbours = [previousLast, options.nextFirst].filter((day): day is number => day !== null);
  for (const item of blocked) {
    const candidates = legal.filter((day) => options.availability(day).ok);
    const target = relocate({ candidates, taken: kept.map((k) => k.day), kindOf, neighbours });
    if (target === null) continue;
    kept.push({
      day: target,
      slot: item.slot,
      moved: {
        from: item.day,
        why: { rule: item.why.rule, text: `Moved from ${WEEKDAY_NAMES[weekdayIndex(item.day)]}: ${item.why.text}` },
      },
    });
  }
  kept.sort((a, b) => a.day - b.day);
  // After a relocation the earlier date is A, as in every other week.
  if (blocked.length > 0) kept.forEach((item, index) => (item.slot = index === 0 ? "A" : "B"));
  return {
    placed: kept.map((item) => ({
      day: item.day,
      slot: item.slot,
      why: [
        describeLegalDate(kindOf, item.day),
        ...(item.moved ? [item.moved.why] : pairWhy ? [pairWhy] : []),
        describeTiming(kindOf, item.day),
      ],
    })),
    warning,
  };
}
