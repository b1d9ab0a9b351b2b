/**
 * What a use case reports when it cannot do what was asked: a code the HTTP layer maps to a status
 * (lib/http/errors.ts), a message for the runner, and per-field issues where a field is at fault.
 */
export type TPlanErrorCode =
  | "not_found"
  | "forbidden"
  | "validation_failed"
  | "illegal_date"
  | "session_in_future"
  | "conflict"
  | "no_run_plan_source"
  | "invalid_calendar"
  | "url_not_allowed"
  | "too_many_events"
  | "fetch_failed"
  | "payload_too_large";

export type TPlanErrorIssue = { path: string; message: string; code?: string };

export class PlanError extends Error {
  readonly code: TPlanErrorCode;
  readonly issues?: TPlanErrorIssue[];

  constructor(code: TPlanErrorCode, message: string, issues?: TPlanErrorIssue[]) {
    super(message);
    this.name = "PlanError";
    this.code = code;
    this.issues = issues;
  }
}

export function planNotFound(message = "No such plan."): PlanError {
  return new PlanError("not_found", message);
}
