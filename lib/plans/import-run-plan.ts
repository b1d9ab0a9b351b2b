import { issuesFromZodError } from "@/lib/validation-issues";
import { PlanError } from "./plan-error";
import { ZRunPlanImportRequest } from "@/lib/plans/run-plan-import-request";
import { fetchCalendar, MAX_CALENDAR_BYTES } from "@/lib/run-plan/fetch-calendar";
import { importRunPlan } from "@/lib/run-plan/import-run-plan";
import { RunPlanError } from "@/lib/run-plan/run-plan-error";
import type { TRunPlanImport } from "@/lib/run-plan/types";

/**
 * Request body cap for the import route: 2 MB of calendar text grows inside a JSON string
 * (`\r\n` escapes, `\uXXXX` for non-ASCII), so the body may be up to three times larger.
 */
export const RUN_PLAN_IMPORT_BODY_BYTES = 6 * 1024 * 1024;

export type TImportRunPlanDeps = {
  /** Fetches a calendar link; tests pass one with a short timeout or a stub resolver. */
  fetchCalendar: (url: string) => Promise<string>;
};

const DEFAULT_DEPS: TImportRunPlanDeps = { fetchCalendar: (url) => fetchCalendar(url) };

function tooLarge(): PlanError {
  return new PlanError("payload_too_large", `The calendar is larger than ${MAX_CALENDAR_BYTES / (1024 * 1024)} MB.`);
}

function toPlanError(error: RunPlanError): PlanError {
  return error.code === "too_large" ? tooLarge() : new PlanError(error.code, error.message);
}

/** What to read: pasted calendar text or a link, dated in `timeZone`, over `from`..`to`. */
export type TRunPlanSourceRequest = { ics?: string; url?: string; timeZone: string; from?: string; to?: string };

/**
 * Reads pasted calendar text or fetches a link, and returns its dated run kinds. Every failure is
 * a PlanError: 422 invalid_calendar / url_not_allowed / too_many_events, 413 payload_too_large,
 * 502 fetch_failed; never a 500.
 */
export async function readRunPlanSource(request: TRunPlanSourceRequest, deps: TImportRunPlanDeps = DEFAULT_DEPS): Promise<TRunPlanImport> {
  const { ics, url, timeZone, from, to } = request;
  if (ics !== undefined && Buffer.byteLength(ics, "utf8") > MAX_CALENDAR_BYTES) throw tooLarge();
  try {
    const text = ics ?? (await deps.fetchCalendar(url!));
    return importRunPlan({ ics: text, timeZone, from, to });
  } catch (error) {
    if (error instanceof RunPlanError) throw toPlanError(error);
    // Hostile input must never answer a 500: whatever else breaks inside the parser, the calendar
    // is unreadable. Logged by name and message only (never the calendar, which may be private).
    const summary = error instanceof Error ? `${error.name}: ${error.message}` : "non-error value thrown";
    console.error(`[run-plan] calendar could not be read: ${summary}`);
    throw new PlanError("invalid_calendar", "This calendar could not be read.");
  }
}

/**
 * POST /api/run-plan/import: validates the body, reads the pasted or linked calendar and returns
 * its dated run kinds. Nothing is stored. Errors are PlanErrors: 422 validation_failed, then those
 * of readRunPlanSource.
 */
export async function importRunPlanRequest(raw: unknown, deps: TImportRunPlanDeps = DEFAULT_DEPS): Promise<TRunPlanImport> {
  const parsed = ZRunPlanImportRequest.safeParse(raw);
  if (!parsed.success) {
    throw new PlanError("validation_failed", "Some fields are missing or invalid; see issues for each field.", issuesFromZodError(parsed.error));
  }
  return readRunPlanSource(parsed.data, deps);
}
