/**
 * Sessions with what the golden plans do not have yet: target loads (kg and lb), a one-sided
 * hold, a distance dose, a zero rest and exercises the FIT profile maps only in part.
 */
import type { TFitSession } from "@/lib/fit/fit-session";

export const KG_SESSION: TFitSession = {
  id: "2027-03-01-A",
  date: "2027-03-01",
  title: "Strength A · General",
  exercises: [
    { exerciseId: "goblet-squat", name: "Goblet squat", sets: 3, reps: 8, restSeconds: 90, targetLoad: { value: 16, unit: "kg" } },
    { exerciseId: "single-leg-calf-raise", name: "Single-leg calf raise (slow lowering)", sets: 2, reps: 12, restSeconds: 60, targetLoad: { value: 12.5, unit: "kg" } },
    { exerciseId: "side-plank", name: "Side plank", sets: 2, seconds: 30, restSeconds: 45 },
    { exerciseId: "nordic-curl", name: "Nordic curl", sets: 2, reps: 5, restSeconds: 120 },
    { exerciseId: "tibialis-raise", name: "Tibialis raise", sets: 2, reps: 15, restSeconds: 30 },
  ],
};

export const LB_SESSION: TFitSession = {
  id: "2027-03-03-B",
  date: "2027-03-03",
  title: "Strength B · Race-specific",
  exercises: [
    { exerciseId: "romanian-deadlift", name: "Romanian deadlift", sets: 3, reps: 8, restSeconds: 90, targetLoad: { value: 95, unit: "lb" } },
    { exerciseId: "kettlebell-swing", name: "Kettlebell swing", sets: 2, reps: 15, restSeconds: 0, targetLoad: { value: 35, unit: "lb" } },
    { exerciseId: "sled-drag", name: "Sled drag", sets: 2, reps: 20, restSeconds: 60 },
    { exerciseId: "plank", name: "Plank", sets: 2, seconds: 45, restSeconds: 30 },
  ],
};
