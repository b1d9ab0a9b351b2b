import { deletePlan, findPlan, updatePlan } from "@/lib/db/plans";
import { authorizeEdit } from "@/lib/http/authorize-edit";
import { notFoundError } from "@/lib/http/errors";
import { handleRoute } from "@/lib/http/handle-route";
import { createMethodHandlers } from "@/lib/http/method-not-allowed";
import { toPlanJson } from "@/lib/http/plan-json";
import { readPlanRequest } from "@/lib/http/read-plan-request";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string }> };

/** 200 { id, createdAt, updatedAt, input, plan }; 404 for unknown or malformed ids. */
export const GET = handleRoute(async (_request: Request, { params }: TContext) => {
  const { id } = await params;
  const stored = await findPlan(id);
  if (!stored) throw notFoundError();
  return Response.json(toPlanJson(stored), { headers: { "Cache-Control": "private, no-cache" } });
});

/** Replace the input and regenerate: 404, then 401/403 (before the body is read), then 415/413/400/422. */
export const PUT = handleRoute(async (request: Request, { params }: TContext) => {
  const { id } = await params;
  await authorizeEdit(request, id);
  const content = await readPlanRequest(request, new Date());
  const stored = await updatePlan(id, content);
  if (!stored) throw notFoundError();
  return Response.json(toPlanJson(stored), { headers: { "Cache-Control": "no-store" } });
});

/** 204 with the plan's token; 404/401/403 otherwise. */
export const DELETE = handleRoute(async (request: Request, { params }: TContext) => {
  const { id } = await params;
  await authorizeEdit(request, id);
  if (!(await deletePlan(id))) throw notFoundError();
  return new Response(null, { status: 204 });
});

const methods = createMethodHandlers(["GET", "HEAD", "PUT", "DELETE"]);
export const POST = methods.notAllowed;
export const PATCH = methods.notAllowed;
export const OPTIONS = methods.options;
