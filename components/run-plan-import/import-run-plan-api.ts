/** The browser side of POST /api/run-plan/import: nothing is stored, the answer is only reviewed. */
import { requestJson, type TApiResult } from "@/components/planner-form/plan-api";
import type { TRunPlanImport } from "@/lib/run-plan/types";

export type TRunPlanSource = { ics: string } | { url: string };

export function importRunPlan(options: { source: TRunPlanSource; timeZone: string }): Promise<TApiResult<TRunPlanImport>> {
  return requestJson("/api/run-plan/import", {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify({ ...options.source, timeZone: options.timeZone }),
  });
}
