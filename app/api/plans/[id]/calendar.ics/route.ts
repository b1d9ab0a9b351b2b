import { findPlanRecord, rebuildPlan } from "@/lib/db/plans";
import { notFoundError } from "@/lib/http/errors";
import { handleRoute } from "@/lib/http/handle-route";
import { createMethodHandlers } from "@/lib/http/method-not-allowed";
import { renderCalendarFeed } from "@/lib/ics/render-calendar-feed";
import { calendarFileName } from "@/lib/ics/target-race";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string }> };

/** Calendar apps poll a subscription; revalidating with the ETag keeps that cheap. */
const CACHE_CONTROL = "private, max-age=0, must-revalidate";

function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((candidate) => {
    const value = candidate.trim().replace(/^W\//, "");
    return value === "*" || value === etag;
  });
}

/**
 * The plan as text/calendar (subscribe via webcal://, or `?download=1` for a file). DTSTAMP is the
 * plan's updatedAt, so the feed is byte-stable until the owner edits and the ETag means something.
 */
export const GET = handleRoute(async (request: Request, { params }: TContext) => {
  const { id } = await params;
  const record = await findPlanRecord(id);
  if (!record) throw notFoundError();
  const planUrl = new URL(`/plans/${record.id}`, request.url).toString();
  const feed = renderCalendarFeed({ id: record.id, updatedAt: record.updatedAt, planUrl, buildPlan: () => rebuildPlan(record) });
  if (!feed) throw notFoundError();
  const { body, etag } = feed;
  const headers: Record<string, string> = {
    "Content-Type": "text/calendar; charset=utf-8",
    "Cache-Control": CACHE_CONTROL,
    ETag: etag,
    "Last-Modified": record.updatedAt.toUTCString(),
  };
  if (new URL(request.url).searchParams.get("download") === "1") {
    headers["Content-Disposition"] = `attachment; filename="${calendarFileName(record)}"`;
  }
  if (ifNoneMatchHits(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers });
});

const methods = createMethodHandlers(["GET", "HEAD"]);
export const POST = methods.notAllowed;
export const PUT = methods.notAllowed;
export const PATCH = methods.notAllowed;
export const DELETE = methods.notAllowed;
export const OPTIONS = methods.options;
