import { describe, expect, it } from "vitest";
import { findExercise } from "@/lib/engine/catalogue";
import { formatDose, formatRest } from "@/lib/plan-text/dose-text";
import { buildMarathonPlan } from "@/tests/fixtures/plans";
import { buildWorkout } from "./workout-model";

const plan = buildMarathonPlan();

describe("buildWorkout", () => {
  it("carries every prescription in order, with the plan's own dose and rest wording and the catalogue's cue", () => {
    const session = plan.sessions.find((s) => s.phase === "general" && s.exercises.length > 3)!;
    const workout = buildWorkout({ planId: "p1", session, units: "kg" });
    expect(workout).toMatchObject({ planId: "p1", sessionId: session.id, title: session.title, units: "kg" });
    expect(workout.exercises.map((e) => e.exerciseId)).toEqual(session.exercises.map((e) => e.exerciseId));
    workout.exercises.forEach((exercise, i) => {
      const item = session.exercises[i];
      const info = findExercise(item.exerciseId)!;
      expect(exercise.doseText).toBe(formatDose(item, { unilateral: info.unilateral, metres: info.dose === "metres" }));
      expect(exercise.restText).toBe(formatRest(item.restSeconds));
      expect(exercise.cue).toBe(info.cue);
      expect(exercise.sets).toBe(item.sets);
      expect(exercise.seconds).toBe(item.seconds);
      expect(exercise.reps).toBe(item.seconds === undefined ? item.reps : undefined);
    });
  });

  it("gives a load box in the plan's units to weights, and none to bodyweight or band work", () => {
    const items = plan.sessions.flatMap((session) => buildWorkout({ planId: "p1", session, units: "lb" }).exercises);
    const withWeights = items.filter((e) => e.loadUnit !== null);
    const without = items.filter((e) => e.loadUnit === null);
    expect(withWeights.length).toBeGreaterThan(0);
    expect(without.length).toBeGreaterThan(0);
    expect(withWeights.every((e) => e.loadUnit === "lb")).toBe(true);
    const sessionItems = plan.sessions.flatMap((s) => s.exercises);
    for (const e of without) {
      const item = sessionItems.find((p) => p.exerciseId === e.exerciseId)!;
      expect(item.equipment.some((kit) => ["dumbbells", "kettlebell", "barbell", "cable"].includes(kit)), e.exerciseId).toBe(false);
    }
  });

  it("prefills a concrete target load and says it", () => {
    const session = plan.sessions.find((s) => s.exercises.some((e) => e.equipment.includes("kettlebell")))!;
    const index = session.exercises.findIndex((e) => e.equipment.includes("kettlebell"));
    const adapted = { ...session, exercises: session.exercises.map((e, i) => (i === index ? { ...e, targetLoad: { value: 20, unit: "kg" as const } } : e)) };
    const exercise = buildWorkout({ planId: "p1", session: adapted, units: "kg" }).exercises[index];
    expect(exercise.targetLoad).toEqual({ value: 20, unit: "kg" });
    expect(exercise.targetLoadText).toBe("20 kg");
    expect(exercise.loadUnit).toBe("kg");
  });
});
