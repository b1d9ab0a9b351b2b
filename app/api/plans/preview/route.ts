import { handleRoute } from "@/lib/http/handle-route";
import { createMethodHandlers } from "@/lib/http/method-not-allowed";
import { readPlanRequest } from "@/lib/http/read-plan-request";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Live preview for the form: 200 { plan }; nothing is stored. */
export const POST = handleRoute(async (request: Request) => {
  const { plan } = await readPlanRequest(request, new Date());
  return Response.json({ plan }, { headers: { "Cache-Control": "no-store" } });
});

const methods = createMethodHandlers(["POST"]);
export const GET = methods.notAllowed;
export const HEAD = methods.notAllowed;
export const PUT = methods.notAllowed;
export const PATCH = methods.notAllowed;
export const DELETE = methods.notAllowed;
export const OPTIONS = methods.options;
