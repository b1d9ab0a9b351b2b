import { renderSessionFit } from "@/lib/plans/render-session-fit";
import { notFoundError } from "@/lib/http/errors";
import { handleRoute } from "@/lib/http/handle-route";
import { otherMethods } from "@/lib/http/method-not-allowed";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type TContext = { params: Promise<{ id: string; sessionId: string }> };

/** The session as a Garmin FIT workout (copy to the watch or import in Garmin Connect); 404 for an unknown plan or session. */
export const GET = handleRoute(async (_request: Request, { params }: TContext) => {
  const { id, sessionId } = await params;
  const fit = await renderSessionFit({ id, sessionId });
  if (!fit) throw notFoundError();
  return new Response(Buffer.from(fit.bytes), {
    headers: {
      "Content-Type": "application/vnd.ant.fit",
      "Content-Disposition": `attachment; filename="${fit.fileName}"`,
      "Cache-Control": "private, no-cache",
    },
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET", "HEAD"]);
