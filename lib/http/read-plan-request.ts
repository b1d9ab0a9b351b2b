import { buildPlan } from "@/lib/engine/build-plan";
import type { TPlan, TResolvedPlanInput } from "@/lib/engine/types";
import { parsePlanInput, todayInTimeZone } from "@/lib/plan-input";
import { validationError } from "@/lib/http/errors";
import { readJson } from "@/lib/http/read-json";

/**
 * Reads a plan input from a request body (415/413/400/422 on failure), applies the defaults
 * (startDate = today in the runner's time zone at `now`) and builds the plan.
 */
export async function readPlanRequest(request: Request, now: Date): Promise<{ input: TResolvedPlanInput; plan: TPlan }> {
  const raw = await readJson(request);
  const parsed = parsePlanInput(raw, now);
  if (!parsed.success) throw validationError(parsed.error);
  const input = parsed.data;
  const plan = buildPlan(input, { today: todayInTimeZone(now, input.timeZone) });
  return { input, plan };
}
