/**
 * MINIMAL STAND-IN for the workout helper's offline outbox (issue 12): it only sends the PUT. The
 * real module keeps logs made offline on the device (IndexedDB) and sends them once the network is
 * back; it exports this same `queueLog` signature, so callers do not change.
 */
import type { TPlan } from "@/lib/engine/types";
import type { TSessionLogInputRaw } from "@/lib/session-log-input";

export type TQueueLogResult =
  | { status: "sent"; plan: TPlan }
  | { status: "queued" }
  | { status: "failed"; error: { code: string; message: string; issues?: { path: string; message: string }[] } };

/** PUT /api/plans/{planId}/sessions/{sessionId}/log with the edit token. */
export async function queueLog(options: { planId: string; sessionId: string; body: TSessionLogInputRaw; token: string }): Promise<TQueueLogResult> {
  const url = `/api/plans/${encodeURIComponent(options.planId)}/sessions/${encodeURIComponent(options.sessionId)}/log`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "PUT",
      headers: { "Content-Type": "application/json", Accept: "application/json", Authorization: `Bearer ${options.token}` },
      body: JSON.stringify(options.body),
    });
  } catch {
    return { status: "failed", error: { code: "network", message: "Could not reach Stridelift. Check your connection and try again." } };
  }
  const body = (await response.json().catch(() => null)) as { plan?: TPlan; error?: { code: string; message: string; issues?: { path: string; message: string }[] } } | null;
  if (response.ok && body?.plan) return { status: "sent", plan: body.plan };
  return { status: "failed", error: body?.error ?? { code: `http-${response.status}`, message: `The server answered ${response.status}.` } };
}
