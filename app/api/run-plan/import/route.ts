import { handleRoute } from "@/lib/http/handle-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { readJson } from "@/lib/http/read-json";
import { importRunPlanRequest, RUN_PLAN_IMPORT_BODY_BYTES } from "@/lib/plans/import-run-plan";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Reads another app's calendar (pasted or linked) into dated run kinds: 200 with the import; nothing is stored. */
export const POST = handleRoute(async (request: Request) => {
  const raw = await readJson(request, { maxBytes: RUN_PLAN_IMPORT_BODY_BYTES });
  const result = await importRunPlanRequest(raw);
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
