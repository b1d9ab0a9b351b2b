import type { z } from "zod";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from "@/lib/http/database-unavailable";

export type TErrorIssue = { path: string; message: string };

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

/** `["races", 0, "date"]` -> `"races.0.date"`; the whole body is `""`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join(".");
}

/**
 * One entry per bad field. Zod reports all unknown keys of an object in one issue; they are split
 * so each unknown key gets its own entry naming it.
 */
export function issuesFromZodError(error: z.ZodError): TErrorIssue[] {
  const issues: TErrorIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        issues.push({ path: formatIssuePath([...issue.path, key]), message: `Unknown field "${key}": remove it` });
      }
    } else {
      issues.push({ path: formatIssuePath(issue.path), message: issue.message });
    }
  }
  return issues;
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
  if (isDatabaseUnavailable(thrown)) {
    const summary = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : "non-error value thrown";
    console.error(`[api] database unavailable: ${summary}`);
    return errorResponse(
      new HttpError("database_unavailable", "Plans are temporarily unavailable (storage is busy or offline). Please try again shortly.", {
        headers: { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) },
      }),
    );
  }
  const summary = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : "non-error value thrown";
  console.error(`[api] unexpected error: ${summary}`);
  return errorResponse(new HttpError("internal_error", "Something went wrong on our side. Please try again."));
}
