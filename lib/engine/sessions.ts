/**
 * Which exercises make up one strength session (DOMAIN.md section 5): the structure scaled by
 * session length, the runner's equipment, and different variants for the A and B sessions
 * (A and B share no exercise outside activation, which only has three names to choose from).
 */
import { CATALOGUE, findExercise, type TExercise } from "./catalogue";
import { findOwnedEquipmentSet } from "./find-owned-equipment-set";
import type { TEquipment, TExerciseCategory, TSessionPhase, TWhy } from "./types";

export type TSessionItem = {
  exercise: TExercise;
  /** The owned equipment set this item uses; `[]` = bodyweight. */
  equipment: TEquipment[];
};

export type TSelectSessionOptions = {
  slot: "A" | "B" | "light";
  minutes: 30 | 45 | 60;
  /** What may be used (the engine passes [] in bodyweight-only intro weeks). */
  equipment: readonly TEquipment[];
  /** Experienced runner late in the general phase; honoured in 60-minute A/B sessions only. */
  includePower: boolean;
  /** Which block of the season (0 first): each new block moves every movement on to a new variant. */
  block?: number;
};

type TPosition = { category: TExerciseCategory; count: number };
type TPreferences = Partial<Record<TExerciseCategory, readonly string[]>>;

/**
 * Preferred exercises per slot and category, most effective first. A and B lead with different
 * exercises so the week trains different variants; outside activation anything not listed is
 * still a fallback, in catalogue order, so every owned-equipment combination yields a full session.
 */
const PREFERENCES: Record<"A" | "B" | "light", TPreferences> = {
  A: {
    activation: ["lateral-band-walk", "clamshell", "glute-bridge"],
    power: ["banded-single-leg-hip-flexion", "skater-jump", "split-jump"],
    hinge: ["single-leg-romanian-deadlift", "kettlebell-swing", "romanian-deadlift", "nordic-curl", "hip-thrust"],
    "single-leg": ["step-up", "split-squat", "reverse-lunge", "slant-board-squat", "lateral-lunge"],
    core: ["pallof-press", "ab-wheel-rollout", "plank", "side-plank", "dead-bug"],
    calf: ["single-leg-calf-raise", "bent-knee-calf-raise", "calf-raise"],
    upper: ["pull-up", "bent-over-row", "band-assisted-pull-up", "prone-y-t-raise", "push-up", "incline-push-up"],
  },
  B: {
    activation: ["glute-bridge", "lateral-band-walk", "clamshell"],
    power: ["skater-jump", "banded-single-leg-hip-flexion", "split-jump"],
    hinge: ["kettlebell-swing", "romanian-deadlift", "nordic-curl", "hip-thrust", "slider-hamstring-curl", "good-morning"],
    "single-leg": ["rear-foot-elevated-split-squat", "goblet-squat", "lateral-lunge", "slant-board-squat", "split-squat"],
    core: ["side-plank", "slider-mountain-climber", "banded-reverse-table-top-tap", "dead-bug", "bear-crawl"],
    calf: ["bent-knee-calf-raise", "single-leg-calf-raise", "calf-raise"],
    upper: ["push-up", "incline-push-up", "bent-over-row", "pull-up", "prone-y-t-raise"],
  },
  light: {
    activation: ["glute-bridge", "clamshell"],
    hinge: ["single-leg-romanian-deadlift", "good-morning"],
    core: ["dead-bug", "side-plank", "plank"],
    calf: ["single-leg-calf-raise", "calf-raise"],
  },
};

/**
 * DOMAIN.md section 5 names activation literally: "two of clamshell, lateral band walk, glute
 * bridge". Only these may fill the activation position (the catalogue's other activation entries
 * stay as easier/harder variants); clamshell and glute bridge need nothing, so it always fills.
 */
const ACTIVATION_IDS: readonly string[] = ["clamshell", "lateral-band-walk", "glute-bridge"];

/** "Late in the general phase" for power work: its last four weeks. */
const LATE_GENERAL_DAYS = 28;

export const VARIANTS_WHY: TWhy = { rule: "5.variants", text: "Sessions A and B use different variants of each movement" };
export const POWER_WHY: TWhy = {
  rule: "5.power",
  text: "Late general phase, 60 minutes, experienced: one power exercise while the legs are fresh",
};

/**
 * Section 5's power rule: an experienced runner's 60-minute session in the last four weeks of a
 * general phase (not a bodyweight learning week) gets one power exercise.
 */
export function includesPower(options: {
  experience: "new" | "experienced";
  minutes: 30 | 45 | 60;
  phase: TSessionPhase;
  intro: boolean;
  /** Days from the session to the last day of its phase. */
  daysToPhaseEnd: number;
}): boolean {
  return (
    options.experience === "experienced" &&
    options.minutes === 60 &&
    options.phase === "general" &&
    !options.intro &&
    options.daysToPhaseEnd < LATE_GENERAL_DAYS
  );
}

const SLOTS = ["A", "B", "light"] as const;
const MINUTES = [30, 45, 60] as const;

/**
 * The session's structure, in the order it is done. Power work comes straight after activation,
 * while the legs are fresh (explosive work done tired teaches slow movement); upper body last.
 */
function layOutSession({ slot, minutes, includePower }: Omit<TSelectSessionOptions, "equipment">): TPosition[] {
  if (slot === "light") {
    // Short taper session: activation + core, plus a hinge and a calf move so all four categories stay covered.
    return [
      { category: "activation", count: 1 },
      { category: "hinge", count: 1 },
      { category: "core", count: 2 },
      { category: "calf", count: 1 },
    ];
  }
  const positions: TPosition[] = [{ category: "activation", count: minutes === 30 ? 1 : 2 }];
  if (minutes === 60 && includePower) positions.push({ category: "power", count: 1 });
  positions.push(
    { category: "hinge", count: 1 },
    { category: "single-leg", count: 1 },
    { category: "core", count: minutes === 30 ? 1 : 2 },
    { category: "calf", count: 1 },
  );
  if (minutes === 60) positions.push({ category: "upper", count: 1 });
  return positions;
}

/** Preferred ids first, then every other entry of the category in catalogue order (activation: the three named ones only). */
function rankCandidates(slot: TSelectSessionOptions["slot"], category: TExerciseCategory): TExercise[] {
  const preferred = (PREFERENCES[slot][category] ?? []).map((id) => {
    const exercise = findExercise(id);
    if (!exercise || exercise.category !== category) throw new Error(`Session preference "${id}" is not a ${category} exercise`);
    if (category === "activation" && !ACTIVATION_IDS.includes(id)) throw new Error(`Session preference "${id}" is not a named activation`);
    return exercise;
  });
  const rest = CATALOGUE.filter(
    (exercise) =>
      exercise.category === category &&
      !preferred.includes(exercise) &&
      (category !== "activation" || ACTIVATION_IDS.includes(exercise.id)),
  );
  return [...preferred, ...rest];
}

function pickSession(options: {
  slot: TSelectSessionOptions["slot"];
  positions: readonly TPosition[];
  owned: readonly TEquipment[];
  /** Ids to avoid (the other slot's exercises) unless nothing else is doable (activation: fewer than 4 doable). */
  avoid: ReadonlySet<string>;
}): TSessionItem[] {
  const items: TSessionItem[] = [];
  const used = new Set<string>();
  for (const { category, count } of options.positions) {
    const doable = rankCandidates(options.slot, category).flatMap((exercise) => {
      const equipment = findOwnedEquipmentSet(exercise, options.owned);
      return equipment === undefined ? [] : [{ exercise, equipment }];
    });
    // Fresh variants first; the other slot's exercises only when the equipment (or, for activation,
    // the three named exercises) leaves no choice.
    const ordered = [
      ...doable.filter((item) => !options.avoid.has(item.exercise.id)),
      ...doable.filter((item) => options.avoid.has(item.exercise.id)),
    ];
    for (const item of ordered.filter((candidate) => !used.has(candidate.exercise.id)).slice(0, count)) {
      used.add(item.exercise.id);
      items.push(item);
    }
  }
  return items;
}

/**
 * The exercises of one session, in order, each with the owned equipment set it uses.
 * Pure and deterministic. Activation is always two (one at 30 minutes) of clamshell, lateral
 * band walk and glute bridge; B takes the ones A left first, so it repeats one of A's only
 * because three names cannot fill two disjoint pairs. Outside activation A and B share no
 * exercise wherever the equipment allows. The light (taper) slot is always bodyweight only.
 *
 * @example
 * selectSessionExercises({ slot: "A", minutes: 30, equipment: ["kettlebell"], includePower: false })
 * // -> clamshell [], single-leg-romanian-deadlift ["kettlebell"], split-squat ["kettlebell"],
 * //    plank [], single-leg-calf-raise ["kettlebell"]
 */
export function selectSessionExercises(options: TSelectSessionOptions): TSessionItem[] {
  const { slot, minutes, includePower } = options;
  if (!SLOTS.includes(slot)) throw new RangeError(`Unknown session slot "${String(slot)}": use A, B or light`);
  if (!MINUTES.includes(minutes)) throw new RangeError(`Session length must be 30, 45 or 60 minutes, got ${String(minutes)}`);
  if (slot === "light") return pickSession({ slot, positions: layOutSession({ slot, minutes, includePower }), owned: [], avoid: new Set() });
  const pair = sessionPair({ minutes, owned: options.equipment, includePower, block: Math.max(0, options.block ?? 0) });
  // Fresh arrays: the cached pair is shared, what a caller does with the result must not leak.
  return (slot === "A" ? pair.a : pair.b).map((item) => ({ exercise: item.exercise, equipment: [...item.equipment] }));
}

type TPair = { a: TSessionItem[]; b: TSessionItem[] };

/** Selection is a pure function of its options, and plans ask for the same few over and over. */
const PAIRS = new Map<string, TPair>();
const MAX_PAIRS = 4096;

/** The A and B sessions of a block: block 0 from the preferences, each later block rotated from the one before. */
function sessionPair(options: { minutes: 30 | 45 | 60; owned: readonly TEquipment[]; includePower: boolean; block: number }): TPair {
  const { minutes, owned, includePower, block } = options;
  const key = `${minutes}|${includePower}|${block}|${owned.join(",")}`;
  const cached = PAIRS.get(key);
  if (cached) return cached;
  let pair: TPair;
  if (block === 0) {
    const a = pickSession({ slot: "A", positions: layOutSession({ slot: "A", minutes, includePower }), owned, avoid: new Set() });
    pair = { a, b: pickSession({ slot: "B", positions: layOutSession({ slot: "B", minutes, includePower }), owned, avoid: new Set(a.map((item) => item.exercise.id)) }) };
  } else {
    const previous = sessionPair({ ...options, block: block - 1 });
    const a = rotateSession({ previous: previous.a, owned, avoid: new Set() });
    pair = { a, b: rotateSession({ previous: previous.b, owned, avoid: new Set(a.map((item) => item.exercise.id)) }) };
  }
  if (PAIRS.size >= MAX_PAIRS) PAIRS.clear();
  PAIRS.set(key, pair);
  return pair;
}

/**
 * The next block's session (issue: a long general phase must not repeat one session for months):
 * each movement moves on to its harder variant where the runner can do it, else to the next
 * variant of the same movement; always something not yet in the session or the other slot, and
 * the same four categories. Activation (three named exercises) and power stay.
 */
function rotateSession(options: { previous: readonly TSessionItem[]; owned: readonly TEquipment[]; avoid: ReadonlySet<string> }): TSessionItem[] {
  const used = new Set<string>();
  const fresh = (exercise: TExercise | undefined): TSessionItem | null => {
    if (!exercise || used.has(exercise.id) || options.avoid.has(exercise.id)) return null;
    const equipment = findOwnedEquipmentSet(exercise, options.owned);
    return equipment === undefined ? null : { exercise, equipment };
  };
  const next: TSessionItem[] = [];
  for (const item of options.previous) {
    const { category } = item.exercise;
    let chosen: TSessionItem | null = null;
    if (category !== "activation" && category !== "power") {
      for (const id of item.exercise.harder) {
        const harder = findExercise(id);
        chosen = harder && harder.category === category ? fresh(harder) : null;
        if (chosen) break;
      }
      if (!chosen) {
        const same = CATALOGUE.filter((exercise) => exercise.category === category);
        const at = same.findIndex((exercise) => exercise.id === item.exercise.id);
        for (let step = 1; step < same.length && !chosen; step++) chosen = fresh(same[(at + step) % same.length]);
      }
    }
    const kept = chosen ?? (used.has(item.exercise.id) ? null : item);
    if (kept) {
      used.add(kept.exercise.id);
      next.push(kept);
    }
  }
  return next.length === options.previous.length ? next : [...options.previous];
}
