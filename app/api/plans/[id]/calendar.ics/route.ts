import { renderPlanFeed } from "@/lib/plans/render-plan-feed";
import { notFoundError } from "@/lib/http/errors";
import { handleRoute } from "@/lib/http/handle-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

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
 * plan's updatedAt, so the feed is byte-stable until the plan changes and the ETag means something.
 */
export const GET = handleRoute(async (request: Request, { params }: TContext) => {
  const { id } = await params;
  const url = new URL(request.url);
  const feed = await renderPlanFeed({ id, planUrl: new URL(`/plans/${id}`, url).toString(), now: new Date() });
  if (!feed) throw notFoundError();
  const headers: Record<string, string> = {
    "Content-Type": "text/calendar; charset=utf-8",
    "Cache-Control": CACHE_CONTROL,
    ETag: feed.etag,
    "Last-Modified": feed.updatedAt.toUTCString(),
  };
  if (url.searchParams.get("download") === "1") headers["Content-Disposition"] = `attachment; filename="${feed.fileName}"`;
  if (ifNoneMatchHits(request.headers.get("if-none-match"), feed.etag)) return new Response(null, { status: 304, headers });
  return new Response(feed.body, { status: 200, headers });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET", "HEAD"]);
