import { parsePlanInput, type TResolvedPlanInput } from "@/lib/plan-input";
import { issuesFromZodError } from "@/lib/validation-issues";
import { PlanError } from "./plan-error";

/**
 * Untrusted input through the one schema, with `startDate` defaulting to today in the runner's
 * (canonical) time zone at `now`. Throws a field-level validation error.
 */
export function readPlanInput(raw: unknown, now: Date): TResolvedPlanInput {
  const parsed = parsePlanInput(raw, now);
  if (!parsed.success) {
    throw new PlanError("validation_failed", "Some fields are missing or invalid; see issues for each field.", issuesFromZodError(parsed.error));
  }
  return parsed.data;
}
