import type { TPlan } from "@/lib/engine/types";
import type { TSessionLogInputRaw } from "@/lib/session-log-input";
import type { TOutboxError } from "./outbox-store";

export type TSendOutcome =
  | { kind: "sent"; plan: TPlan }
  /** The server refused this log as it is (4xx): sending it again changes nothing. */
  | { kind: "rejected"; error: TOutboxError }
  /** No answer, or one worth waiting out (5xx, 429, 409 conflict, 408): try again later. */
  | { kind: "retry"; error: TOutboxError };

/** The network gave no answer this long: a gym's weak signal, treated like no signal. */
const TIMEOUT_MS = 20_000;

const RETRY_STATUSES = new Set([408, 409, 425, 429]);

export function logUrl(planId: string, sessionId: string): string {
  return `/api/plans/${encodeURIComponent(planId)}/sessions/${encodeURIComponent(sessionId)}/log`;
}

function readError(body: unknown, status: number): TOutboxError {
  const error = (body as { error?: { code?: unknown; message?: unknown; issues?: unknown } } | null)?.error;
  const issues = Array.isArray(error?.issues)
    ? error.issues.flatMap((issue: { path?: unknown; message?: unknown }) =>
        typeof issue?.message === "string" ? [{ path: typeof issue.path === "string" ? issue.path : "", message: issue.message }] : [],
      )
    : [];
  return {
    code: typeof error?.code === "string" ? error.code : `http_${status}`,
    message: typeof error?.message === "string" ? error.message : `The server answered ${status}.`,
    ...(issues.length > 0 ? { issues } : {}),
  };
}

/**
 * One PUT of a session log. The edit token travels only in the Authorization header; the request
 * is a PUT, which the service worker never caches.
 */
export async function sendLog(options: {
  fetch: typeof fetch;
  planId: string;
  sessionId: string;
  body: TSessionLogInputRaw;
  authorization: string;
}): Promise<TSendOutcome> {
  let response: Response;
  try {
    response = await options.fetch(logUrl(options.planId, options.sessionId), {
      method: "PUT",
      headers: { "Content-Type": "application/json", Accept: "application/json", Authorization: options.authorization },
      body: JSON.stringify(options.body),
      cache: "no-store",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return { kind: "retry", error: { code: "network", message: "No connection to Stridelift." } };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const plan = (body as { plan?: TPlan } | null)?.plan;
    if (plan) return { kind: "sent", plan };
    return { kind: "retry", error: { code: "bad_response", message: "The server's answer was cut short." } };
  }
  const error = readError(body, response.status);
  return response.status >= 500 || RETRY_STATUSES.has(response.status) ? { kind: "retry", error } : { kind: "rejected", error };
}
