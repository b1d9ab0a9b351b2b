import { adjustSession } from "@/lib/plans/adjust-session";
import type { TAdjustSessionResponse } from "@/lib/plans/plan-response";
import { authorizeEdit } from "@/lib/http/authorize-edit";
import { handleRoute } from "@/lib/http/handle-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { readJson } from "@/lib/http/read-json";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string; sessionId: string }> };

/**
 * Move a session ({ date }), put it back ({ date: null }), skip or unskip it ({ status }):
 * 200 { plan, warnings }; 422 illegal_date with the rule in the runner's words; 404, 401, 403.
 */
export const PATCH = handleRoute(async (request: Request, { params }: TContext) => {
  const { id, sessionId } = await params;
  await authorizeEdit(request, id);
  const body: TAdjustSessionResponse = await adjustSession({ id, sessionId, raw: await readJson(request) });
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
});

export const { GET, HEAD, POST, PUT, DELETE, OPTIONS } = otherMethods(["PATCH"]);
