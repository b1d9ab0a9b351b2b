import { errorResponse, notFoundError } from "@/lib/http/errors";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Every method on an unknown /api/* address gets the JSON 404, never the HTML page. */
function notFound(): Response {
  return errorResponse(notFoundError("No API route at this address."));
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
