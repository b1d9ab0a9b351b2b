import type { TPlan } from "@/lib/engine/types";
import { insertPlanRow } from "@/lib/db/plans";
import { hashEditToken, newEditToken, newPlanId } from "@/lib/db/plan-secrets";
import { evaluatePlan } from "./stored-plan";
import { readPlanInput } from "./read-plan-input";
import { CURRENT_INPUT_VERSION } from "./stored-input";
import { nextRunPlanSnapshot } from "./run-plan-snapshot";

/**
 * Creates a plan from untrusted input. Only the validated input is stored (the plan is rebuilt on
 * every read); the edit token is returned once and only its hash is kept.
 */
export async function createPlan(options: { raw: unknown; now: Date }): Promise<{ id: string; editToken: string; plan: TPlan }> {
  const input = readPlanInput(options.raw, options.now);
  const plan = evaluatePlan({ input, adjustments: { moves: {}, skips: [] }, logs: {} });
  const id = newPlanId();
  const editToken = newEditToken();
  const snapshot = nextRunPlanSnapshot({ input, previous: null, now: options.now });
  await insertPlanRow({
    id,
    editTokenHash: hashEditToken(editToken),
    input: JSON.stringify(input),
    inputVersion: CURRENT_INPUT_VERSION,
    adjustments: JSON.stringify({ moves: {}, skips: [] }),
    engineVersion: plan.engineVersion,
    runPlanSnapshot: snapshot && JSON.stringify(snapshot),
  });
  return { id, editToken, plan };
}
