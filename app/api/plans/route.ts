import { createPlan } from "@/lib/plans/create-plan";
import type { TCreatePlanResponse } from "@/lib/plans/plan-response";
import { handleRoute } from "@/lib/http/handle-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { limitPlanCreation } from "@/lib/http/rate-limit";
import { readJson } from "@/lib/http/read-json";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Create a plan: 201 { id, editToken, plan }. The only response that ever carries the token. */
export const POST = handleRoute(async (request: Request) => {
  // Before the body is read: a client over its limit costs us no parsing or planning.
  const limited = await limitPlanCreation(request);
  if (limited) return limited;
  const created = await createPlan({ raw: await readJson(request), now: new Date() });
  const body: TCreatePlanResponse = { id: created.id, editToken: created.editToken, plan: created.plan };
  return Response.json(body, { status: 201, headers: { Location: `/plans/${created.id}`, "Cache-Control": "no-store" } });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
