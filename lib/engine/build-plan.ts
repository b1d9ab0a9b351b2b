/**
 * The engine's entry point: phases (section 3) -> weeks -> sessions placed (section 2), chosen
 * (section 5) and dosed (section 4). Pure: no clock, no randomness, no I/O, input untouched.
 */
import type { TPlanInput, TEquipment } from "../plan-input";
import type { TBuildPlanOptions, TPhaseKind, TPlan, TPrescription, TSession, TSessionPhase, TSlot, TWarning, TWeek } from "./types";
import { mondayOnOrBefore, sundayOnOrAfter, toDay, toIso, weekdayIndex, WEEKDAY_KEYS } from "./dates";
import { chooseTrainingDays, describeLegalDay, describeTiming, isAfterRun, isLegalDay } from "./placement";
import { formatPhases, planSeason, type TPhaseSpan } from "./phases";
import { addsResistance, countIntroWeeks, describeLevel, EFFORT_WHY, LADDER_STEP, prescribeDose } from "./progression";
import { selectSessionExercises, type TSessionItem } from "./sessions";
import { findExercise } from "./catalogue";
import { findOwnedEquipmentSet } from "./find-owned-equipment-set";

export const ENGINE_VERSION = "1.0.0";

const PHASE_LABEL: Record<TSessionPhase, string> = { general: "General", "race-specific": "Race-specific", taper: "Taper" };
const LIGHT_MINUTES = 20;
/** "Late in the general phase" for power work: its last four weeks. */
const LATE_GENERAL_DAYS = 28;
const NO_PHASE = -1;

type TPlanned = { day: number; slot: TSlot; phase: TSessionPhase; phaseIndex: number };

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
 * plan.sessions[0]; // { id: "2027-01-04-A", weekday: "mon", title: "Strength A · General", ... }
 */
export function buildPlan(input: TPlanInput, options: TBuildPlanOptions): TPlan {
  const startDate = input.startDate ?? options.today;
  const resolved = {
    ...input,
    startDate,
    races: input.races.map((race) => ({ ...race })),
    schedule: { ...input.schedule },
    equipment: [...input.equipment],
  };

  const placement = chooseTrainingDays(resolved.schedule);
  const season = planSeason({ races: resolved.races, startDate, taper: resolved.taper });
  const start = toDay(startDate);
  const lastRaceDay = resolved.races.reduce((max, race) => Math.max(max, toDay(race.date)), start);
  const first = mondayOnOrBefore(start);
  const last = sundayOnOrAfter(lastRaceDay);
  const span = last - first + 1;

  // Day-indexed lookups over the plan's weeks keep the loops below free of searches.
  const phaseOf = new Int32Array(span).fill(NO_PHASE);
  season.phases.forEach((phase, index) => {
    for (let day = Math.max(phase.start, first); day <= Math.min(phase.end, last); day++) phaseOf[day - first] = index;
  });
  const blocked = new Uint8Array(span);
  for (const blackout of season.blackouts) {
    for (let day = Math.max(blackout.start, first); day <= Math.min(blackout.end, last); day++) blocked[day - first] = 1;
  }
  const kindAt = (day: number): TPhaseKind | null => {
    const index = day < first || day > last ? NO_PHASE : phaseOf[day - first];
    return index === NO_PHASE ? null : season.phases[index].kind;
  };

  // Days that get an A or B session: a placement day on or after the start, in a building phase, not blocked.
  const isStrengthDay = (day: number): boolean => {
    if (day < start || day > last || blocked[day - first]) return false;
    const kind = kindAt(day);
    return kind === "general" || kind === "race-specific";
  };
  const lightDays = chooseLightDays({ season, placementDays: placement.days, schedule: resolved.schedule, start, first, last, blocked, isStrengthDay });
  const firstPhase = season.phases[0];
  const introWeeks = countIntroWeeks(
    resolved.experience,
    firstPhase && firstPhase.kind === "general" ? firstPhase.end - firstPhase.start + 1 : 0,
  );

  const select = memoSelect(resolved.sessionMinutes, resolved.equipment);
  const harderNameOf = memoHarder(resolved.equipment);
  const sessions: TSession[] = [];
  const weeks: TWeek[] = [];
  let trainingWeeks = 0;
  let level = -1;
  let lastSessionDay = -Infinity;

  for (let monday = first, index = 1; monday <= last; monday += 7, index++) {
    const planned: TPlanned[] = [];
    placement.days.forEach((weekday, k) => {
      const day = monday + weekday;
      if (day < start || blocked[day - first]) return;
      const phaseIndex = phaseOf[day - first];
      if (phaseIndex === NO_PHASE) return;
      const kind = season.phases[phaseIndex].kind;
      if (kind !== "general" && kind !== "race-specific") return;
      planned.push({ day, slot: k === 0 ? "A" : "B", phase: kind, phaseIndex });
    });

    const weekSessions: TSession[] = [];
    if (planned.length > 0) {
      const backFromRecovery = level >= 0 && hasRecoveryBetween(season.phases, lastSessionDay, planned[0].day);
      if (backFromRecovery) level = Math.max(-1, level - LADDER_STEP);
      const intro = trainingWeeks < introWeeks;
      if (!intro && planned.some((p) => p.phase === "general")) level += 1;
      for (const p of planned) {
        const doseLevel = intro ? -1 : p.phase === "general" ? level : Math.max(level, 0);
        const phase = season.phases[p.phaseIndex];
        const includePower =
          resolved.experience === "experienced" && !intro && p.phase === "general" && phase.end - p.day < LATE_GENERAL_DAYS;
        const items = select(p.slot, intro, includePower && resolved.sessionMinutes === 60);
        const why = [
          describeLegalDay(resolved.schedule, weekdayIndex(p.day)),
          ...(placement.pairWhy ? [placement.pairWhy] : []),
          describeTiming(resolved.schedule, weekdayIndex(p.day)),
          p.phase === "general"
            ? "General preparation: 3 sets per exercise to build strength in all four categories"
            : "Race block: 2 sets instead of 3 to cut recovery cost; same exercises and effort",
          describeLevel({
            phase: p.phase,
            level: doseLevel,
            introWeek: trainingWeeks + 1,
            introWeeks,
            loaded: items.some((item) => addsResistance(item.equipment)),
          }),
          ...(backFromRecovery ? ["First week back after race recovery: one load step lighter to ease back in"] : []),
          ...(items.some((item) => item.exercise.category === "power")
            ? ["Late general phase, 60 minutes, experienced: one power exercise while the legs are fresh"]
            : []),
          "Sessions A and B use different variants of each movement",
          EFFORT_WHY,
        ];
        weekSessions.push(
          makeSession({
            day: p.day,
            slot: p.slot,
            phase: p.phase,
            minutes: resolved.sessionMinutes,
            afterRun: isAfterRun(resolved.schedule, weekdayIndex(p.day)),
            exercises: items.map((item) =>
              prescribeDose({ item, phase: p.phase, level: doseLevel, units: resolved.units, harderName: harderNameOf(item) }),
            ),
            why,
          }),
        );
      }
      trainingWeeks += 1;
      lastSessionDay = planned[planned.length - 1].day;
    }

    for (let day = monday; day < monday + 7; day++) {
      const race = lightDays.get(day);
      if (race === undefined) continue;
      const items = select("light", true, false);
      const doseLevel = trainingWeeks < introWeeks ? -1 : Math.max(level, 0);
      weekSessions.push(
        makeSession({
          day,
          slot: "light",
          phase: "taper",
          minutes: LIGHT_MINUTES,
          afterRun: isAfterRun(resolved.schedule, weekdayIndex(day)),
          exercises: items.map((item) => prescribeDose({ item, phase: "taper", level: doseLevel, units: resolved.units })),
          why: [
            describeLegalDay(resolved.schedule, weekdayIndex(day)),
            describeTiming(resolved.schedule, weekdayIndex(day)),
            `Light taper before ${race}: one short bodyweight activation and core session in the first taper week (volume cut, intensity kept)`,
            "Nothing in the last 7 days before the race",
            EFFORT_WHY,
          ],
        }),
      );
    }

    weekSessions.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    sessions.push(...weekSessions);
    weeks.push({
      index,
      start: toIso(monday),
      end: toIso(monday + 6),
      phase: weekPhase(monday, kindAt),
      sessionIds: weekSessions.map((s) => s.id),
      totalSets: weekSessions.reduce((sum, s) => sum + s.exercises.reduce((n, e) => n + e.sets, 0), 0),
    });
  }

  const warnings: TWarning[] = [...(placement.warning ? [placement.warning] : []), ...season.warnings];
  return {
    engineVersion: ENGINE_VERSION,
    input: resolved,
    phases: formatPhases(season.phases),
    weeks,
    sessions,
    warnings,
  };
}

function makeSession(options: {
  day: number;
  slot: TSlot;
  phase: TSessionPhase;
  minutes: number;
  afterRun: boolean;
  exercises: TPrescription[];
  why: string[];
}): TSession {
  const date = toIso(options.day);
  return {
    id: `${date}-${options.slot}`,
    date,
    weekday: WEEKDAY_KEYS[weekdayIndex(options.day)],
    phase: options.phase,
    slot: options.slot,
    title: options.slot === "light" ? `Taper activation · ${PHASE_LABEL.taper}` : `Strength ${options.slot} · ${PHASE_LABEL[options.phase]}`,
    minutes: options.minutes,
    afterRun: options.afterRun,
    exercises: options.exercises,
    why: options.why,
  };
}

/** True when a recovery phase lies (at least partly) between two days. */
function hasRecoveryBetween(phases: readonly TPhaseSpan[], from: number, to: number): boolean {
  return phases.some((phase) => phase.kind === "recovery" && phase.end > from && phase.start < to);
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

/**
 * One light-taper day per window: a legal day (the usual training days first), not blocked by
 * a B/C race, on or after the start date, and never in a week that already holds its two A/B
 * sessions (rule 1: two a week, so a taper week that starts late never gets a third).
 */
function chooseLightDays(options: {
  season: ReturnType<typeof planSeason>;
  placementDays: readonly number[];
  schedule: TPlanInput["schedule"];
  start: number;
  first: number;
  last: number;
  blocked: Uint8Array;
  isStrengthDay: (day: number) => boolean;
}): Map<number, string> {
  const chosen = new Map<number, string>();
  const weekIsFull = (day: number) => {
    const monday = mondayOnOrBefore(day);
    return options.placementDays.filter((weekday) => options.isStrengthDay(monday + weekday)).length >= 2;
  };
  for (const window of options.season.lightWindows) {
    const candidates: number[] = [];
    for (let day = Math.max(window.start, options.start); day <= Math.min(window.end, options.last); day++) {
      if (options.blocked[day - options.first] || !isLegalDay(options.schedule, weekdayIndex(day)) || weekIsFull(day)) continue;
      candidates.push(day);
    }
    const preferred = candidates.find((day) => options.placementDays.includes(weekdayIndex(day))) ?? candidates[0];
    if (preferred !== undefined) chosen.set(preferred, window.race);
  }
  return chosen;
}

/** Session selection depends only on slot, kit and power, so each combination is built once. */
function memoSelect(minutes: 30 | 45 | 60, equipment: readonly TEquipment[]) {
  const cache = new Map<string, TSessionItem[]>();
  return (slot: TSlot, bodyweightOnly: boolean, includePower: boolean): TSessionItem[] => {
    const key = `${slot}|${bodyweightOnly}|${includePower}`;
    let items = cache.get(key);
    if (!items) {
      items = selectSessionExercises({ slot, minutes, equipment: bodyweightOnly ? [] : equipment, includePower });
      cache.set(key, items);
    }
    return items;
  };
}

/** The first harder variant the runner can do with their kit, by name. */
function memoHarder(equipment: readonly TEquipment[]) {
  const cache = new Map<string, string | undefined>();
  return (item: TSessionItem): string | undefined => {
    const id = item.exercise.id;
    if (!cache.has(id)) {
      const harder = item.exercise.harder
        .map((h) => findExercise(h))
        .find((exercise) => exercise !== undefined && findOwnedEquipmentSet(exercise, equipment) !== undefined);
      cache.set(id, harder?.name);
    }
    return cache.get(id);
  };
}
