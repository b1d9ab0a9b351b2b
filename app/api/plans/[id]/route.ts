import { deletePlan } from "@/lib/plans/delete-plan";
import { getPlan } from "@/lib/plans/get-plan";
import { planVersionTag, toPlanResponse, type TUpdatePlanResponse } from "@/lib/plans/plan-response";
import { updatePlan } from "@/lib/plans/update-plan";
import { authorizeEdit } from "@/lib/http/authorize-edit";
import { notFoundError } from "@/lib/http/errors";
import { handleRoute } from "@/lib/http/handle-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { readJson } from "@/lib/http/read-json";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string }> };

/** 200 { id, createdAt, updatedAt, input, plan, logs } with the version as ETag; 404 for unknown or malformed ids. */
export const GET = handleRoute(async (_request: Request, { params }: TContext) => {
  const { id } = await params;
  const loaded = await getPlan(id);
  if (!loaded) throw notFoundError();
  return Response.json(toPlanResponse(loaded), {
    headers: { "Cache-Control": "private, no-cache", ETag: planVersionTag(loaded.stored.updatedAt) },
  });
});

/**
 * Replace the input and rebuild: 404, then 401/403 (before the body is read), then 415/413/400/422;
 * 409 when If-Match names an older version than the stored one.
 */
export const PUT = handleRoute(async (request: Request, { params }: TContext) => {
  const { id } = await params;
  await authorizeEdit(request, id);
  const updated = await updatePlan({ id, raw: await readJson(request), now: new Date(), expectedVersion: request.headers.get("if-match") });
  const body: TUpdatePlanResponse = { ...toPlanResponse(updated), warnings: updated.warnings };
  return Response.json(body, { headers: { "Cache-Control": "no-store", ETag: planVersionTag(updated.stored.updatedAt) } });
});

/** 204 with the plan's token; 404/401/403 otherwise. */
export const DELETE = handleRoute(async (request: Request, { params }: TContext) => {
  const { id } = await params;
  await authorizeEdit(request, id);
  await deletePlan(id);
  return new Response(null, { status: 204 });
});

export const { POST, PATCH, OPTIONS } = otherMethods(["GET", "HEAD", "PUT", "DELETE"]);
