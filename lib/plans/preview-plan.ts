import type { TPlan } from "@/lib/engine/types";
import { evaluatePlan } from "./stored-plan";
import { readPlanInput } from "./read-plan-input";

/** The plan an input would give, nothing stored (the form's live preview). */
export function previewPlan(options: { raw: unknown; now: Date }): TPlan {
  return evaluatePlan({ input: readPlanInput(options.raw, options.now), adjustments: { moves: {}, skips: [] }, logs: {} });
}
