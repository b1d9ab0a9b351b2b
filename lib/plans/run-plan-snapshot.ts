import type { TResolvedPlanInput } from "@/lib/plan-input";
import type { TRunPlanSnapshot } from "./stored-plan";

/**
 * The run-plan snapshot to keep after a create or update (section 10: a refresh must tell the
 * runner's own changes from the feed's). A new or changed link records what was sent as the feed's
 * days: the runner reviews the import and changes what they want before applying it, so what they
 * apply counts as the feed's; a later edit away from it is a hand change. The same link keeps the
 * snapshot it has; no link keeps none.
 */
export function nextRunPlanSnapshot(options: { input: TResolvedPlanInput; previous: TRunPlanSnapshot | null; now: Date }): TRunPlanSnapshot | null {
  const url = options.input.runPlanSource?.url;
  if (url === undefined) return null;
  if (options.previous?.url === url) return options.previous;
  return { url, fetchedAt: options.now.toISOString(), days: { ...options.input.runDays } };
}

