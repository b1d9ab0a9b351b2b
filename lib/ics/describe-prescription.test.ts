import { describe, expect, it } from "vitest";
import { buildPlan } from "@/lib/engine/build-plan";
import { ZPlanInput } from "@/lib/plan-input";
import type { TPrescription } from "@/lib/engine/types";
import { describePrescription } from "./describe-prescription";

const swing: TPrescription = {
  exerciseId: "kettlebell-swing",
  name: "Kettlebell swing",
  category: "hinge",
  equipment: ["kettlebell"],
  sets: 3,
  reps: 12,
  load: "moderate",
  restSeconds: 90,
};

describe("describePrescription", () => {
  it("one-sided exercises say 'each side' from the catalogue, with no note needed", () => {
    const line = describePrescription({ ...swing, exerciseId: "split-squat", name: "Split squat", category: "single-leg", reps: 10 });
    expect(line).toBe("Split squat: 3 x 10 each side, moderate, rest 90 s");
  });

  it("the engine's kettlebell note reads without nested brackets", () => {
    const line = describePrescription({ ...swing, note: "12-16 kg kettlebell (middle of the range)" });
    expect(line).toBe("Kettlebell swing: 3 x 12, moderate, rest 90 s (12-16 kg kettlebell, middle of the range)");
  });

  it("two notes read as one bracket, split by a semicolon", () => {
    const line = describePrescription({
      ...swing,
      note: "Top of the ladder: move on to Single-leg Romanian deadlift when this feels easy. 26-35 lb kettlebell (heavier end of the range)",
    });
    expect(line).toBe(
      "Kettlebell swing: 3 x 12, moderate, rest 90 s (Top of the ladder: move on to Single-leg Romanian deadlift when this feels easy; 26-35 lb kettlebell, heavier end of the range)",
    );
  });

  it("every line of a real plan has balanced, unnested brackets and says 'each side' exactly once for one-sided work", () => {
    const input = ZPlanInput.parse({
      races: [{ date: "2027-05-02", distance: "marathon", priority: "A" }],
      startDate: "2027-01-04",
      schedule: { mon: "rest", tue: "easy", wed: "hard", thu: "easy", fri: "rest", sat: "long", sun: "easy" },
      equipment: ["kettlebell", "loop-band", "dumbbells", "step"],
      experience: "experienced",
      sessionMinutes: 60,
      taper: "light",
      units: "kg",
      timeZone: "Europe/London",
    });
    const plan = buildPlan(input, { today: "2027-01-04" });
    const lines = plan.sessions.flatMap((session) => session.exercises.map(describePrescription));
    expect(lines.some((line) => line.includes("kg kettlebell, "))).toBe(true);
    for (const line of lines) {
      expect(line).not.toMatch(/\([^)]*\(/);
      expect(line.match(/each side/gi)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });
});
