/** The browser side of the plans API (issue 3): one result shape for every call. */
import type { TCreatePlanResponse, TPreviewPlanResponse, TUpdatePlanResponse } from "@/lib/plans/plan-response";
import type { TPlanInputRaw } from "@/lib/plan-input";

export type TApiIssue = { path: string; message: string };

export type TApiFailure = {
  ok: false;
  /** 0 when the request never got an answer (offline, DNS, aborted). */
  status: number;
  code: string;
  message: string;
  issues: TApiIssue[];
};

export type TApiResult<T> = { ok: true; status: number; data: T } | TApiFailure;

function failure(status: number, code: string, message: string, issues: TApiIssue[] = []): TApiFailure {
  return { ok: false, status, code, message, issues };
}

function readIssues(raw: unknown): TApiIssue[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((issue) => {
    if (!issue || typeof issue !== "object") return [];
    const { path, message } = issue as { path?: unknown; message?: unknown };
    const dotted = Array.isArray(path) ? path.join(".") : typeof path === "string" ? path : "";
    return typeof message === "string" ? [{ path: dotted, message }] : [];
  });
}

export async function requestJson<T>(url: string, init: RequestInit): Promise<TApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") return failure(0, "aborted", "Request cancelled");
    return failure(0, "network", "Could not reach Stridelift. Check your connection and try again.");
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (response.ok) return { ok: true, status: response.status, data: body as T };
  const error = (body as { error?: { code?: unknown; message?: unknown; issues?: unknown } } | null)?.error;
  return failure(
    response.status,
    typeof error?.code === "string" ? error.code : "http-" + response.status,
    typeof error?.message === "string" ? error.message : `The server answered ${response.status}.`,
    readIssues(error?.issues),
  );
}

function jsonInit(method: string, payload: TPlanInputRaw, extra: { token?: string; signal?: AbortSignal } = {}): RequestInit {
  const headers: Record<string, string> = { "Content-Type": "application/json", Accept: "application/json" };
  if (extra.token) headers.Authorization = `Bearer ${extra.token}`;
  return { method, headers, body: JSON.stringify(payload), signal: extra.signal };
}

export function createPlan(payload: TPlanInputRaw): Promise<TApiResult<TCreatePlanResponse>> {
  return requestJson("/api/plans", jsonInit("POST", payload));
}

export function previewPlan(payload: TPlanInputRaw, signal: AbortSignal): Promise<TApiResult<TPreviewPlanResponse>> {
  return requestJson("/api/plans/preview", jsonInit("POST", payload, { signal }));
}

export function updatePlan(options: { id: string; token: string; payload: TPlanInputRaw }): Promise<TApiResult<TUpdatePlanResponse>> {
  return requestJson(`/api/plans/${encodeURIComponent(options.id)}`, jsonInit("PUT", options.payload, { token: options.token }));
}

/** A failure in plain words for the runner; the form is kept as it was. */
export function describeFailure(failure: TApiFailure): string {
  if (failure.status === 0) return "Could not reach Stridelift. Check your connection and try again: your answers are still here.";
  if (failure.status === 422) return "Some answers need a fix: see the highlighted fields.";
  if (failure.status === 429) return "Too many requests just now. Wait a moment and try again.";
  if (failure.status >= 500) return "Something went wrong on our side. Your answers are still here: please try again in a moment.";
  return `${failure.message} Your answers are still here.`;
}

/** DELETE with the edit token: 204 and the plan, its logs and its feed are gone. */
export function deletePlan(options: { id: string; token: string }): Promise<TApiResult<unknown>> {
  return requestJson(`/api/plans/${encodeURIComponent(options.id)}`, {
    method: "DELETE",
    headers: { Accept: "application/json", Authorization: `Bearer ${options.token}` },
  });
}
