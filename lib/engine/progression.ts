/**
 * DOMAIN.md section 4: how hard each exercise is, week by week.
 *
 * The dose climbs a ladder (double progression, ACSM 2009): start at 10 reps, add one rep per
 * set each week up to 12, then take a small load step and drop back to 8. Load is an effort
 * label (light -> moderate -> challenging), never kilograms, except the kettlebell note. When an
 * item adds no resistance (bodyweight, step, bench, sliders...) the "step" is a slower lowering
 * instead, so bodyweight-only plans still progress.
 */
import type { TEquipment } from "../plan-input";
import { mondayOnOrBefore } from "../dates";
import type { TPhaseSpan } from "./phases";
import type { TDoseType, TExerciseCategory, TLoad, TPrescription, TSessionPhase, TTargetLoad, TWhy } from "./types";

/** What progression needs from a session item (structurally a `TSessionItem`). */
export type TDoseItem = {
  exercise: { id: string; name: string; category: TExerciseCategory; dose: TDoseType };
  equipment: readonly TEquipment[];
};

export type TDoseOptions = {
  item: TDoseItem;
  phase: TSessionPhase;
  /**
   * Position on the ladder: -1 while the runner is still in bodyweight learning weeks, then
   * 0, 1, 2... one step per general week (held during the race block).
   */
  level: number;
  units: "kg" | "lb";
  /** A harder variant the runner can do with their kit, suggested once the ladder tops out. */
  harderName?: string;
  /**
   * What the runner's logs made of this exercise (section 11): the ladder runs on past its top
   * (a concrete load keeps rising), extra reps where no load is measurable, and the concrete load.
   */
  adapted?: { extraReps: number; targetLoad?: TTargetLoad };
};

/** Equipment that adds resistance; the rest (step, bench, mat, sliders...) only enables a movement. */
const RESISTANCE: ReadonlySet<TEquipment> = new Set(["loop-band", "long-band", "dumbbells", "kettlebell", "barbell", "cable"]);
const LOADS: readonly TLoad[] = ["light", "moderate", "challenging"];

export const START_REPS = 10;
export const BOTTOM_REPS = 8;
export const TOP_REPS = 12;
export const START_HOLD_SECONDS = 30;
export const HOLD_STEP_SECONDS = 5;
export const MAX_HOLD_SECONDS = 60;
/** Ladder positions per load step (8, 9, 10, 11, 12): used to step back after a race. */
export const LADDER_STEP = 5;

const REST_SECONDS: Record<TExerciseCategory, number> = {
  activation: 30,
  core: 45,
  calf: 60,
  "single-leg": 60,
  hinge: 90,
  upper: 90,
  power: 120,
};

const SETS: Record<TSessionPhase, number> = { general: 3, "race-specific": 2, taper: 2 };

const CALF_TEMPO = "lower over 3-4 s";

/**
 * Bodyweight learning weeks before any load: `new` runners get 3 when the first general phase
 * is long enough (8+ weeks) to afford them, otherwise 2; `experienced` runners get 1.
 */
export function countIntroWeeks(experience: "new" | "experienced", firstGeneralDays: number): number {
  if (experience === "experienced") return 1;
  return firstGeneralDays >= 8 * 7 ? 3 : 2;
}

/**
 * The ladder without its top, for exercises the runner logs (section 11): level 0 is 10 reps at the
 * first step, then one rep a week to 12, then 8 to 12 at each following step, for ever. Below the
 * top it is exactly `ladderAt`.
 */
export function openLadderAt(level: number): { step: number; reps: number } {
  const position = Math.max(0, level) + 2;
  return { step: Math.floor(position / LADDER_STEP), reps: BOTTOM_REPS + (position % LADDER_STEP) };
}

/** The first level of a load step on the open ladder: 10 reps at step 0, 8 reps at every later one. */
export function firstLevelOfStep(step: number): number {
  return step <= 0 ? 0 : LADDER_STEP * step - 2;
}

/** Ladder position -> load step (0 = light ... 2 = challenging) and reps; `top` once it tops out. */
export function ladderAt(level: number): { step: number; reps: number; top: boolean } {
  if (level <= 0) return { step: 0, reps: START_REPS, top: false };
  if (level <= TOP_REPS - START_REPS) return { step: 0, reps: START_REPS + level, top: false };
  const q = level - (TOP_REPS - START_REPS + 1);
  const step = 1 + Math.floor(q / LADDER_STEP);
  if (step > LOADS.length - 1) return { step: LOADS.length - 1, reps: TOP_REPS, top: true };
  const reps = BOTTOM_REPS + (q % LADDER_STEP);
  return { step, reps, top: step === LOADS.length - 1 && reps === TOP_REPS };
}

function kettlebellNote(load: TLoad, units: "kg" | "lb"): string {
  const range = units === "lb" ? "26-35 lb" : "12-16 kg";
  const end = load === "light" ? "lighter end" : load === "moderate" ? "middle" : "heavier end";
  return `${range} kettlebell (${end} of the range)`;
}

function bodyweightTempo(step: number, calf: boolean): string | undefined {
  const lower = calf ? CALF_TEMPO : "lower over 3 s";
  if (step >= 2) return `${lower}, then pause 1 s`;
  if (step === 1 || calf) return lower;
  return undefined;
}

/**
 * A season asks for the same few doses hundreds of times and the dose is a pure function of its
 * options: cached per catalogue exercise (stable objects), then per the rest of the options.
 */
const DOSES = new WeakMap<object, Map<string, TPrescription>>();
const MAX_DOSES_PER_EXERCISE = 2_000;

/** Turns one session item into its prescription for this week (a fresh object every call). */
export function prescribeDose(options: TDoseOptions): TPrescription {
  const { item, adapted } = options;
  let doses = DOSES.get(item.exercise);
  if (!doses) DOSES.set(item.exercise, (doses = new Map()));
  const key =
    options.phase +
    options.level +
    options.units +
    (item.equipment.length === 0 ? "" : item.equipment.join()) +
    "|" +
    (options.harderName ?? "") +
    (adapted ? `|${adapted.extraReps}|${adapted.targetLoad ? adapted.targetLoad.value + adapted.targetLoad.unit : ""}` : "");
  let dose = doses.get(key);
  if (!dose) {
    dose = buildDose(options);
    if (doses.size >= MAX_DOSES_PER_EXERCISE) doses.clear();
    doses.set(key, dose);
  }
  const copy: TPrescription = { ...dose, equipment: dose.equipment.slice() };
  if (dose.targetLoad) copy.targetLoad = { ...dose.targetLoad };
  return copy;
}

function buildDose(options: TDoseOptions): TPrescription {
  const { item, phase, level, units, adapted } = options;
  const { exercise } = item;
  const loaded = level >= 0 && item.equipment.some((e) => RESISTANCE.has(e));
  const calf = exercise.category === "calf";
  // Only guidance the dose fields cannot carry; "each side" follows from the catalogue's `unilateral`.
  const notes: string[] = [];

  let load: TLoad = "bodyweight";
  let tempo: string | undefined = calf ? CALF_TEMPO : undefined;
  let reps: number | undefined;
  let seconds: number | undefined;
  let top = false;

  if (exercise.dose === "seconds") {
    // Timed holds: +5 s a week from the first loaded week, capped where a harder variant pays more.
    const open = START_HOLD_SECONDS + HOLD_STEP_SECONDS * (level + 1);
    seconds = adapted ? Math.max(HOLD_STEP_SECONDS, open) : Math.min(MAX_HOLD_SECONDS, open);
    top = !adapted && seconds === MAX_HOLD_SECONDS;
    if (loaded) load = "light";
  } else if (exercise.category === "activation") {
    // Activation primes the hips; it gets a little longer, never heavier.
    reps = START_REPS + Math.min(5, Math.max(0, level));
    if (loaded) load = "light";
  } else if (exercise.category === "power") {
    // Power is about speed: few, crisp reps and full rest.
    reps = 6;
    if (loaded) load = "moderate";
  } else {
    const rung = level < 0 ? { step: 0, reps: START_REPS, top: false } : adapted ? { ...openLadderAt(level), top: false } : ladderAt(level);
    const step = Math.min(rung.step, LOADS.length - 1);
    reps = rung.reps + (adapted?.extraReps ?? 0);
    top = rung.top;
    if (loaded) load = LOADS[step];
    else if (level >= 0) tempo = bodyweightTempo(step, calf);
  }

  if (exercise.dose === "metres") {
    reps = undefined;
    const metres = Math.min(20, 10 + 2 * Math.max(0, level + 1));
    notes.push(`${metres} m per set`);
  }
  if (loaded && item.equipment.includes("kettlebell") && !adapted?.targetLoad) notes.push(kettlebellNote(load, units));
  if (top && options.harderName) notes.push(`Top of the ladder: move on to ${options.harderName} when this feels easy`);

  // Key order follows DOMAIN.md section 7 so the JSON reads naturally.
  const prescription: TPrescription = {
    exerciseId: exercise.id,
    name: exercise.name,
    category: exercise.category,
    equipment: item.equipment.slice(),
    sets: SETS[phase],
    ...(reps !== undefined ? { reps } : {}),
    ...(seconds !== undefined ? { seconds } : {}),
    load,
    ...(tempo !== undefined ? { tempo } : {}),
    restSeconds: REST_SECONDS[exercise.category],
    ...(notes.length > 0 ? { note: notes.join(". ") } : {}),
    ...(adapted?.targetLoad ? { targetLoad: adapted.targetLoad } : {}),
  };
  return prescription;
}

/** Section 4's effort rule, stated on every session. */
export const EFFORT_WHY: TWhy = { rule: "4.effort", text: "Effort: end each set with 2-3 reps still in reserve; challenging, never to failure" };

/** Section 4's sets rule for the building phases: 3 sets in general preparation, 2 in the race block. */
export function describeSets(phase: "general" | "race-specific"): TWhy {
  return phase === "general"
    ? { rule: "4.sets", text: "General preparation: 3 sets per exercise to build strength in all four categories" }
    : { rule: "4.sets", text: "Race block: 2 sets instead of 3 to cut recovery cost; same exercises and effort" };
}

/**
 * Coming back after a race's recovery: one load step lighter (a full rung of the ladder), never
 * below the start of the ladder.
 */
export function stepBackAfterRecovery(level: number): { level: number; why: TWhy } {
  return {
    level: Math.max(-1, level - LADDER_STEP),
    why: { rule: "4.recovery-back-off", text: "First week back after race recovery: one load step lighter to ease back in" },
  };
}

/**
 * The dose level of a session this week: -1 in bodyweight learning weeks; in the race block at
 * least the start of the ladder (load and reps held at the end-of-general level).
 */
export function doseLevelFor(options: { phase: TSessionPhase; level: number; intro: boolean }): number {
  if (options.intro) return -1;
  return options.phase === "general" ? options.level : Math.max(options.level, 0);
}

/** How bodyweight-only sessions get harder at each ladder step. */
const BODYWEIGHT_STEP = ["normal tempo", "a slow 3 s lowering", "a slow lowering and a pause"];

/** True when an item's equipment adds resistance (so its load can be stepped up). */
export function addsResistance(equipment: readonly TEquipment[]): boolean {
  return equipment.some((e) => RESISTANCE.has(e));
}

/** Why this week's dose is what it is; `loaded` says whether any item can take load. */
export function describeLevel(options: {
  phase: TSessionPhase;
  level: number;
  introWeek: number;
  introWeeks: number;
  loaded?: boolean;
}): TWhy {
  const { phase, level, introWeek, introWeeks, loaded = true } = options;
  if (level < 0) {
    return {
      rule: "4.intro",
      text:
        introWeeks === 1
          ? "Bodyweight week: one week to learn the movements, then load"
          : `Week ${introWeek} of ${introWeeks} bodyweight weeks: learn the movement first`,
    };
  }
  const rung = ladderAt(level);
  const step = loaded ? `a ${LOADS[rung.step]} load` : BODYWEIGHT_STEP[rung.step];
  if (phase === "race-specific") {
    return { rule: "4.race-block-hold", text: `Race block: load and reps held at the end-of-general level (${rung.reps} reps, ${step})` };
  }
  if (rung.top) return { rule: "4.top-of-ladder", text: `Top of the ladder: hold 12 reps at ${step}; a harder variant is the next step` };
  return {
    rule: "4.double-progression",
    text: loaded
      ? `Double progression: ${rung.reps} reps at ${step} (one rep more each week; at 12, a small load step and back to 8)`
      : `Double progression without weights: ${rung.reps} reps at ${step} (one rep more each week; at 12, a slower lowering and back to 8)`,
  };
}


/** General phases shorter than this stay one block; longer ones change variants every 4 to 6 weeks. */
const MIN_BLOCKED_WEEKS = 8;
const MAX_BLOCK_WEEKS = 6;

export const BLOCK_WHY: TWhy = {
  rule: "4.block",
  text: "New block: a new variant of each movement, reps back to the bottom of the range at the same effort",
};

/**
 * Section 4 in blocks: a general phase of 8+ weeks is split into blocks of 4 to 6 weeks, each with
 * new variants (sessions.ts). The race block keeps the last general block's exercises. Blocks are
 * counted over the whole season, so a second general phase goes on from where the first ended.
 */
export function createBlockOf(phases: readonly TPhaseSpan[]): (day: number) => number {
  const spans: { start: number; end: number; first: number; size: number; blocks: number }[] = [];
  let first = 0;
  for (const phase of phases) {
    if (phase.kind !== "general") continue;
    const monday = mondayOnOrBefore(phase.start);
    const weeks = Math.floor((phase.end - monday) / 7) + 1;
    const blocks = weeks < MIN_BLOCKED_WEEKS ? 1 : Math.ceil(weeks / MAX_BLOCK_WEEKS);
    spans.push({ start: monday, end: phase.end, first, size: Math.ceil(weeks / blocks), blocks });
    first += blocks;
  }
  return (day) => {
    let block = 0;
    for (const span of spans) {
      if (day < span.start) break;
      block = day > span.end ? span.first + span.blocks - 1 : span.first + Math.min(span.blocks - 1, Math.floor((day - span.start) / 7 / span.size));
    }
    return block;
  };
}

