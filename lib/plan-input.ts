/**
 * The one input schema (DOMAIN.md section 1), shared by the planner form (via zodResolver)
 * and every API route. Strict: unknown keys are errors, never silently dropped.
 */
import { z } from "zod";

// zod probes `new Function` for a faster parser; the CSP forbids eval, so skip the probe.
z.config({ jitless: true });

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export const DAY_TYPES = ["rest", "easy", "hard", "long", "cross"] as const;
export const DISTANCES = ["5k", "10k", "half", "marathon", "ultra", "other"] as const;
export const PRIORITIES = ["A", "B", "C"] as const;
export const EQUIPMENT = [
  "loop-band",
  "long-band",
  "dumbbells",
  "kettlebell",
  "barbell",
  "bench",
  "step",
  "pull-up-bar",
  "cable",
  "sliders",
  "ab-wheel",
  "mat",
] as const;
export const EXPERIENCE = ["new", "experienced"] as const;
export const SESSION_MINUTES = [30, 45, 60] as const;
export const TAPERS = ["full", "light"] as const;
export const UNITS = ["kg", "lb"] as const;

export const MAX_RACES = 6;
export const MAX_WEEKS_AHEAD = 104;
export const MAX_RACE_NAME_LENGTH = 80;
export const MAX_REMINDER_MINUTES = 1440;
/** Plans outside these years are almost certainly typos; rejecting them keeps date math sane. */
const MIN_YEAR = 2000;
const MAX_YEAR = 2200;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a real calendar date written as `YYYY-MM-DD` (rejects `2027-02-30`). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** True for an IANA time zone name this runtime knows (e.g. `Europe/London`). */
export function isTimeZone(value: string): boolean {
  if (value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Whole days from `a` to `b`, both ISO dates (no time zone involved: both are read as UTC midnight). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

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
        // A set: duplicates are harmless, so they are folded rather than rejected.
        .transform((items) => EQUIPMENT.filter((e) => items.includes(e)))
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
    if (!value.races.some((race) => race.priority === "A")) {
      ctx.addIssue({
        code: "custom",
        path: ["races"],
        message: "Mark at least one race as your A race (the target)",
      });
    }
    if (!value.startDate) return;
    value.races.forEach((race, index) => {
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
export type TWeekday = (typeof WEEKDAYS)[number];
export type TDayType = (typeof DAY_TYPES)[number];
export type TDistance = (typeof DISTANCES)[number];
export type TPriority = (typeof PRIORITIES)[number];
export type TEquipment = (typeof EQUIPMENT)[number];
export type TRace = z.output<typeof ZRace>;
export type TSchedule = z.output<typeof ZSchedule>;

/** Today's date (`YYYY-MM-DD`) in `timeZone` at the instant `now`. */
export function todayInTimeZone(now: Date, timeZone: string): string {
  const zone = isTimeZone(timeZone) ? timeZone : "UTC";
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

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
