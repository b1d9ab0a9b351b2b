import { describe, expect, it } from "vitest";
import { ZSessionLogInput } from "@/lib/session-log-input";
import { buildLogBody } from "./build-log-body";
import type { TWorkoutExercise } from "./workout-model";
import { initialWorkoutState, workoutReducer, type TWorkoutAction } from "./workout-state";

const base = { doseText: "", restText: "", restSeconds: 60, metres: false, cue: null, effortText: "" };
const SQUAT: TWorkoutExercise = { ...base, exerciseId: "goblet-squat", name: "Goblet squat", sets: 3, reps: 10, loadUnit: "kg", targetLoad: { value: 16, unit: "kg" } };
const PLANK: TWorkoutExercise = { ...base, exerciseId: "side-plank", name: "Side plank", sets: 2, seconds: 30, loadUnit: null };
const BRIDGE: TWorkoutExercise = { ...base, exerciseId: "glute-bridge", name: "Glute bridge", sets: 2, reps: 12, loadUnit: null };

function stateAfter(exercises: TWorkoutExercise[], actions: TWorkoutAction[]) {
  return actions.reduce(workoutReducer, initialWorkoutState(exercises));
}

const tick = (exercise: number, set: number): TWorkoutAction => ({ type: "toggle-set", exercise, set, now: 0 });

describe("buildLogBody", () => {
  it("logs ticked sets with what the boxes say, RIR with its exercise, and leaves out exercises with nothing ticked", () => {
    const state = stateAfter(
      [SQUAT, PLANK, BRIDGE],
      [
        tick(0, 0),
        { type: "edit", exercise: 0, set: 1, field: "amount", value: "11" },
        { type: "edit", exercise: 0, set: 1, field: "load", value: "18,5" },
        tick(0, 1),
        tick(0, 2),
        { type: "set-rir", exercise: 0, value: 2 },
        { type: "edit", exercise: 1, set: 0, field: "amount", value: "35" },
        tick(1, 0),
      ],
    );
    const body = buildLogBody(state);
    expect(body).toEqual({
      status: "done",
      exercises: [
        { exerciseId: "goblet-squat", sets: [{ reps: 10, load: 16 }, { reps: 11, load: 18.5 }, { reps: 10, load: 16 }], rir: 2 },
        { exerciseId: "side-plank", sets: [{ seconds: 35 }] },
      ],
    });
    expect(ZSessionLogInput.safeParse(body).success).toBe(true);
  });

  it("falls back to the prescription for a box left empty or not a number, and drops a load that is not one", () => {
    const state = stateAfter(
      [SQUAT],
      [{ type: "edit", exercise: 0, set: 0, field: "amount", value: " " }, { type: "edit", exercise: 0, set: 0, field: "load", value: "heavy" }, tick(0, 0)],
    );
    expect(buildLogBody(state).exercises).toEqual([{ exerciseId: "goblet-squat", sets: [{ reps: 10 }] }]);
  });

  it("sends a done session with no exercises when nothing was ticked", () => {
    expect(buildLogBody(initialWorkoutState([SQUAT, PLANK]))).toEqual({ status: "done", exercises: [] });
  });

  it("merges an exercise that appears twice into one entry, as the schema wants", () => {
    const state = stateAfter([BRIDGE, SQUAT, BRIDGE], [tick(0, 0), tick(2, 0), tick(2, 1), { type: "set-rir", exercise: 2, value: 3 }]);
    const body = buildLogBody(state);
    expect(body.exercises).toEqual([{ exerciseId: "glute-bridge", sets: [{ reps: 12 }, { reps: 12 }, { reps: 12 }], rir: 3 }]);
    expect(ZSessionLogInput.safeParse(body).success).toBe(true);
  });
});
