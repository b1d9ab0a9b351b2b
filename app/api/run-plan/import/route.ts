import { handleRoute } from "@/lib/http/handle-route";
import { otherMethods } from "@/lib/http/method-not-allowed";
import { getImportRateLimiter, limitPlanCreation } from "@/lib/http/rate-limit";
import { readJson } from "@/lib/http/read-json";
import { importRunPlanRequest, RUN_PLAN_IMPORT_BODY_BYTES } from "@/lib/plans/import-run-plan";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Reads another app's calendar (pasted or linked) into dated run kinds: 200 with the import; nothing is stored. */
export const POST = handleRoute(async (request: Request) => {
  // Before the body is read: an import can cost ~1.5 s of CPU, so a client over its limit costs
  // us nothing more.
  const limited = await limitPlanCreation(request, getImportRateLimiter(), "calendar imports");
  if (limited) return limited;
  const raw = await readJson(request, { maxBytes: RUN_PLAN_IMPORT_BODY_BYTES });
  const result = await importRunPlanRequest(raw);
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
