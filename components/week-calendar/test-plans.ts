/** Plans for the view tests, built by the real engine with a pinned `today`. */
import { buildPlan } from "@/lib/engine/build-plan";
import type { TPlan } from "@/lib/engine/types";
import type { TPlanInput } from "@/lib/plan-input";

export const MARATHON_INPUT: TPlanInput = {
  races: [
    { date: "2027-04-25", name: "Spring Marathon", distance: "marathon", priority: "A" },
    { date: "2027-03-07", name: "Tune-up Half", distance: "half", priority: "B" },
    { date: "2027-01-24", name: "Winter 5K", distance: "5k", priority: "C" },
  ],
  startDate: "2026-11-02",
  schedule: { mon: "rest", tue: "hard", wed: "easy", thu: "easy", fri: "rest", sat: "easy", sun: "long" },
  equipment: ["kettlebell", "loop-band", "dumbbells", "step"],
  experience: "experienced",
  sessionMinutes: 45,
  taper: "full",
  units: "kg",
  timeZone: "Europe/London",
};

export function buildMarathonPlan(overrides: Partial<TPlanInput> = {}): TPlan {
  return buildPlan({ ...MARATHON_INPUT, ...overrides }, { today: "2026-11-02" });
}
