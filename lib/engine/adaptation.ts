/**
 * DOMAIN.md section 11: what the runner logged changes the next session that holds each exercise.
 *
 * Per exercise id, in date order, each logged session is judged against what it prescribed:
 * beat (every set 1+ rep over, or 5+ s over a hold, and last-set RIR 2+ or not given), missed (any
 * set 2+ reps or 10+ s short, fewer sets, or RIR 0), otherwise hit. The next session with that
 * exercise then takes a load step and drops to 8 reps (beat; the harder variant, or 2 more reps,
 * where no load is measurable), goes on with the plan's own progression (hit), repeats the dose
 * (missed, or the session was skipped), or steps down one load step to the bottom of the range
 * (missed twice in a row; the easier variant where no load is measurable). In the race block nothing
 * goes up: a beat there is "held". Adaptation only flows forward, so a log never changes a session on
 * or before its own date, and without logs every prescription is the engine's own.
 *
 * Conventions (the domain leaves them open): bodyweight learning weeks are for learning the
 * movement, so their sessions are neither adapted nor judged; activation, power and distance work
 * are not on the rep ladder and stay as planned; a done session that does not list an exercise
 * tells nothing about it. An exercise that reaches the top of the ladder keeps climbing once it is
 * logged (a concrete load can always rise), and a concrete load follows the ladder's load steps.
 */
import type { TEquipment } from "../plan-input-values";
import type { TAdaptationRule, TLoggedExercise, TPrescription, TSession, TSessionLog, TSessionPhase, TTargetLoad, TUnits, TWhy } from "./types";
import { findExercise } from "./catalogue";
import { findOwnedEquipmentSet } from "./find-owned-equipment-set";
import { convertLoad, measurableImplement, stepLoad, type TImplement } from "./load-steps";
import { firstLevelOfStep, ladderAt, openLadderAt, prescribeDose } from "./progression";
import type { TSessionItem } from "./sessions";
import { formatDose, formatTargetLoad } from "../plan-text/dose-text";
import { formatDate } from "../dates";

/** How the engine dosed one session: what adaptation re-doses from. */
export type TDoseRecipe = { phase: TSessionPhase; level: number; intro: boolean; items: readonly TSessionItem[] };

type TOutcome = "beat" | "hit" | "missed" | "missed-twice" | "skipped";

type TPending = {
  outcome: TOutcome;
  from: string;
  /** The level the logged session was dosed at. */
  level: number;
  /** The heaviest load logged, in the plan's units. */
  load?: number;
  /** The concrete load the logged session prescribed, if it had one. */
  target?: number;
  text: string;
};

type TLineage = {
  /** Levels added to the plan's own level from here on. */
  offset: number;
  /** The exercise done instead (a harder or easier variant). */
  variant?: string;
  extraReps: number;
  /** The last concrete load and the level it belongs to: later loads follow the ladder's load steps from it. */
  anchor?: { value: number; level: number };
  missedStreak: number;
  pending?: TPending;
};

const HOLD_BEAT_SECONDS = 5;
const HOLD_MISS_SECONDS = 10;
const BEAT_REPS = 1;
const MISS_REPS = 2;
const EXTRA_REPS = 2;
/** Two hold steps: the hold's counterpart of two more reps. */
const HOLD_EXTRA_LEVELS = 2;

function adaptable(item: TSessionItem): boolean {
  const { category, dose } = item.exercise;
  return category !== "activation" && category !== "power" && dose !== "metres";
}

function stepOf(level: number): number {
  return openLadderAt(level).step;
}

/** "3 x 11", or "11, 12, 10" when the sets differ; holds in seconds. */
function describeDone(entry: TLoggedExercise, unit: TUnits): string {
  const values = entry.sets.map((set) => (set.seconds !== undefined ? `${set.seconds} s` : `${set.reps ?? 0}`));
  const volume = values.every((value) => value === values[0]) ? `${values.length} x ${values[0]}` : values.join(", ");
  const loads = entry.sets.map((set) => set.load).filter((load): load is number => load !== undefined);
  return loads.length > 0 ? `${volume} at ${formatTargetLoad({ value: Math.max(...loads), unit })}` : volume;
}

/** Whether a set (or a whole set) fell short: the part of "missed" that is not about the tank. */
function judgeShortfall(prescription: TPrescription, entry: TLoggedExercise): boolean {
  const hold = prescription.seconds !== undefined;
  const target = hold ? prescription.seconds! : (prescription.reps ?? 0);
  const done = entry.sets.map((set) => (hold ? (set.seconds ?? 0) : (set.reps ?? 0)));
  return done.length < prescription.sets || done.slice(0, prescription.sets).some((value) => value <= target - (hold ? HOLD_MISS_SECONDS : MISS_REPS));
}

function judge(prescription: TPrescription, entry: TLoggedExercise): "beat" | "hit" | "missed" {
  if (entry.rir === 0 || judgeShortfall(prescription, entry)) return "missed";
  const hold = prescription.seconds !== undefined;
  const target = hold ? prescription.seconds! : (prescription.reps ?? 0);
  const planned = entry.sets.slice(0, prescription.sets).map((set) => (hold ? (set.seconds ?? 0) : (set.reps ?? 0)));
  const beaten = planned.every((value) => value >= target + (hold ? HOLD_BEAT_SECONDS : BEAT_REPS));
  return beaten && (entry.rir === undefined || entry.rir >= 2) ? "beat" : "hit";
}

/** The logged exercise's heaviest load in the plan's units, if one was logged. */
function loggedLoad(entry: TLoggedExercise, log: TSessionLog, units: TUnits): number | undefined {
  const loads = entry.sets.map((set) => set.load).filter((load): load is number => load !== undefined && load > 0);
  return loads.length === 0 ? undefined : convertLoad(Math.max(...loads), log.unit, units);
}

function describeOutcome(options: { outcome: TOutcome; name: string; prescription: TPrescription; entry?: TLoggedExercise; log?: TSessionLog; date: string }): string {
  const { outcome, name, prescription, entry, log } = options;
  const target = formatDose(prescription, { unilateral: false, plain: true });
  // One line for the whole session, however many of its exercises come back.
  if (outcome === "skipped" || !entry || !log) return `You skipped the session on ${formatDate(options.date, "weekday")}, so its exercises repeat their dose`;
  const done = describeDone(entry, log.unit);
  const tank = entry.rir === undefined ? "" : ` with ${entry.rir} in the tank`;
  if (outcome === "beat") return `${name}: you did ${done}${tank}`;
  if (outcome === "hit") return `${name}: you did ${done}, on target`;
  const short = judgeShortfall(prescription, entry);
  return short ? `${name}: ${done} fell short of ${target}` : `${name}: you did ${done} but went to failure (0 in the tank)`;
}

/** A variant of `exercise` the runner can do, not already in the session. */
function variantOf(options: { id: string; direction: "harder" | "easier"; equipment: readonly TEquipment[]; taken: ReadonlySet<string> }): TSessionItem | null {
  const exercise = findExercise(options.id);
  for (const candidateId of exercise?.[options.direction] ?? []) {
    const candidate = findExercise(candidateId);
    if (!candidate || options.taken.has(candidate.id) || candidate.category !== exercise!.category) continue;
    const owned = findOwnedEquipmentSet(candidate, options.equipment);
    if (owned !== undefined) return { exercise: candidate, equipment: owned };
  }
  return null;
}

type TApplied = { rule: TAdaptationRule; text: string; from: string } | null;

/** Turns the previous log's outcome into this session's dose; returns what to say about it. */
function applyPending(options: {
  lineage: TLineage;
  recipe: TDoseRecipe;
  item: TSessionItem;
  equipment: readonly TEquipment[];
  units: TUnits;
  taken: ReadonlySet<string>;
}): TApplied {
  const { lineage, recipe, item, units } = options;
  const pending = lineage.pending!;
  lineage.pending = undefined;
  const from = pending.from;
  const current = lineage.variant ? { exercise: findExercise(lineage.variant)!, equipment: [] as TEquipment[] } : item;
  const implement = measurableImplement(item.equipment);
  const hold = current.exercise.dose === "seconds";
  const repeat = () => (lineage.offset = pending.level - recipe.level);
  // In the race block nothing goes up: not even to a heavier load the runner chose themselves.
  const held = recipe.phase !== "general";
  const anchorAt = (value: number | undefined, level: number) => {
    if (value === undefined || !implement) return;
    lineage.anchor = { value: held && pending.target !== undefined ? Math.min(value, pending.target) : value, level };
  };
  const loadText = (load: TTargetLoad | undefined) => (load ? formatTargetLoad(load) : "");

  if (pending.outcome === "skipped") {
    repeat();
    return { rule: "skipped", text: pending.text, from };
  }
  if (pending.outcome === "hit") {
    anchorAt(pending.load, pending.level);
    return null;
  }
  if (pending.outcome === "missed") {
    repeat();
    anchorAt(pending.load, pending.level);
    return { rule: "missed", text: `${pending.text}: the same dose again`, from };
  }
  if (pending.outcome === "beat" && held) {
    repeat();
    anchorAt(pending.load, pending.level);
    return { rule: "held", text: `${pending.text}, but the race block holds the dose: the same again`, from };
  }
  const up = pending.outcome === "beat";
  if (implement) {
    const step = Math.max(0, stepOf(pending.level) + (up ? 1 : -1));
    const level = firstLevelOfStep(step);
    lineage.offset = level - recipe.level;
    const load = pending.load === undefined ? undefined : stepLoad({ value: pending.load, steps: up ? 1 : -1, implement, unit: units });
    if (load) lineage.anchor = { value: load.value, level };
    const reps = openLadderAt(level).reps;
    const change = load ? `${loadText(load)}, ${up ? "back to" : "at"} ${reps} reps` : `${up ? "a heavier load" : "a lighter load"}, ${reps} reps`;
    return up ? { rule: "beat", text: `${pending.text}: ${change}`, from } : { rule: "missed-twice", text: `${pending.text} twice in a row: ${change}`, from };
  }
  const variant = variantOf({ id: current.exercise.id, direction: up ? "harder" : "easier", equipment: options.equipment, taken: options.taken });
  repeat();
  if (variant) {
    lineage.variant = variant.exercise.id;
    return up
      ? { rule: "beat", text: `${pending.text}: on to ${variant.exercise.name}`, from }
      : { rule: "missed-twice", text: `${pending.text} twice in a row: back to ${variant.exercise.name}`, from };
  }
  if (hold) lineage.offset += up ? HOLD_EXTRA_LEVELS : -1;
  else lineage.extraReps = Math.max(0, lineage.extraReps + (up ? EXTRA_REPS : -EXTRA_REPS));
  const more = hold ? (up ? "10 s longer" : "5 s shorter") : up ? "2 more reps a set" : "2 fewer reps a set";
  return up ? { rule: "beat", text: `${pending.text}: ${more}`, from } : { rule: "missed-twice", text: `${pending.text} twice in a row: ${more}`, from };
}

/** The concrete load at `level` from the lineage's anchor: the ladder's load steps since the anchor. */
function targetLoadAt(lineage: TLineage, level: number, implement: TImplement | null, units: TUnits): TTargetLoad | undefined {
  if (!lineage.anchor || !implement) return undefined;
  return stepLoad({ value: lineage.anchor.value, steps: stepOf(level) - stepOf(lineage.anchor.level), implement, unit: units });
}

/**
 * The sessions with the runner's logs applied: statuses (done, skipped) and, from each logged
 * session on, the adapted dose of every exercise it held.
 */
export function adaptToLogs(options: {
  sessions: readonly TSession[];
  recipes: ReadonlyMap<string, TDoseRecipe>;
  logs: Readonly<Record<string, TSessionLog>>;
  units: TUnits;
  equipment: readonly TEquipment[];
}): TSession[] {
  const { logs, units, equipment } = options;
  const lineages = new Map<string, TLineage>();
  return options.sessions.map((session) => {
    const log = logs[session.id];
    const status = log ? log.status : session.status;
    const recipe = options.recipes.get(session.id);
    if (!recipe || recipe.intro) return log ? { ...session, status } : session;
    const skipped = status === "skipped";
    const taken = new Set(session.exercises.map((exercise) => exercise.exerciseId));
    const why: TWhy[] = [];
    let changed = false;
    const exercises = session.exercises.map((base, index) => {
      const item = recipe.items[index];
      if (!adaptable(item)) return base;
      let lineage = lineages.get(item.exercise.id);
      let prescription = base;
      let level = recipe.level;
      if (lineage) {
        const applied = lineage.pending ? applyPending({ lineage, recipe, item, equipment, units, taken }) : null;
        level = recipe.level + lineage.offset;
        const variant = lineage.variant ? findExercise(lineage.variant) : undefined;
        const variantItem: TSessionItem = variant ? { exercise: variant, equipment: findOwnedEquipmentSet(variant, equipment) ?? [] } : item;
        const targetLoad = targetLoadAt(lineage, level, measurableImplement(item.equipment), units);
        // The common case (a logged load riding on the plan's own dose) needs no new dose: only the
        // target. Anything else (offset, variant, extra reps, the ladder's top, a kettlebell note) re-doses.
        const plainTarget =
          lineage.offset === 0 && !variant && lineage.extraReps === 0 && base.note === undefined && base.seconds === undefined && !ladderAt(level).top;
        prescription = plainTarget
          ? targetLoad
            ? { ...base, targetLoad }
            : base
          : prescribeDose({ item: variantItem, phase: recipe.phase, level, units, adapted: { extraReps: lineage.extraReps, targetLoad } });
        if (applied) {
          prescription = { ...prescription, adapted: { rule: applied.rule, from: applied.from } };
          if (!why.some((line) => line.text === applied.text)) why.push({ rule: `11.${applied.rule}`, text: applied.text });
        }
        changed = true;
      }
      // This session's own log, judged against what it prescribed, for the next session with this exercise.
      const entry = log?.status === "done" ? log.exercises.find((logged) => logged.exerciseId === prescription.exerciseId) : undefined;
      if (skipped || entry) {
        lineage ??= { offset: 0, extraReps: 0, missedStreak: 0 };
        lineages.set(item.exercise.id, lineage);
        let outcome: TOutcome = skipped ? "skipped" : judge(prescription, entry!);
        if (outcome === "missed") {
          lineage.missedStreak += 1;
          if (lineage.missedStreak >= 2) {
            outcome = "missed-twice";
            lineage.missedStreak = 0;
          }
        } else if (outcome !== "skipped") lineage.missedStreak = 0;
        lineage.pending = {
          outcome,
          from: session.id,
          level,
          load: entry && log ? loggedLoad(entry, log, units) : undefined,
          target: prescription.targetLoad?.value,
          text: describeOutcome({ outcome, name: prescription.name, prescription, entry, log, date: session.date }),
        };
      }
      return prescription;
    });
    if (!changed && status === session.status) return session;
    return { ...session, status, exercises, why: [...session.why, ...why] };
  });
}
