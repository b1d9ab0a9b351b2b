/**
 * Why a calendar gives no import: the text (`invalid_calendar`, `too_many_events`) or, for a
 * link, the fetch (`url_not_allowed`, `fetch_failed`, `too_large`). The HTTP layer maps each code
 * to a status.
 */
export type TRunPlanErrorCode = "invalid_calendar" | "too_many_events" | "url_not_allowed" | "fetch_failed" | "too_large";

export class RunPlanError extends Error {
  readonly code: TRunPlanErrorCode;

  constructor(code: TRunPlanErrorCode, message: string) {
    super(message);
    this.name = "RunPlanError";
    this.code = code;
  }
}
