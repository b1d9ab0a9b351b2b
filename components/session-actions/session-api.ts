/**
 * The owner's calls on one session (move, put back, skip, unskip, remove a log), in one result
 * shape. Logs themselves go through the offline outbox (lib/offline/log-outbox).
 */
import type { TAdjustSessionResponse } from "@/lib/plans/plan-response";

export type TActionFailure = {
  /** 0 when no answer came (offline, DNS). */
  status: number;
  code: string;
  message: string;
  issues: { path: string; message: string }[];
};

export type TActionResult<T> = { ok: true; data: T } | { ok: false; failure: TActionFailure };

export type TAdjustment = { date: string | null } | { status: "skipped" | "planned" };

type TCall = { planId: string; sessionId: string; token: string };

function sessionUrl(call: TCall, suffix = ""): string {
  return `/api/plans/${encodeURIComponent(call.planId)}/sessions/${encodeURIComponent(call.sessionId)}${suffix}`;
}

async function send<T>(url: string, init: RequestInit & { token: string }): Promise<TActionResult<T>> {
  const headers: Record<string, string> = { Accept: "application/json", Authorization: `Bearer ${init.token}` };
  if (init.body) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(url, { method: init.method, body: init.body, headers });
  } catch {
    return { ok: false, failure: { status: 0, code: "network", message: "", issues: [] } };
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return { ok: true, data: body as T };
  const error = (body as { error?: Partial<TActionFailure> } | null)?.error;
  return {
    ok: false,
    failure: {
      status: response.status,
      code: typeof error?.code === "string" ? error.code : `http-${response.status}`,
      message: typeof error?.message === "string" ? error.message : "",
      issues: Array.isArray(error?.issues) ? error.issues : [],
    },
  };
}

/** PATCH /api/plans/{id}/sessions/{sessionId}: 200 { plan, warnings }. */
export function adjustSession(call: TCall & { change: TAdjustment }): Promise<TActionResult<TAdjustSessionResponse>> {
  return send(sessionUrl(call), { method: "PATCH", body: JSON.stringify(call.change), token: call.token });
}

/** DELETE /api/plans/{id}/sessions/{sessionId}/log: 204. */
export function deleteSessionLog(call: TCall): Promise<TActionResult<null>> {
  return send(sessionUrl(call, "/log"), { method: "DELETE", token: call.token });
}

/** The server's messages that already speak to the runner (a rule, a conflict, a field). */
const SPOKEN = new Set(["illegal_date", "conflict", "session_in_future", "validation_failed"]);

/** A failed call in the runner's words, by the API's error code (the log outbox reports codes only). */
export function describeActionFailure(failure: { code: string; message: string }): string {
  const { code } = failure;
  if (code === "network") return "Could not reach Stridelift. Check your connection and try again.";
  if (code === "unauthorized" || code === "forbidden") {
    return "This browser's edit link does not match this plan any more. Open your private edit link again, then retry.";
  }
  if (code === "not_found") return "This session is no longer in the plan (it may have been edited elsewhere). Reload the page.";
  if (code === "rate_limited") return "Too many changes just now. Wait a moment and try again.";
  if (SPOKEN.has(code) && failure.message) return failure.message;
  return "Something went wrong on our side. Nothing was changed: please try again in a moment.";
}
