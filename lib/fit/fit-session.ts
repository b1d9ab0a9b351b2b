/**
 * The session a FIT workout is written from: the few fields of a plan session (DOMAIN.md
 * section 7) that the watch needs, as a structural type of its own so the engine's types can
 * change without touching the writer. A plan session passes as is: unknown keys are dropped.
 */
import { z } from "zod";
import { isIsoDate, UNITS } from "@/lib/plan-input-values";
import { MAX_EXERCISE_WEIGHT_KG, toKilograms } from "./to-kilograms";

// FIT time_created is a uint32 of seconds since 1989-12-31; 2100 keeps well inside it.
const MAX_FIT_YEAR = 2100;

export const ZFitUnits = z.enum(UNITS);

const ZTargetLoad = z
  .object({ value: z.number().positive(), unit: ZFitUnits })
  .refine((load) => toKilograms(load) <= MAX_EXERCISE_WEIGHT_KG, {
    error: `A target load must be at most ${MAX_EXERCISE_WEIGHT_KG} kg (the most a FIT step can hold)`,
  });

export const ZFitPrescription = z.object({
  exerciseId: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200),
  sets: z.int().min(1).max(20),
  reps: z.int().min(1).max(1000).optional(),
  seconds: z.int().min(1).max(3600).optional(),
  restSeconds: z.int().min(0).max(3600),
  targetLoad: ZTargetLoad.optional(),
});

export const ZFitSession = z.object({
  id: z.string().min(1).max(100),
  date: z
    .string()
    .refine((date) => isIsoDate(date) && Number(date.slice(0, 4)) <= MAX_FIT_YEAR, { error: `Expected a date YYYY-MM-DD up to ${MAX_FIT_YEAR}` }),
  title: z.string().trim().min(1).max(200),
  exercises: z.array(ZFitPrescription).min(1).max(30),
});

export type TFitUnits = z.infer<typeof ZFitUnits>;
export type TFitPrescription = z.infer<typeof ZFitPrescription>;
export type TFitSession = z.infer<typeof ZFitSession>;
