/**
 * The one input schema (DOMAIN.md section 1), shared by the planner form (via zodResolver)
 * and every API route. Strict: unknown keys are errors, never silently dropped.
 */
import { z } from "zod";
import {
  DAY_TYPES,
  daysBetween,
  DISTANCES,
  EQUIPMENT,
  EXPERIENCE,
  isIsoDate,
  isTimeZone,
  MAX_RACE_NAME_LENGTH,
  MAX_RACES,
  MAX_REMINDER_MINUTES,
  MAX_WEEKS_AHEAD,
  MAX_YEAR,
  MIN_YEAR,
  PRIORITIES,
  TAPERS,
  todayInTimeZone,
  UNITS,
  WEEKDAYS,
} from "./plan-input-values";

// zod probes `new Function` for a faster parser; the CSP forbids eval, so skip the probe.
z.config({ jitless: true });

export * from "./plan-input-values";

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

const ZIsoDate = z
  .string({ error: "Enter a date as YYYY-MM-DD" })
  .refine(isIsoDate, { error: `Enter a real date as YYYY-MM-DD (years ${MIN_YEAR} to ${MAX_YEAR})` });

export const ZWeekday = z.enum(WEEKDAYS);
export const ZDayType = z.enum(DAY_TYPES, { error: "Choose rest, easy, hard, long or cross" });
export const ZDistance = z.enum(DISTANCES, { error: "Choose 5k, 10k, half, marathon, ultra or other" });
export const ZPriority = z.enum(PRIORITIES, { error: "Choose priority A, B or C" });
export const ZEquipment = z.enum(EQUIPMENT, { error: "Unknown piece of equipment" });

export const ZRace = z.strictObject(
  {
    date: ZIsoDate,
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
        .union([z.literal(30), z.literal(45), z.literal(60)], { error: "Session length is 30, 45 or 60 minutes" })
        .default(45),
      taper: z.enum(TAPERS, { error: "Choose a full or light taper" }).default("full"),
      units: z.enum(UNITS, { error: "Choose kg or lb" }),
      timeZone: z
        .string({ error: "Time zone must be text" })
        .refine(isTimeZone, { error: "Unknown time zone: use an IANA name such as Europe/London" })
        .default("UTC"),
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
    if (!value.startDate || !isIsoDate(value.startDate)) return;
    value.races.forEach((race, index) => {
      if (!isIsoDate(race.date)) return;
      const days = daysBetween(value.startDate!, race.date);
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
  });

/** What a client sends (defaults not yet applied). */
export type TPlanInputRaw = z.input<typeof ZPlanInput>;
/** Parsed input; `startDate` may still be missing (it defaults to today in `timeZone`). */
export type TPlanInput = z.output<typeof ZPlanInput>;
/** Parsed input with every default applied: what the engine stores in `plan.input`. */
export type TResolvedPlanInput = TPlanInput & { startDate: string };
export type TRace = z.output<typeof ZRace>;
export type TSchedule = z.output<typeof ZSchedule>;

/**
 * Parses untrusted input and applies the `startDate` default (today in the runner's time zone
 * at `now`) before validation, so the race-date rules are always checked against a real start.
 */
export function parsePlanInput(raw: unknown, now: Date): z.ZodSafeParseResult<TResolvedPlanInput> {
  let candidate = raw;
  if (raw !== null && typeof raw === "object" && !Array.isArray(raw) && (raw as Record<string, unknown>).startDate === undefined) {
    const zone = (raw as Record<string, unknown>).timeZone;
    candidate = { ...(raw as Record<string, unknown>), startDate: todayInTimeZone(now, typeof zone === "string" ? zone : "UTC") };
  }
  return ZPlanInput.safeParse(candidate) as z.ZodSafeParseResult<TResolvedPlanInput>;
}
