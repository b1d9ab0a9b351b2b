/** The body of POST /api/run-plan/import (issue 10). Strict: unknown keys are errors. */
import { z } from "zod";
import { isIsoDate, MAX_YEAR, MIN_YEAR } from "@/lib/plan-input-values";
import { canonicalTimeZone } from "@/lib/dates";

/** Long enough for any calendar provider's private link. */
export const MAX_URL_LENGTH = 2048;

const ZIsoDate = z
  .string({ error: "Enter a date as YYYY-MM-DD" })
  .refine(isIsoDate, { error: `Enter a real date as YYYY-MM-DD (years ${MIN_YEAR} to ${MAX_YEAR})` });

export const ZRunPlanImportRequest = z
  .strictObject(
    {
      ics: z.string({ error: "The calendar (ics) must be text" }).optional(),
      url: z
        .string({ error: "The link (url) must be text" })
        .trim()
        .min(1, { error: "Enter the calendar's link" })
        .max(MAX_URL_LENGTH, { error: `Keep the link under ${MAX_URL_LENGTH} characters` })
        .refine((value) => URL.canParse(value), { error: "Enter a full link, e.g. https://... or webcal://..." })
        .optional(),
      timeZone: z
        .string({ error: "Send timeZone: an IANA name such as Europe/London" })
        .transform((value, ctx) => {
          const zone = canonicalTimeZone(value.trim());
          if (zone === null) {
            ctx.addIssue({ code: "custom", message: "Unknown time zone: use an IANA name such as Europe/London" });
            return z.NEVER;
          }
          return zone;
        }),
      from: ZIsoDate.optional(),
      to: ZIsoDate.optional(),
    },
    { error: "Send a JSON object with ics or url, and timeZone" },
  )
  .superRefine((value, ctx) => {
    if (value.ics !== undefined && value.url !== undefined) {
      ctx.addIssue({ code: "custom", path: ["url"], message: "Send either ics or url, not both" });
    } else if (value.ics === undefined && value.url === undefined) {
      ctx.addIssue({ code: "custom", path: ["ics"], message: "Send the calendar as ics (its text) or url (its link)" });
    }
    if (value.from && value.to && isIsoDate(value.from) && isIsoDate(value.to) && value.from > value.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "to must be on or after from" });
    }
  });

export type TRunPlanImportRequest = z.output<typeof ZRunPlanImportRequest>;
