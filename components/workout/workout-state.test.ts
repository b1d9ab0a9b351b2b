import { describe, expect, it } from "vitest";
import type { TWorkoutExercise } from "./workout-model";
import { EXTRA_REST_MS, initialWorkoutState, workoutReducer, type TWorkoutAction, type TWorkoutState } from "./workout-state";
import { remainingMs } from "./timer";

const T0 = 1_700_000_000_000;

function exercise(overrides: Partial<TWorkoutExercise>): TWorkoutExercise {
  return {
    exerciseId: "goblet-squat",
    name: "Goblet squat",
    doseText: "3 × 10",
    restText: "90 s",
    restSeconds: 90,
    sets: 3,
    reps: 10,
    metres: false,
    cue: "Hold the bell at your chest.",
    effortText: "Moderate",
    loadUnit: "kg",
    ...overrides,
  };
}

const SQUAT = exercise({ targetLoad: { value: 16, unit: "kg" }, targetLoadText: "16 kg" });
const PLANK = exercise({ exerciseId: "side-plank", name: "Side plank", doseText: "2 × 30 s each side", sets: 2, reps: undefined, seconds: 30, restSeconds: 45, loadUnit: null });

function run(state: TWorkoutState, ...actions: TWorkoutAction[]): TWorkoutState {
  return actions.reduce(workoutReducer, state);
}

describe("workoutReducer", () => {
  it("starts on the first exercise with every box prefilled from the prescription", () => {
    const state = initialWorkoutState([SQUAT, PLANK]);
    expect(state.index).toBe(0);
    expect(state.sets[0]).toEqual([
      { amount: "10", load: "16", done: false },
      { amount: "10", load: "16", done: false },
      { amount: "10", load: "16", done: false },
    ]);
    expect(state.sets[1]).toEqual([
      { amount: "30", load: "", done: false },
      { amount: "30", load: "", done: false },
    ]);
    expect(state.timer).toBeNull();
  });

  it("ticking a set starts its rest of restSeconds and announces it", () => {
    const state = run(initialWorkoutState([SQUAT, PLANK]), { type: "toggle-set", exercise: 0, set: 0, now: T0 });
    expect(state.sets[0][0].done).toBe(true);
    expect(state.timer?.kind).toBe("rest");
    expect(remainingMs(state.timer!.timer, T0)).toBe(90_000);
    expect(state.announcement?.text).toBe("Rest 1 minute 30 seconds.");
  });

  it("announces ten seconds left once, then the end with what comes next, and rings the alarm once", () => {
    let state = run(initialWorkoutState([SQUAT, PLANK]), { type: "toggle-set", exercise: 0, set: 0, now: T0 });
    const started = state.announcement!.serial;
    state = run(state, { type: "tick", now: T0 + 1_000 }, { type: "tick", now: T0 + 79_000 });
    expect(state.announcement!.serial).toBe(started);
    state = run(state, { type: "tick", now: T0 + 80_500 });
    expect(state.announcement).toEqual({ serial: started + 1, text: "10 seconds left." });
    state = run(state, { type: "tick", now: T0 + 85_000 });
    expect(state.announcement!.serial).toBe(started + 1);
    state = run(state, { type: "tick", now: T0 + 90_000 });
    expect(state.timer).toBeNull();
    expect(state.alarms).toBe(1);
    expect(state.announcement!.text).toBe("Rest over. Set 2 of Goblet squat is next.");
    expect(run(state, { type: "tick", now: T0 + 95_000 }).alarms).toBe(1);
  });

  it("+15 s extends the rest and says ten seconds left again; skip ends it without an alarm", () => {
    let state = run(initialWorkoutState([SQUAT]), { type: "toggle-set", exercise: 0, set: 0, now: T0 }, { type: "tick", now: T0 + 81_000 });
    expect(state.timer!.announced).toBe("ten-left");
    state = run(state, { type: "extend", ms: EXTRA_REST_MS });
    expect(remainingMs(state.timer!.timer, T0 + 90_000)).toBe(15_000);
    state = run(state, { type: "tick", now: T0 + 96_000 });
    expect(state.announcement!.text).toBe("10 seconds left.");
    state = run(state, { type: "skip" });
    expect(state.timer).toBeNull();
    expect(state.alarms).toBe(0);
    expect(state.announcement!.text).toBe("Rest skipped. Set 2 of Goblet squat is next.");
  });

  it("names the next exercise once every set of this one is ticked", () => {
    const state = run(
      initialWorkoutState([SQUAT, PLANK]),
      { type: "toggle-set", exercise: 0, set: 0, now: T0 },
      { type: "toggle-set", exercise: 0, set: 1, now: T0 },
      { type: "toggle-set", exercise: 0, set: 2, now: T0 },
      { type: "tick", now: T0 + 90_000 },
    );
    expect(state.announcement!.text).toBe("Rest over. Next exercise: Side plank.");
  });

  it("starts no rest after the very last set of the session", () => {
    const state = run(initialWorkoutState([PLANK]), { type: "toggle-set", exercise: 0, set: 0, now: T0 }, { type: "toggle-set", exercise: 0, set: 1, now: T0 + 1 });
    expect(state.timer).toBeNull();
    expect(state.announcement!.text).toBe("Last set done. Finish when you are ready.");
  });

  it("unticking a set stops its own rest but keeps another set's", () => {
    let state = run(initialWorkoutState([SQUAT]), { type: "toggle-set", exercise: 0, set: 0, now: T0 });
    expect(run(state, { type: "toggle-set", exercise: 0, set: 0, now: T0 + 1 }).timer).toBeNull();
    state = run(state, { type: "toggle-set", exercise: 0, set: 1, now: T0 + 2 }, { type: "toggle-set", exercise: 0, set: 0, now: T0 + 3 });
    expect(state.sets[0].map((set) => set.done)).toEqual([false, true, false]);
    expect(state.timer?.setIndex).toBe(1);
  });

  it("a hold counts down the seconds in its box, pauses, and on the end ticks its set and starts the rest", () => {
    let state = run(initialWorkoutState([PLANK, SQUAT]), { type: "edit", exercise: 0, set: 0, field: "amount", value: "20" });
    state = run(state, { type: "start-hold", exercise: 0, set: 0, now: T0 });
    expect(state.timer?.kind).toBe("hold");
    expect(state.announcement!.text).toBe("Hold 20 seconds: go.");
    state = run(state, { type: "pause", now: T0 + 5_000 }, { type: "tick", now: T0 + 60_000 });
    expect(remainingMs(state.timer!.timer, T0 + 60_000)).toBe(15_000);
    state = run(state, { type: "resume", now: T0 + 60_000 }, { type: "tick", now: T0 + 75_000 });
    expect(state.sets[0][0]).toEqual({ amount: "20", load: "", done: true });
    expect(state.alarms).toBe(1);
    expect(state.timer?.kind).toBe("rest");
    expect(state.announcement!.text).toBe("Hold done. Rest 45 seconds.");
  });

  it("a hold stopped early by ticking its set logs the seconds actually held", () => {
    const state = run(initialWorkoutState([PLANK, SQUAT]), { type: "start-hold", exercise: 0, set: 1, now: T0 }, { type: "toggle-set", exercise: 0, set: 1, now: T0 + 22_700 });
    expect(state.sets[0][1]).toEqual({ amount: "22", load: "", done: true });
    expect(state.timer?.kind).toBe("rest");
  });

  it("rest controls do nothing to a hold, and pause does nothing to a rest", () => {
    const hold = run(initialWorkoutState([PLANK]), { type: "start-hold", exercise: 0, set: 0, now: T0 });
    expect(run(hold, { type: "extend", ms: EXTRA_REST_MS }, { type: "skip" }).timer).toEqual(hold.timer);
    const rest = run(initialWorkoutState([SQUAT]), { type: "toggle-set", exercise: 0, set: 0, now: T0 });
    expect(run(rest, { type: "pause", now: T0 + 1_000 }).timer).toEqual(rest.timer);
  });

  it("moves between exercises within bounds and records RIR per exercise", () => {
    let state = run(initialWorkoutState([SQUAT, PLANK]), { type: "go", index: 1 }, { type: "go", index: 5 });
    expect(state.index).toBe(1);
    state = run(state, { type: "go", index: -1 }, { type: "set-rir", exercise: 0, value: 2 });
    expect(state.index).toBe(0);
    expect(state.rir).toEqual([2, null]);
    expect(run(state, { type: "set-rir", exercise: 0, value: null }).rir).toEqual([null, null]);
  });

  it("ignores edits and ticks of sets that do not exist", () => {
    const state = initialWorkoutState([SQUAT]);
    expect(run(state, { type: "edit", exercise: 0, set: 7, field: "amount", value: "3" })).toBe(state);
    expect(run(state, { type: "toggle-set", exercise: 3, set: 0, now: T0 })).toBe(state);
  });

  it("restores saved progress only when it fits this workout", () => {
    const state = initialWorkoutState([SQUAT, PLANK]);
    const saved = { index: 1, sets: [state.sets[0].map((set) => ({ ...set, done: true })), state.sets[1]], rir: [1, null] };
    expect(run(state, { type: "restore", saved }).sets[0][2].done).toBe(true);
    expect(run(state, { type: "restore", saved }).index).toBe(1);
    // A plan edited since: other set counts, broken entries or an RIR out of range are ignored.
    expect(run(state, { type: "restore", saved: { ...saved, sets: [state.sets[0]] } })).toBe(state);
    expect(run(state, { type: "restore", saved: { ...saved, sets: [[{ amount: 1 }], state.sets[1]] as never } })).toBe(state);
    expect(run(state, { type: "restore", saved: { ...saved, rir: [9, null] } })).toBe(state);
  });
});
