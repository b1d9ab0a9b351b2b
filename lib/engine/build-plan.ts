/**
 * The engine's entry point. It only orchestrates: phases (section 3) -> each week's dates placed
 * (sections 2 and 9) -> sessions chosen (section 5) and dosed (section 4) -> the runner's moves and
 * skips (section 9) -> what was logged (section 11). Each rule lives in its section's file. Pure: no
 * clock, no randomness, no I/O, input untouched.
 */
import type { TEquipment, TPlanInput } from "../plan-input";
import type {
  TBuildPlanOptions,
  TNoStrengthWindow,
  TPhaseKind,
  TPlan,
  TPrescription,
  TResolvedPlanInput,
  TSession,
  TSessionPhase,
  TSlot,
  TWarning,
  TWeek,
  TWhy,
} from "./types";
import { mondayOnOrBefore, sundayOnOrAfter, toDay, toIso, weekdayIndex } from "../dates";
import { WEEKDAYS } from "../plan-input-values";
import { createKindOf, isLegalDate, isRunDate, weekMatchesTemplate } from "./dated-kinds";
import { chooseTrainingDays, describeLegalDate, describeTiming, placeWeek, type TDateAvailability } from "./placement";
import { chooseLightTaperDays, describeLightTaper, formatPhases, LIGHT_TAPER_MINUTES, listSeasonWindows, planSeason, type TPhaseSpan } from "./phases";
import {
  addsResistance,
  BLOCK_WHY,
  createBlockOf,
  countIntroWeeks,
  describeLevel,
  describeSets,
  doseLevelFor,
  EFFORT_WHY,
  firstLevelOfStep,
  ladderAt,
  prescribeDose,
  stepBackAfterRecovery,
} from "./progression";
import { includesPower, POWER_WHY, selectSessionExercises, VARIANTS_WHY, type TSessionItem } from "./sessions";
import { applyAdjustments, listBreakWindows, stepBackAfterBreaks } from "./adjustments";
import { adaptToLogs, type TDoseRecipe } from "./adaptation";
import { findExercise } from "./catalogue";
import { findOwnedEquipmentSet } from "./find-owned-equipment-set";
import { PHASE_SHORT_LABELS } from "../plan-text/labels";

export const ENGINE_VERSION = "2.0.0";

const NO_PHASE = -1;
const NO_WINDOW = -1;
const EMPTY_ADJUSTMENTS = { moves: {}, skips: [] };

/**
 * Builds the whole strength season for a runner.
 *
 * @example
 * const plan = buildPlan(
 *   {
 *     races: [{ date: "2027-04-25", distance: "marathon", priority: "A" }],
 *     schedule: { mon: "rest", tue: "hard", wed: "easy", thu: "easy", fri: "rest", sat: "easy", sun: "long" },
 *     equipment: ["kettlebell", "loop-band"],
 *     experience: "new",
 *     sessionMinutes: 45,
 *     taper: "full",
 *     units: "kg",
 *     timeZone: "Europe/London",
 *   },
 *   { today: "2027-01-04" },
 * );
 * plan.sessions[0]; // { id: "2027-01-06-A", weekday: "wed", title: "Strength A · General", status: "planned", ... }
 */
export function buildPlan(input: TPlanInput, options: TBuildPlanOptions): TPlan {
  const resolved = resolveInput(input, options.today);
  const season = planSeason({ races: resolved.races, startDate: resolved.startDate, taper: resolved.taper });
  const breaks = resolved.breaks ?? [];
  const windows = [...listSeasonWindows({ season, races: resolved.races, taper: resolved.taper }), ...listBreakWindows(breaks)].sort(
    (a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0),
  );
  const kindOf = createKindOf(resolved);
  const template = chooseTrainingDays(resolved.schedule);

  const start = toDay(resolved.startDate);
  const lastRaceDay = resolved.races.reduce((max, race) => Math.max(max, toDay(race.date)), start);
  const first = mondayOnOrBefore(start);
  // The season runs to the end of its last phase or window (the last recovery), so every week the
  // timeline shows is a week of the plan.
  const seasonEnd = Math.max(lastRaceDay, ...season.phases.map((phase) => phase.end), ...windows.map((window) => toDay(window.end)));
  const last = sundayOnOrAfter(seasonEnd);
  const lookup = createDayLookup({ first, last, phases: season.phases, windows });

  const isBuilding = (day: number): boolean => {
    const kind = lookup.phaseKind(day);
    return kind === "general" || kind === "race-specific";
  };
  // A legal date that cannot hold a session: outside the season or a building phase it is simply
  // not used; in a B/C race window or a break the session moves to another legal date of the week.
  const availability = (day: number): TDateAvailability => {
    if (day < start || day > last || !isBuilding(day)) return { ok: false, relocate: false };
    const window = lookup.window(day);
    return window ? { ok: false, relocate: true, why: window.why } : { ok: true };
  };

  const firstPhase = season.phases[0];
  const introWeeks = countIntroWeeks(resolved.experience, firstPhase && firstPhase.kind === "general" ? firstPhase.end - firstPhase.start + 1 : 0);
  const select = memoSelect(resolved.sessionMinutes, resolved.equipment);
  const blockOf = createBlockOf(season.phases);
  let currentBlock = 0;
  const harderNameOf = memoHarder(resolved.equipment);
  const sessions: TSession[] = [];
  const warnings: TWarning[] = [...(template.warning ? [template.warning] : []), ...season.warnings];
  let trainingWeeks = 0;
  /** Bodyweight weeks last while fewer training weeks than this have passed. */
  let introEnd = introWeeks;
  let level = -1;
  let lastSessionDay = -Infinity;
  let previousLast: number | null = null;
  const placedByWeek: number[][] = [];
  const recipes = new Map<string, TDoseRecipe>();

  // Whether each week is like the template, rolled forward: each week is compared once.
  let previousMatches = weekMatchesTemplate(resolved, first - 7);
  let matches = weekMatchesTemplate(resolved, first);
  for (let monday = first; monday <= last; monday += 7) {
    const nextMatches = weekMatchesTemplate(resolved, monday + 7);
    const placement = placeWeek({
      monday,
      kindOf,
      template,
      matchesTemplate: matches,
      previousMatchesTemplate: previousMatches,
      previousLast,
      nextFirst: likelyFirstDay({ monday: monday + 7, kindOf, template, matchesTemplate: nextMatches }),
      availability,
      building: [0, 1, 2, 3, 4, 5, 6].some((offset) => isBuilding(monday + offset)),
    });
    previousMatches = matches;
    matches = nextMatches;
    if (placement.warning) warnings.push(placement.warning);
    const planned = placement.placed.map((placed) => {
      const phaseIndex = lookup.phaseIndex(placed.day);
      return { ...placed, phase: season.phases[phaseIndex].kind as "general" | "race-specific", phaseSpan: season.phases[phaseIndex] };
    });
    placedByWeek.push(planned.map((p) => p.day));
    if (planned.length === 0) continue;

    const weekWhy: TWhy[] = [];
    if (level >= 0 && hasRecoveryBetween(season.phases, lastSessionDay, planned[0].day)) {
      const back = stepBackAfterRecovery(level);
      level = back.level;
      weekWhy.push(back.why);
    }
    // A break before the first session costs nothing: there is no progress yet to lose.
    const breakBack =
      trainingWeeks > 0
        ? stepBackAfterBreaks({ breaks, after: lastSessionDay, before: planned[0].day, experience: resolved.experience, inBuildingPhase: isBuilding })
        : null;
    if (breakBack) {
      level = Math.max(-1, level - breakBack.weeks);
      // The repeated bodyweight week is this one, also when the learning weeks are long over.
      if (breakBack.repeatIntro) introEnd = Math.max(introEnd, trainingWeeks) + 1;
      weekWhy.push(breakBack.why);
    }
    const intro = trainingWeeks < introEnd;
    const block = blockOf(planned[0].day);
    if (block !== currentBlock) {
      currentBlock = block;
      // New variants start at the bottom of the current load step (section 4's ladder, per block).
      if (!intro && level >= 0 && planned[0].phase === "general") {
        level = firstLevelOfStep(ladderAt(level + 1).step) - 1;
        weekWhy.push(BLOCK_WHY);
      }
    }
    if (!intro && planned.some((p) => p.phase === "general")) level += 1;

    for (const p of planned) {
      const doseLevel = doseLevelFor({ phase: p.phase, level, intro });
      const power = includesPower({
        experience: resolved.experience,
        minutes: resolved.sessionMinutes,
        phase: p.phase,
        intro,
        daysToPhaseEnd: p.phaseSpan.end - p.day,
      });
      const items = select({ slot: p.slot, bodyweightOnly: intro, includePower: power, block: intro ? 0 : currentBlock });
      const why: TWhy[] = [
        ...p.why,
        describeSets(p.phase),
        describeLevel({
          phase: p.phase,
          level: doseLevel,
          // A week repeated after a break is a single bodyweight week, not "week 3 of 3" again.
          introWeek: Math.min(trainingWeeks + 1, introWeeks),
          introWeeks: trainingWeeks < introWeeks ? introWeeks : 1,
          loaded: items.some((item) => addsResistance(item.equipment)),
        }),
        ...weekWhy,
        ...(power ? [POWER_WHY] : []),
        VARIANTS_WHY,
        EFFORT_WHY,
      ];
      recipes.set(`${toIso(p.day)}-${p.slot}`, { phase: p.phase, level: doseLevel, intro, items });
      sessions.push(
        makeSession({
          day: p.day,
          slot: p.slot,
          phase: p.phase,
          minutes: resolved.sessionMinutes,
          afterRun: isRunDate(kindOf, p.day),
          exercises: items.map((item) =>
            prescribeDose({ item, phase: p.phase, level: doseLevel, units: resolved.units, harderName: harderNameOf(item, items) }),
          ),
          why,
        }),
      );
    }
    trainingWeeks += 1;
    lastSessionDay = planned[planned.length - 1].day;
    previousLast = lastSessionDay;
  }

  // One light taper session per light window (section 3), never in a week that already holds two.
  const lightDays = chooseLightTaperDays({
    windows: season.lightWindows,
    from: start,
    to: last,
    isCandidate: (day) =>
      isLegalDate(kindOf, day) && lookup.window(day) === null && placedByWeek[(mondayOnOrBefore(day) - first) / 7].length < 2,
    isPreferred: (day) => template.days.includes(weekdayIndex(day)),
  });
  for (const [day, race] of lightDays) {
    const items = select({ slot: "light", bodyweightOnly: true, includePower: false, block: 0 });
    const doseLevel = trainingWeeks < introWeeks ? -1 : Math.max(level, 0);
    sessions.push(
      makeSession({
        day,
        slot: "light",
        phase: "taper",
        minutes: LIGHT_TAPER_MINUTES,
        afterRun: isRunDate(kindOf, day),
        exercises: items.map((item) => prescribeDose({ item, phase: "taper", level: doseLevel, units: resolved.units })),
        why: [
          describeLegalDate(kindOf, day),
          describeTiming(kindOf, day),
          ...describeLightTaper(race),
          EFFORT_WHY,
        ],
      }),
    );
  }
  sessions.sort(byDate);

  const context = { input: resolved, phases: formatPhases(season.phases), windows };
  const adjusted = applyAdjustments({ sessions, adjustments: options.adjustments ?? EMPTY_ADJUSTMENTS, context });
  const adapted = adaptToLogs({ sessions: adjusted.sessions, recipes, logs: options.logs ?? {}, units: resolved.units, equipment: resolved.equipment });

  return {
    engineVersion: ENGINE_VERSION,
    input: resolved,
    phases: context.phases,
    windows,
    weeks: summariseWeeks({ first, last, sessions: adapted, phaseKind: lookup.phaseKind }),
    sessions: adapted,
    warnings: [...warnings, ...adjusted.warnings],
  };
}

/** The input with its defaults resolved and every nested value copied (inputs are never mutated). */
function resolveInput(input: TPlanInput, today: string): TResolvedPlanInput {
  return {
    ...input,
    startDate: input.startDate ?? today,
    races: input.races.map((race) => ({ ...race })),
    schedule: { ...input.schedule },
    equipment: [...input.equipment],
    ...(input.runDays ? { runDays: { ...input.runDays } } : {}),
    ...(input.breaks ? { breaks: input.breaks.map((item) => ({ ...item })) } : {}),
    ...(input.runPlanSource ? { runPlanSource: { ...input.runPlanSource } } : {}),
  };
}

function byDate(a: TSession, b: TSession): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** Day-indexed lookups over the plan's weeks keep the loops free of searches. */
function createDayLookup(options: { first: number; last: number; phases: readonly TPhaseSpan[]; windows: readonly TNoStrengthWindow[] }) {
  const { first, last, phases } = options;
  const span = last - first + 1;
  const phaseOf = new Int32Array(span).fill(NO_PHASE);
  phases.forEach((phase, index) => {
    for (let day = Math.max(phase.start, first); day <= Math.min(phase.end, last); day++) phaseOf[day - first] = index;
  });
  // Only the windows a session could otherwise fall into (B/C races and breaks): taper and
  // recovery are phases already.
  const blocking = options.windows.filter((window) => window.kind !== "taper" && window.kind !== "recovery");
  const windowOf = new Int32Array(span).fill(NO_WINDOW);
  blocking.forEach((window, index) => {
    for (let day = Math.max(toDay(window.start), first); day <= Math.min(toDay(window.end), last); day++) {
      if (windowOf[day - first] === NO_WINDOW) windowOf[day - first] = index;
    }
  });
  const inside = (day: number) => day >= first && day <= last;
  return {
    phaseIndex: (day: number): number => (inside(day) ? phaseOf[day - first] : NO_PHASE),
    phaseKind: (day: number): TPhaseKind | null => {
      const index = inside(day) ? phaseOf[day - first] : NO_PHASE;
      return index === NO_PHASE ? null : phases[index].kind;
    },
    /** The B/C race window or break covering the day, if any. */
    window: (day: number): TNoStrengthWindow | null => {
      const index = inside(day) ? windowOf[day - first] : NO_WINDOW;
      return index === NO_WINDOW ? null : blocking[index];
    },
  };
}

function makeSession(options: {
  day: number;
  slot: TSlot;
  phase: TSessionPhase;
  minutes: number;
  afterRun: boolean;
  exercises: TPrescription[];
  why: TWhy[];
}): TSession {
  const date = toIso(options.day);
  return {
    id: `${date}-${options.slot}`,
    date,
    weekday: WEEKDAYS[weekdayIndex(options.day)],
    phase: options.phase,
    slot: options.slot,
    title: options.slot === "light" ? `Taper activation · ${PHASE_SHORT_LABELS.taper}` : `Strength ${options.slot} · ${PHASE_SHORT_LABELS[options.phase]}`,
    minutes: options.minutes,
    afterRun: options.afterRun,
    exercises: options.exercises,
    why: options.why,
    status: "planned",
  };
}

/** Where a week's first session will likely go: its usual day when it matches the template, else its first legal date. */
function likelyFirstDay(options: { monday: number; kindOf: ReturnType<typeof createKindOf>; template: { days: number[] }; matchesTemplate: boolean }): number | null {
  if (options.matchesTemplate) return options.template.days.length > 0 ? options.monday + options.template.days[0] : null;
  for (let day = options.monday; day < options.monday + 7; day++) if (isLegalDate(options.kindOf, day)) return day;
  return null;
}

/** True when a recovery phase lies (at least partly) between two days. */
function hasRecoveryBetween(phases: readonly TPhaseSpan[], from: number, to: number): boolean {
  return phases.some((phase) => phase.kind === "recovery" && phase.end > from && phase.start < to);
}

/** Monday-to-Sunday weeks with their sessions and volume (skipped sessions carry no volume). */
function summariseWeeks(options: { first: number; last: number; sessions: readonly TSession[]; phaseKind: (day: number) => TPhaseKind | null }): TWeek[] {
  const weeks: TWeek[] = [];
  let cursor = 0;
  for (let monday = options.first, index = 1; monday <= options.last; monday += 7, index++) {
    const end = toIso(monday + 6);
    const inWeek: TSession[] = [];
    while (cursor < options.sessions.length && options.sessions[cursor].date <= end) inWeek.push(options.sessions[cursor++]);
    weeks.push({
      index,
      start: toIso(monday),
      end,
      phase: weekPhase(monday, options.phaseKind),
      sessionIds: inWeek.map((s) => s.id),
      totalSets: inWeek.filter((s) => s.status !== "skipped").reduce((sum, s) => sum + s.exercises.reduce((n, e) => n + e.sets, 0), 0),
    });
  }
  return weeks;
}

/** The phase covering most of the week's days; ties go to the later phase. */
function weekPhase(monday: number, kindAt: (day: number) => TPhaseKind | null): TPhaseKind | null {
  const counts = new Map<TPhaseKind, { count: number; lastSeen: number }>();
  for (let offset = 0; offset < 7; offset++) {
    const kind = kindAt(monday + offset);
    if (kind === null) continue;
    const entry = counts.get(kind) ?? { count: 0, lastSeen: 0 };
    entry.count += 1;
    entry.lastSeen = offset;
    counts.set(kind, entry);
  }
  let best: TPhaseKind | null = null;
  let bestCount = 0;
  let bestSeen = -1;
  for (const [kind, entry] of counts) {
    if (entry.count > bestCount || (entry.count === bestCount && entry.lastSeen > bestSeen)) {
      best = kind;
      bestCount = entry.count;
      bestSeen = entry.lastSeen;
    }
  }
  return best;
}

/** Session selection depends only on slot, kit, power and block, so each combination is built once. */
function memoSelect(minutes: 30 | 45 | 60, equipment: readonly TEquipment[]) {
  const cache = new Map<string, TSessionItem[]>();
  return (options: { slot: TSlot; bodyweightOnly: boolean; includePower: boolean; block: number }): TSessionItem[] => {
    const key = `${options.slot}|${options.bodyweightOnly}|${options.includePower}|${options.block}`;
    let items = cache.get(key);
    if (!items) {
      items = selectSessionExercises({
        slot: options.slot,
        minutes,
        equipment: options.bodyweightOnly ? [] : equipment,
        includePower: options.includePower,
        block: options.block,
      });
      cache.set(key, items);
    }
    return items;
  };
}

/** The first harder variant the runner can do with their kit that is not already in the session, by name. */
function memoHarder(equipment: readonly TEquipment[]) {
  // Sessions are the cached arrays memoSelect hands out, so their identity is the key.
  const cache = new WeakMap<readonly TSessionItem[], Map<string, string | undefined>>();
  return (item: TSessionItem, session: readonly TSessionItem[]): string | undefined => {
    let names = cache.get(session);
    if (!names) cache.set(session, (names = new Map()));
    if (!names.has(item.exercise.id)) {
      const harder = item.exercise.harder
        .map((h) => findExercise(h))
        .find(
          (exercise) =>
            exercise !== undefined &&
            !session.some((other) => other.exercise.id === exercise.id) &&
            findOwnedEquipmentSet(exercise, equipment) !== undefined,
        );
      names.set(item.exercise.id, harder?.name);
    }
    return names.get(item.exercise.id);
  };
}
