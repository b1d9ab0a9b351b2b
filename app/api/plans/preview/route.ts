import { previewPlan } from "@/lib/plans/preview-plan";
import type { TPreviewPlanResponse } from "@/lib/plans/plan-response";
import { handleRoute } from "@/lib/http/handle-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { readJson } from "@/lib/http/read-json";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Live preview for the form: 200 { plan }; nothing is stored. */
export const POST = handleRoute(async (request: Request) => {
  const body: TPreviewPlanResponse = { plan: previewPlan({ raw: await readJson(request), now: new Date() }) };
  return Response.json(body, { headers: { "Cache-Control": "no-store" } });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
