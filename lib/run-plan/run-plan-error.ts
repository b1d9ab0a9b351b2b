/** Why a calendar text gives no import at all; the HTTP layer maps each code to a status. */
export type TRunPlanErrorCode = "invalid_calendar" | "too_many_events";

export class RunPlanError extends Error {
  readonly code: TRunPlanErrorCode;

  constructor(code: TRunPlanErrorCode, message: string) {
    super(message);
    this.name = "RunPlanError";
    this.code = code;
  }
}
