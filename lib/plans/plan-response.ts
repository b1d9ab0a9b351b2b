/**
 * What the plan API answers, as types the browser code shares with the routes (no server imports
 * here, so client bundles can use them).
 */
import type { TPlan, TSessionLog } from "@/lib/engine/types";
import type { TResolvedPlanInput } from "@/lib/plan-input";
import type { TWarning } from "@/lib/engine/types";

/** A log in API answers: what was done, and the session it was for. */
export type TLogJson = TSessionLog & { sessionDate: string; sessionTitle: string; updatedAt: string };

/**
 * The plan's linked run plan, for the "last read" line and the refresh button (section 10); null
 * when the plan has no link. `fetchedAt` (ISO instant) is null for a link stored before snapshots
 * were kept. Never the feed's days: those stay server-side.
 */
export type TRunPlanSourceJson = { url: string; name?: string; fetchedAt: string | null };

/** GET /api/plans/{id} and PUT: never the token or its hash. */
export type TPlanResponse = {
  id: string;
  createdAt: string;
  updatedAt: string;
  input: TResolvedPlanInput;
  plan: TPlan;
  /** By session id; a log whose session left the plan stays here as history. */
  logs: Record<string, TLogJson>;
  runPlanSource: TRunPlanSourceJson | null;
};

/** PUT /api/plans/{id}: the plan, and what of the runner's moves and skips no longer applies. */
export type TUpdatePlanResponse = TPlanResponse & { warnings: TWarning[] };

/** POST /api/plans: the only answer that ever carries the edit token. */
export type TCreatePlanResponse = { id: string; editToken: string; plan: TPlan };

/** POST /api/plans/preview. */
export type TPreviewPlanResponse = { plan: TPlan };

/** PATCH /api/plans/{id}/sessions/{sessionId}. */
export type TAdjustSessionResponse = { plan: TPlan; warnings: TWarning[] };

/** POST /api/plans/{id}/run-plan/refresh: the dates whose run kind changed, sorted. */
export type TRefreshRunPlanResponse = { plan: TPlan; changedDates: string[] };

/** The plan's version for If-Match (optimistic concurrency on PUT). */
export function planVersionTag(updatedAt: Date): string {
  return `"v${updatedAt.getTime()}"`;
}

export function toRunPlanSourceJson(input: TResolvedPlanInput, snapshot: { url: string; fetchedAt: string } | null): TRunPlanSourceJson | null {
  const source = input.runPlanSource;
  if (source?.url === undefined) return null;
  return {
    url: source.url,
    ...(source.name !== undefined ? { name: source.name } : {}),
    fetchedAt: snapshot?.url === source.url ? snapshot.fetchedAt : null,
  };
}

export function toPlanResponse(options: {
  stored: {
    id: string;
    createdAt: Date;
    updatedAt: Date;
    input: TResolvedPlanInput;
    logs: Record<string, TLogJson>;
    runPlanSnapshot: { url: string; fetchedAt: string } | null;
  };
  plan: TPlan;
}): TPlanResponse {
  const { stored, plan } = options;
  return {
    id: stored.id,
    createdAt: stored.createdAt.toISOString(),
    updatedAt: stored.updatedAt.toISOString(),
    input: stored.input,
    plan,
    logs: stored.logs,
    runPlanSource: toRunPlanSourceJson(stored.input, stored.runPlanSnapshot),
  };
}
