import { deleteSessionLog } from "@/lib/plans/delete-session-log";
import { logSession } from "@/lib/plans/log-session";
import { authorizeEdit } from "@/lib/http/authorize-edit";
import { handleRoute } from "@/lib/http/handle-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { readJson } from "@/lib/http/read-json";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string; sessionId: string }> };

/**
 * Log what was done in a session (idempotent: offline clients resend): 200 { plan }, the plan adapted
 * to it; 422 with field issues (`session_in_future` for a session more than a day ahead); 404, 401, 403.
 */
export const PUT = handleRoute(async (request: Request, { params }: TContext) => {
  const { id, sessionId } = await params;
  await authorizeEdit(request, id);
  const body = await logSession({ id, sessionId, raw: await readJson(request), now: new Date() });
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
});

/** Remove the log: 204; 404, 401, 403. */
export const DELETE = handleRoute(async (request: Request, { params }: TContext) => {
  const { id, sessionId } = await params;
  await authorizeEdit(request, id);
  await deleteSessionLog({ id, sessionId });
  return new Response(null, { status: 204 });
});

export const { GET, HEAD, POST, PATCH, OPTIONS } = otherMethods(["PUT", "DELETE"]);
