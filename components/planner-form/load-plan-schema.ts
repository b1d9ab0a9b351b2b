import type { ZPlanInput } from "@/lib/plan-input";

export type TPlanSchema = typeof ZPlanInput;

let loaded: TPlanSchema | null = null;
let pending: Promise<TPlanSchema> | null = null;

/**
 * The one schema (ZPlanInput), fetched on first use: zod is the largest piece of the form's
 * JavaScript, and keeping it out of the first load keeps `/` quick to paint and to respond.
 * Every caller shares one request; a failed load is forgotten so the next call retries.
 */
export function loadPlanSchema(): Promise<TPlanSchema> {
  pending ??= import("@/lib/plan-input").then(
    (module) => (loaded = module.ZPlanInput),
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/** The schema if it has already arrived, so later renders can validate without waiting. */
export function loadedPlanSchema(): TPlanSchema | null {
  return loaded;
}
