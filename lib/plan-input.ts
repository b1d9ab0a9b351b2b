/**
 * The one input schema (DOMAIN.md section 1), shared by the planner form (via zodResolver)
 * and every API route. Strict: unknown keys are errors, never silently dropped.
 */
import { z } from "zod";
import {
  BREAK_REASONS,
  DAY_TYPES,
  DISTANCES,
  EQUIPMENT,
  EXPERIENCE,
  MAX_BREAK_DAYS,
  MAX_BREAKS,
  MAX_RACE_NAME_LENGTH,
  MAX_RACES,
  MAX_REMINDER_MINUTES,
  MAX_RUN_DAYS,
  MAX_RUN_PLAN_NAME_LENGTH,
  MAX_RUN_PLAN_URL_LENGTH,
  MAX_WEEKS_AHEAD,
  PRIORITIES,
  SESSION_MINUTES,
  TAPERS,
  UNITS,
  WEEKDAYS,
} from "./plan-input-values";
import { canonicalTimeZone, daysBetween, formatDate, isIsoDate, MAX_YEAR, MIN_YEAR, todayIn } from "./dates";

// zod probes `new Function` for a faster parser; the CSP forbids eval, so skip the probe.
z.config({ jitless: true });

export * from "./plan-input-values";

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A calendar date; an empty one gets "Enter <what>" rather than a format lecture. */
function isoDate(what: string) {
  return z
    .string({ error: `Enter ${what} as YYYY-MM-DD` })
    .refine((value) => value.trim() !== "", { error: `Enter ${what}`, abort: true })
    .refine(isIsoDate, { error: `Enter ${what} as a real date, YYYY-MM-DD (years ${MIN_YEAR} to ${MAX_YEAR})` });
}

const ZIsoDate = isoDate("a date");

export const ZWeekday = z.enum(WEEKDAYS);
export const ZDayType = z.enum(DAY_TYPES, { error: "Choose rest, easy, hard, long or cross" });
export const ZDistance = z.enum(DISTANCES, { error: "Choose 5k, 10k, half, marathon, ultra or other" });
export const ZPriority = z.enum(PRIORITIES, { error: "Choose priority A, B or C" });
export const ZEquipment = z.enum(EQUIPMENT, { error: "Unknown piece of equipment" });

export const ZRace = z.strictObject(
  {
    date: isoDate("the race date"),
    name: z
      .string({ error: "Race name must be text" })
      .trim()
      .max(MAX_RACE_NAME_LENGTH, { error: `Keep the race name under ${MAX_RACE_NAME_LENGTH} characters` })
      .optional(),
    distance: ZDistance,
    priority: ZPriority,
  },
  { error: "Each race needs a date, a distance and a priority" },
);

export const ZSchedule = z.strictObject(
  {
    mon: ZDayType,
    tue: ZDayType,
    wed: ZDayType,
    thu: ZDayType,
    fri: ZDayType,
    sat: ZDayType,
    sun: ZDayType,
  },
  { error: "Give each day of the week a run type" },
);

export const ZBreakReason = z.enum(BREAK_REASONS, { error: "Choose illness, injury, travel or other" });

/** Days away from training (section 9): no sessions inside, the dose steps back after. */
export const ZBreak = z
  .strictObject(
    { start: isoDate("the first day of the break"), end: isoDate("the last day of the break"), reason: ZBreakReason },
    { error: "Each break needs a start, an end and a reason" },
  )
  .superRefine((value, ctx) => {
    if (!isIsoDate(value.start) || !isIsoDate(value.end)) return;
    const days = daysBetween(value.start, value.end) + 1;
    if (days < 1) ctx.addIssue({ code: "custom", path: ["end"], message: "A break ends on or after the day it starts" });
    else if (days > MAX_BREAK_DAYS) {
      ctx.addIssue({ code: "custom", path: ["end"], message: `A break lasts at most ${MAX_BREAK_DAYS} days (8 weeks); split a longer one or move the start date` });
    }
  });

/** The run week as dated data (section 9): date -> kind, overriding the weekly template. */
export const ZRunDays = z
  .record(z.string(), ZDayType, { error: "Run days map dates (YYYY-MM-DD) to rest, easy, hard, long or cross" })
  .superRefine((value, ctx) => {
    const keys = Object.keys(value);
    if (keys.length > MAX_RUN_DAYS) {
      ctx.addIssue({ code: "custom", message: `At most ${MAX_RUN_DAYS} dated run days (about two years)` });
    }
    for (const key of keys) {
      if (!isIsoDate(key)) ctx.addIssue({ code: "custom", path: [key], message: `"${key.slice(0, 20)}" is not a date: use YYYY-MM-DD` });
    }
  });

/** Where the runner's run plan came from (section 10); the URL is read again on refresh. */
export const ZRunPlanSource = z.strictObject(
  {
    url: z
      .string({ error: "The run plan link must be text" })
      .trim()
      .max(MAX_RUN_PLAN_URL_LENGTH, { error: "That link is too long" })
      .refine(isCalendarUrl, { error: "Use the calendar's https:// or webcal:// link" })
      .optional(),
    name: z
      .string({ error: "The run plan name must be text" })
      .trim()
      .max(MAX_RUN_PLAN_NAME_LENGTH, { error: `Keep the name under ${MAX_RUN_PLAN_NAME_LENGTH} characters` })
      .optional(),
  },
  { error: "The run plan source is { url?, name? }" },
);

function isCalendarUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return ["https:", "webcal:", "http:"].includes(url.protocol) && url.hostname !== "";
  } catch {
    return false;
  }
}

export const ZTimeZone = z
  .string({ error: "Time zone must be text" })
  // The schema is the one place that canonicalises: any case, links (US/Eastern) to their zone.
  .transform((value, ctx) => {
    const zone = canonicalTimeZone(value.trim());
    if (zone) return zone;
    ctx.addIssue({ code: "custom", message: "Unknown time zone: use an IANA name such as Europe/London" });
    return z.NEVER;
  });

export const ZPlanInput = z
  .strictObject(
    {
      races: z
        .array(ZRace, { error: "Add at least one race" })
        .min(1, { error: "Add at least one race" })
        .max(MAX_RACES, { error: `A season holds at most ${MAX_RACES} races` }),
      startDate: ZIsoDate.optional(),
      schedule: ZSchedule,
      equipment: z
        .array(ZEquipment, { error: "Equipment must be a list" })
        .max(EQUIPMENT.length * 2, { error: "Too many equipment entries" })
        // A set: duplicates are harmless, so they are folded (first one kept, order as sent).
        .transform((items) => [...new Set(items)])
        .default([]),
      experience: z.enum(EXPERIENCE, { error: "Choose new or experienced" }),
      sessionMinutes: z
        .literal(SESSION_MINUTES, { error: "Session length is 30, 45 or 60 minutes" })
        .default(45),
      taper: z.enum(TAPERS, { error: "Choose a full or light taper" }).default("full"),
      units: z.enum(UNITS, { error: "Choose kg or lb" }),
      timeZone: ZTimeZone.default("UTC"),
      sessionTime: z
        .string({ error: "Session time must be text" })
        .regex(HH_MM, { error: "Enter the session time as HH:mm, e.g. 18:30" })
        .optional(),
      reminderMinutes: z
        .number({ error: "Reminder must be a number of minutes" })
        .int({ error: "Reminder must be a whole number of minutes" })
        .min(0, { error: "Reminder cannot be negative" })
        .max(MAX_REMINDER_MINUTES, { error: "Reminder can be at most 1440 minutes (a day) before" })
        .optional(),
      runDays: ZRunDays.optional(),
      breaks: z
        .array(ZBreak, { error: "Breaks must be a list" })
        .max(MAX_BREAKS, { error: `At most ${MAX_BREAKS} breaks` })
        .optional(),
      runPlanSource: ZRunPlanSource.optional(),
    },
    { error: "Send the plan as a JSON object" },
  )
  .superRefine((value, ctx) => {
    // Cross-field rules speak only when the fields they compare are valid themselves, so each bad
    // field gets one message (an empty race list or an impossible date is already reported).
    if (value.races.length > 0 && !value.races.some((race) => race.priority === "A")) {
      ctx.addIssue({
        code: "custom",
        path: ["races"],
        message: "Mark at least one race as your A race (the target)",
      });
    }
    checkBreakOverlaps(value.breaks ?? [], ctx);
    if (!value.startDate || !isIsoDate(value.startDate)) return;
    const startDate = value.startDate;
    value.races.forEach((race, index) => {
      if (!isIsoDate(race.date)) return;
      const days = daysBetween(startDate, race.date);
      if (days <= 0) {
        ctx.addIssue({
          code: "custom",
          path: ["races", index, "date"],
          message: "Race date must be after the start date",
        });
      } else if (days > MAX_WEEKS_AHEAD * 7) {
        ctx.addIssue({
          code: "custom",
          path: ["races", index, "date"],
          message: `Race date must be within ${MAX_WEEKS_AHEAD} weeks of the start date`,
        });
      }
    });
    const lastRace = value.races.reduce((last, race) => (isIsoDate(race.date) && race.date > last ? race.date : last), "");
    for (const date of Object.keys(value.runDays ?? {})) {
      if (!isIsoDate(date)) continue;
      if (date < startDate) {
        ctx.addIssue({ code: "custom", path: ["runDays", date], message: `${formatDate(date, "long")} is before the start date` });
      } else if (lastRace && date > lastRace) {
        ctx.addIssue({ code: "custom", path: ["runDays", date], message: `${formatDate(date, "long")} is after your last race` });
      }
    }
  });

/** Breaks may not overlap: each overlapping one is named at its start. */
function checkBreakOverlaps(breaks: readonly { start: string; end: string }[], ctx: z.RefinementCtx): void {
  const valid = breaks
    .map((item, index) => ({ ...item, index }))
    .filter((item) => isIsoDate(item.start) && isIsoDate(item.end) && item.end >= item.start)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.index - b.index));
  for (let i = 1; i < valid.length; i++) {
    const previous = valid.slice(0, i).find((other) => other.end >= valid[i].start);
    if (previous) {
      ctx.addIssue({
        code: "custom",
        path: ["breaks", valid[i].index, "start"],
        message: `This break overlaps the one from ${formatDate(previous.start, "long")} to ${formatDate(previous.end, "long")}: merge them`,
      });
    }
  }
}

/** What a client sends (defaults not yet applied). */
export type TPlanInputRaw = z.input<typeof ZPlanInput>;
/** Parsed input; `startDate` may still be missing (it defaults to today in `timeZone`). */
export type TPlanInput = z.output<typeof ZPlanInput>;
/** Parsed input with every default applied: what the engine stores in `plan.input`. */
export type TResolvedPlanInput = TPlanInput & { startDate: string };
export type TRace = z.output<typeof ZRace>;
export type TSchedule = z.output<typeof ZSchedule>;
export type TBreak = z.output<typeof ZBreak>;
export type TRunDays = z.output<typeof ZRunDays>;

/**
 * Parses untrusted input and applies the `startDate` default (today in the runner's time zone
 * at `now`) before validation, so the race-date rules are always checked against a real start.
 */
export function parsePlanInput(raw: unknown, now: Date): z.ZodSafeParseResult<TResolvedPlanInput> {
  let candidate = raw;
  if (raw !== null && typeof raw === "object" && !Array.isArray(raw) && (raw as Record<string, unknown>).startDate === undefined) {
    const zone = (raw as Record<string, unknown>).timeZone;
    candidate = { ...(raw as Record<string, unknown>), startDate: todayIn(now, typeof zone === "string" ? zone : "UTC") };
  }
  return ZPlanInput.safeParse(candidate) as z.ZodSafeParseResult<TResolvedPlanInput>;
}
