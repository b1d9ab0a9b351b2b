/**
 * Workout mode as a state machine (a pure reducer): which exercise is on screen, what the runner
 * typed in each set's boxes, which sets are ticked, the one running countdown (a rest after a
 * ticked set, or a hold) and what a screen reader should hear about it. Every action that touches
 * time carries `now`, so the reducer never reads a clock.
 */
import type { TWorkoutExercise } from "./workout-model";
import { elapsedMs, extendTimer, hasEnded, milestoneAt, pauseTimer, resumeTimer, spokenDuration, startTimer, type TTimer, type TTimerMilestone } from "./timer";

export type TSetDraft = {
  /** What the main box holds: reps (or metres), or seconds for a hold. Text, as typed. */
  amount: string;
  /** The load box, in the plan's units; "" when none. */
  load: string;
  done: boolean;
};

export type TActiveTimer = {
  kind: "rest" | "hold";
  exerciseIndex: number;
  setIndex: number;
  timer: TTimer;
  /** The last milestone announced, so each is said once. */
  announced: TTimerMilestone;
};

export type TWorkoutState = {
  exercises: readonly TWorkoutExercise[];
  index: number;
  sets: TSetDraft[][];
  /** Reps in reserve on each exercise's last set (0-5), or null when not given. */
  rir: (number | null)[];
  timer: TActiveTimer | null;
  /** The latest polite announcement; `serial` changes with every new one, even a repeated text. */
  announcement: { serial: number; text: string } | null;
  /** Bumped each time a countdown runs out: the component beeps or vibrates on a change. */
  alarms: number;
};

export type TWorkoutAction =
  | { type: "edit"; exercise: number; set: number; field: "amount" | "load"; value: string }
  | { type: "toggle-set"; exercise: number; set: number; now: number }
  | { type: "start-hold"; exercise: number; set: number; now: number }
  | { type: "pause"; now: number }
  | { type: "resume"; now: number }
  | { type: "extend"; ms: number }
  | { type: "skip" }
  | { type: "tick"; now: number }
  | { type: "set-rir"; exercise: number; value: number | null }
  | { type: "go"; index: number }
  | { type: "restore"; saved: TSavedProgress };

/** What survives a reload (timers do not: a rest that ran out while the tab was gone is over). */
export type TSavedProgress = Pick<TWorkoutState, "index" | "sets" | "rir">;

/** +15 s on a rest. */
export const EXTRA_REST_MS = 15_000;

function draftFor(exercise: TWorkoutExercise): TSetDraft[] {
  const amount = exercise.seconds ?? exercise.reps;
  return Array.from({ length: exercise.sets }, () => ({
    amount: amount === undefined ? "" : String(amount),
    load: exercise.targetLoad ? String(exercise.targetLoad.value) : "",
    done: false,
  }));
}

export function initialWorkoutState(exercises: readonly TWorkoutExercise[]): TWorkoutState {
  return {
    exercises,
    index: 0,
    sets: exercises.map(draftFor),
    rir: exercises.map(() => null),
    timer: null,
    announcement: null,
    alarms: 0,
  };
}

function announce(state: TWorkoutState, text: string): TWorkoutState["announcement"] {
  return { serial: (state.announcement?.serial ?? 0) + 1, text };
}

function isLastSetOfWorkout(state: TWorkoutState, exercise: number, set: number): boolean {
  return exercise === state.exercises.length - 1 && set === state.exercises[exercise].sets - 1;
}

/** "Set 2 of Goblet squat is next." or "Next exercise: Calf raise." once an exercise is all ticked. */
function whatIsNext(state: TWorkoutState, exercise: number): string {
  const open = state.sets[exercise].findIndex((set) => !set.done);
  if (open !== -1) return `Set ${open + 1} of ${state.exercises[exercise].name} is next.`;
  const following = state.exercises[exercise + 1];
  return following ? `Next exercise: ${following.name}.` : "That was the last set: finish when you are ready.";
}

function updateSet(state: TWorkoutState, exercise: number, set: number, change: Partial<TSetDraft>): TSetDraft[][] {
  return state.sets.map((sets, e) => (e === exercise ? sets.map((draft, s) => (s === set ? { ...draft, ...change } : draft)) : sets));
}

/** A ticked set starts its rest (none after the very last set of the session). */
function startRest(state: TWorkoutState, exercise: number, set: number, now: number): TWorkoutState {
  if (isLastSetOfWorkout(state, exercise, set)) {
    return { ...state, timer: null, announcement: announce(state, "Last set done. Finish when you are ready.") };
  }
  const seconds = state.exercises[exercise].restSeconds;
  return {
    ...state,
    timer: { kind: "rest", exerciseIndex: exercise, setIndex: set, timer: startTimer(seconds * 1000, now), announced: "started" },
    announcement: announce(state, `Rest ${spokenDuration(seconds)}.`),
  };
}

function toggleSet(state: TWorkoutState, exercise: number, set: number, now: number): TWorkoutState {
  const draft = state.sets[exercise]?.[set];
  if (!draft) return state;
  if (draft.done) {
    const timerOfThisSet = state.timer && state.timer.exerciseIndex === exercise && state.timer.setIndex === set;
    return { ...state, sets: updateSet(state, exercise, set, { done: false }), timer: timerOfThisSet ? null : state.timer };
  }
  // Ticked during its own hold: the runner stopped early, so log the seconds actually held.
  const hold = state.timer?.kind === "hold" && state.timer.exerciseIndex === exercise && state.timer.setIndex === set ? state.timer : null;
  const held = hold ? { amount: String(Math.floor(elapsedMs(hold.timer, now) / 1000)) } : {};
  const ticked = { ...state, sets: updateSet(state, exercise, set, { done: true, ...held }) };
  return startRest(ticked, exercise, set, now);
}

function holdSeconds(state: TWorkoutState, exercise: number, set: number): number {
  const typed = Number(state.sets[exercise][set].amount);
  return Number.isInteger(typed) && typed > 0 ? typed : (state.exercises[exercise].seconds ?? 0);
}

function startHold(state: TWorkoutState, exercise: number, set: number, now: number): TWorkoutState {
  if (!state.sets[exercise]?.[set]) return state;
  const seconds = holdSeconds(state, exercise, set);
  if (seconds <= 0) return state;
  return {
    ...state,
    timer: { kind: "hold", exerciseIndex: exercise, setIndex: set, timer: startTimer(seconds * 1000, now), announced: "started" },
    announcement: announce(state, `Hold ${spokenDuration(seconds)}: go.`),
  };
}

/** A countdown ran out: a rest ends, a hold ticks its set and starts the rest. */
function endTimer(state: TWorkoutState, active: TActiveTimer, now: number): TWorkoutState {
  const alarmed = { ...state, alarms: state.alarms + 1 };
  if (active.kind === "rest") {
    return { ...alarmed, timer: null, announcement: announce(state, `Rest over. ${whatIsNext(state, active.exerciseIndex)}`) };
  }
  const held = { ...alarmed, sets: updateSet(state, active.exerciseIndex, active.setIndex, { done: true }) };
  const rested = startRest(held, active.exerciseIndex, active.setIndex, now);
  const rest = rested.timer ? ` Rest ${spokenDuration(state.exercises[active.exerciseIndex].restSeconds)}.` : " Finish when you are ready.";
  return { ...rested, announcement: announce(state, `Hold done.${rest}`) };
}

function tick(state: TWorkoutState, now: number): TWorkoutState {
  const active = state.timer;
  if (!active) return state;
  if (hasEnded(active.timer, now)) return endTimer(state, active, now);
  const milestone = milestoneAt(active.timer, now);
  if (milestone === "ten-left" && active.announced === "started") {
    return { ...state, timer: { ...active, announced: "ten-left" }, announcement: announce(state, "10 seconds left.") };
  }
  return state;
}

function mapTimer(state: TWorkoutState, change: (active: TActiveTimer) => TActiveTimer | null): TWorkoutState {
  return state.timer ? { ...state, timer: change(state.timer) } : state;
}

function clampIndex(state: TWorkoutState, index: number): number {
  return Math.min(Math.max(0, Math.trunc(index)), state.exercises.length - 1);
}

function isDraft(value: unknown): value is TSetDraft {
  const draft = value as TSetDraft | null;
  return typeof draft === "object" && draft !== null && typeof draft.amount === "string" && typeof draft.load === "string" && typeof draft.done === "boolean";
}

/** Saved progress fits only the workout it came from (same exercises, same set counts). */
function fits(state: TWorkoutState, saved: TSavedProgress): boolean {
  return (
    Array.isArray(saved.sets) &&
    saved.sets.length === state.exercises.length &&
    saved.sets.every((sets, i) => Array.isArray(sets) && sets.length === state.exercises[i].sets && sets.every(isDraft)) &&
    Array.isArray(saved.rir) &&
    saved.rir.length === state.exercises.length &&
    saved.rir.every((value) => value === null || (Number.isInteger(value) && value >= 0 && value <= 5))
  );
}

export function workoutReducer(state: TWorkoutState, action: TWorkoutAction): TWorkoutState {
  switch (action.type) {
    case "edit":
      if (!state.sets[action.exercise]?.[action.set]) return state;
      return { ...state, sets: updateSet(state, action.exercise, action.set, { [action.field]: action.value }) };
    case "toggle-set":
      return toggleSet(state, action.exercise, action.set, action.now);
    case "start-hold":
      return startHold(state, action.exercise, action.set, action.now);
    case "pause":
      return mapTimer(state, (active) => (active.kind === "hold" ? { ...active, timer: pauseTimer(active.timer, action.now) } : active));
    case "resume":
      return mapTimer(state, (active) => ({ ...active, timer: resumeTimer(active.timer, action.now) }));
    case "extend":
      return mapTimer(state, (active) =>
        active.kind === "rest" ? { ...active, timer: extendTimer(active.timer, action.ms), announced: "started" } : active,
      );
    case "skip":
      return state.timer?.kind === "rest" ? { ...state, timer: null, announcement: announce(state, `Rest skipped. ${whatIsNext(state, state.timer.exerciseIndex)}`) } : state;
    case "tick":
      return tick(state, action.now);
    case "set-rir":
      if (action.exercise < 0 || action.exercise >= state.exercises.length) return state;
      return { ...state, rir: state.rir.map((value, i) => (i === action.exercise ? action.value : value)) };
    case "go":
      return state.exercises.length === 0 ? state : { ...state, index: clampIndex(state, action.index) };
    case "restore":
      return fits(state, action.saved) ? { ...state, index: clampIndex(state, action.saved.index), sets: action.saved.sets, rir: action.saved.rir } : state;
  }
}
