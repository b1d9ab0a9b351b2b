import { refreshRunPlan } from "@/lib/plans/refresh-run-plan";
import type { TRefreshRunPlanResponse } from "@/lib/plans/plan-response";
import { authorizeEdit } from "@/lib/http/authorize-edit";
import { handleRoute } from "@/lib/http/handle-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { getImportRateLimiter, limitPlanCreation } from "@/lib/http/rate-limit";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string }> };

/**
 * Reads the plan's linked run plan again and re-applies it, keeping the dates the runner changed:
 * 200 { plan, changedDates }. 404, 401, 403 first; 409 no_run_plan_source without a link; the
 * calendar's errors as on POST /api/run-plan/import (422, 413, 502). No body is read.
 */
export const POST = handleRoute(async (request: Request, { params }: TContext) => {
  const { id } = await params;
  await authorizeEdit(request, id);
  // A refresh costs what an import does, so it spends from the import bucket; after the token
  // check, so 404/401/403 come first as on every edit.
  const limited = await limitPlanCreation(request, getImportRateLimiter(), "calendar imports");
  if (limited) return limited;
  const refreshed = await refreshRunPlan({ id, now: new Date() });
  const body: TRefreshRunPlanResponse = { plan: refreshed.plan, changedDates: refreshed.changedDates };
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
