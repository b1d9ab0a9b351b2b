/**
 * Stored input is parsed through the one schema, never cast: an input stored by an older version is
 * first brought up to date by versioned data migrations (Liftosaur's idea), then validated. Anything
 * that still does not parse is a bug to hear about (a logged 500), not a plan to hide (a 404).
 */
import { ZPlanInput, type TResolvedPlanInput } from "@/lib/plan-input";

/** The version `input` is written in today. */
export const CURRENT_INPUT_VERSION = 2;

/** Each step turns an input of version N into version N + 1. */
const MIGRATIONS: Record<number, (input: Record<string, unknown>) => Record<string, unknown>> = {
  // v1 (first release) -> v2 (part two): runDays, breaks and runPlanSource are optional additions,
  // and the schema now canonicalises time-zone names (europe/london -> Europe/London) on read.
  1: (input) => input,
};

export class StoredInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoredInputError";
  }
}

/** The stored input, migrated to the current version and validated. Throws StoredInputError. */
export function readStoredInput(row: { input: string; inputVersion: number }): TResolvedPlanInput {
  let value: unknown;
  try {
    value = JSON.parse(row.input);
  } catch {
    throw new StoredInputError("stored plan input is not JSON");
  }
  if (row.inputVersion > CURRENT_INPUT_VERSION || row.inputVersion < 1 || value === null || typeof value !== "object") {
    throw new StoredInputError(`stored plan input has version ${row.inputVersion}, this build reads up to ${CURRENT_INPUT_VERSION}`);
  }
  let input = value as Record<string, unknown>;
  for (let version = row.inputVersion; version < CURRENT_INPUT_VERSION; version++) input = MIGRATIONS[version](input);
  const parsed = ZPlanInput.safeParse(input);
  if (!parsed.success || parsed.data.startDate === undefined) {
    // Paths only: the values are the runner's.
    const paths = parsed.success ? "startDate" : parsed.error.issues.map((issue) => issue.path.join(".")).join(", ");
    throw new StoredInputError(`stored plan input does not match the schema (${paths})`);
  }
  return parsed.data as TResolvedPlanInput;
}

/** Only the time zone, without validating the rest: the calendar feed's hot path needs just "today". */
export function readStoredTimeZone(row: { input: string }): string {
  try {
    const value: unknown = JSON.parse(row.input);
    const zone = value !== null && typeof value === "object" && "timeZone" in value ? value.timeZone : undefined;
    return typeof zone === "string" ? zone : "UTC";
  } catch {
    return "UTC";
  }
}
