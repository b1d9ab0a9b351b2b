import type { z } from "zod";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@/lib/http/database-unavailable";
import { PlanError } from "@/lib/plans/plan-error";
import { StoredInputError } from "@/lib/plans/stored-input";
import { issuesFromZodError } from "@/lib/validation-issues";

export type TErrorIssue = { path: string; message: string; code?: string };

export type TErrorCode =
  | "invalid_json"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "method_not_allowed"
  | "payload_too_large"
  | "unsupported_media_type"
  | "validation_failed"
  | "rate_limited"
  | "internal_error"
  | "database_unavailable"
  | "illegal_date"
  | "session_in_future"
  | "conflict"
  | "no_run_plan_source"
  | "invalid_calendar"
  | "url_not_allowed"
  | "too_many_events"
  | "fetch_failed";

/** The one error shape every API response uses. */
export type TErrorBody = { error: { code: TErrorCode; message: string; issues?: TErrorIssue[] } };

const STATUS_BY_CODE: Record<TErrorCode, number> = {
  invalid_json: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  rate_limited: 429,
  internal_error: 500,
  database_unavailable: 503,
  illegal_date: 422,
  session_in_future: 422,
  conflict: 409,
  no_run_plan_source: 409,
  invalid_calendar: 422,
  url_not_allowed: 422,
  too_many_events: 422,
  fetch_failed: 502,
};

/** Thrown anywhere below a route handler; `toErrorResponse` turns it into the JSON answer. */
export class HttpError extends Error {
  readonly code: TErrorCode;
  readonly status: number;
  readonly issues?: TErrorIssue[];
  readonly headers?: Record<string, string>;

  constructor(code: TErrorCode, message: string, extra: { issues?: TErrorIssue[]; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = "HttpError";
    this.code = code;
    this.status = STATUS_BY_CODE[code];
    this.issues = extra.issues;
    this.headers = extra.headers;
  }
}

export function validationError(error: z.ZodError): HttpError {
  return new HttpError("validation_failed", "Some fields are missing or invalid; see issues for each field.", {
    issues: issuesFromZodError(error),
  });
}

export function notFoundError(message = "No such plan."): HttpError {
  return new HttpError("not_found", message);
}

/** A JSON error response in the shared shape. */
export function errorResponse(error: HttpError): Response {
  const body: TErrorBody = { error: { code: error.code, message: error.message } };
  if (error.issues) body.error.issues = error.issues;
  return Response.json(body, {
    status: error.status,
    headers: { "Cache-Control": "no-store", ...error.headers },
  });
}

/**
 * Any thrown value to a response. Unexpected errors become a 500 and are logged by name and
 * message only: request bodies and headers (which may hold an edit token) are never logged.
 */
export function toErrorResponse(thrown: unknown): Response {
  if (thrown instanceof HttpError) return errorResponse(thrown);
  if (thrown instanceof PlanError) return errorResponse(new HttpError(thrown.code, thrown.message, thrown.issues ? { issues: thrown.issues } : {}));
  if (isDatabaseUnavailable(thrown)) {
    const summary = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : "non-error value thrown";
    console.error(`[api] database unavailable: ${summary}`);
    return errorResponse(
      new HttpError("database_unavailable", "Plans are temporarily unavailable (storage is busy or offline). Please try again shortly.", {
        headers: { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) },
      }),
    );
  }
  // A stored row this build cannot read is a regression, not a missing plan: logged, never a 404.
  const summary = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : "non-error value thrown";
  console.error(`[api] ${thrown instanceof StoredInputError ? "unreadable stored plan" : "unexpected error"}: ${summary}`);
  return errorResponse(new HttpError("internal_error", "Something went wrong on our side. Please try again."));
}
