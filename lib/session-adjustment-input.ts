/**
 * The one schema for PATCH /api/plans/{id}/sessions/{sessionId} (section 9), shared by the plan
 * page's move and skip controls: move to a date, back to the engine's date, skip or unskip.
 */
import { z } from "zod";
import { isIsoDate } from "./dates";

z.config({ jitless: true });

export const ZSessionAdjustment = z.union(
  [
    z.strictObject({
      date: z
        .string({ error: "Enter the new date as YYYY-MM-DD, or null to put the session back" })
        .refine(isIsoDate, { error: "Enter the new date as a real date, YYYY-MM-DD" })
        .nullable(),
    }),
    z.strictObject({ status: z.enum(["skipped", "planned"], { error: 'Status is "skipped" or "planned"' }) }),
  ],
  { error: 'Send { "date": "YYYY-MM-DD" }, { "date": null }, { "status": "skipped" } or { "status": "planned" }' },
);

export type TSessionAdjustment = z.output<typeof ZSessionAdjustment>;
