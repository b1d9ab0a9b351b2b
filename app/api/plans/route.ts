import { createPlan } from "@/lib/db/plans";
import { handleRoute } from "@/lib/http/handle-route";
import { createMethodHandlers } from "@/lib/http/method-not-allowed";
import { limitPlanCreation } from "@/lib/http/rate-limit";
import { readPlanRequest } from "@/lib/http/read-plan-request";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Create a plan: 201 { id, editToken, plan }. The only response that ever carries the token. */
export const POST = handleRoute(async (request: Request) => {
  // Before the body is read: a client over its limit costs us no parsing or planning.
  const limited = await limitPlanCreation(request);
  if (limited) return limited;
  const content = await readPlanRequest(request, new Date());
  const { stored, editToken } = await createPlan(content);
  return Response.json(
    { id: stored.id, editToken, plan: stored.plan },
    { status: 201, headers: { Location: `/plans/${stored.id}`, "Cache-Control": "no-store" } },
  );
});

const methods = createMethodHandlers(["POST"]);
export const GET = methods.notAllowed;
export const HEAD = methods.notAllowed;
export const PUT = methods.notAllowed;
export const PATCH = methods.notAllowed;
export const DELETE = methods.notAllowed;
export const OPTIONS = methods.options;
