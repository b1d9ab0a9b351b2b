/**
 * The one schema for a session log (DOMAIN.md section 11), shared by the logging form, workout
 * mode and PUT /api/plans/{id}/sessions/{sessionId}/log. What depends on the plan (the exercise
 * belongs to the session, the load limit in the plan's units, the session is not in the future)
 * is checked by the use case, which knows the plan.
 */
import { z } from "zod";
import { isIsoDate } from "./dates";

z.config({ jitless: true });

export const MAX_LOGGED_SETS = 10;
export const MAX_LOGGED_REPS = 100;
export const MAX_LOGGED_SECONDS = 3600;
export const MAX_LOG_NOTE_LENGTH = 500;
/** Heavier than any runner's strength session: a typo, not a lift. */
export const MAX_LOAD = { kg: 500, lb: 1100 } as const;

const ZLoggedSet = z
  .strictObject(
    {
      reps: z
        .number({ error: "Reps must be a number" })
        .int({ error: "Reps must be a whole number" })
        .min(0, { error: "Reps cannot be negative" })
        .max(MAX_LOGGED_REPS, { error: `At most ${MAX_LOGGED_REPS} reps in a set` })
        .optional(),
      seconds: z
        .number({ error: "Seconds must be a number" })
        .int({ error: "Seconds must be a whole number" })
        .min(0, { error: "Seconds cannot be negative" })
        .max(MAX_LOGGED_SECONDS, { error: "A hold lasts at most an hour" })
        .optional(),
      load: z
        .number({ error: "Load must be a number" })
        .min(0, { error: "Load cannot be negative" })
        .max(MAX_LOAD.lb, { error: `That load is more than ${MAX_LOAD.kg} kg (${MAX_LOAD.lb} lb): check the number` })
        .optional(),
    },
    { error: "Each set is { reps?, seconds?, load? }" },
  )
  .refine((set) => set.reps !== undefined || set.seconds !== undefined, { error: "Give each set its reps or seconds" });

export const ZLoggedExercise = z.strictObject(
  {
    exerciseId: z.string({ error: "Name the exercise by its id" }).min(1, { error: "Name the exercise by its id" }).max(80),
    sets: z
      .array(ZLoggedSet, { error: "Sets must be a list" })
      .min(1, { error: "Log at least one set, or leave the exercise out" })
      .max(MAX_LOGGED_SETS, { error: `At most ${MAX_LOGGED_SETS} sets per exercise` }),
    rir: z
      .number({ error: "Reps in reserve must be a number" })
      .int({ error: "Reps in reserve is a whole number" })
      .min(0, { error: "Reps in reserve is 0 to 5" })
      .max(5, { error: "Reps in reserve is 0 to 5" })
      .optional(),
  },
  { error: "Each exercise is { exerciseId, sets, rir? }" },
);

export const ZSessionLogInput = z
  .strictObject(
    {
      status: z.enum(["done", "skipped"], { error: 'Status is "done" or "skipped"' }),
      completedOn: z
        .string({ error: "Enter the date as YYYY-MM-DD" })
        .refine(isIsoDate, { error: "Enter the date as a real date, YYYY-MM-DD" })
        .optional(),
      exercises: z.array(ZLoggedExercise, { error: "Exercises must be a list" }).max(20, { error: "Too many exercises" }).default([]),
      note: z.string({ error: "The note must be text" }).trim().max(MAX_LOG_NOTE_LENGTH, { error: `Keep the note under ${MAX_LOG_NOTE_LENGTH} characters` }).optional(),
    },
    { error: "Send the log as a JSON object" },
  )
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    value.exercises.forEach((exercise, index) => {
      if (seen.has(exercise.exerciseId)) {
        ctx.addIssue({ code: "custom", path: ["exercises", index, "exerciseId"], message: "This exercise is already in the log" });
      }
      seen.add(exercise.exerciseId);
    });
  });

export type TSessionLogInput = z.output<typeof ZSessionLogInput>;
export type TSessionLogInputRaw = z.input<typeof ZSessionLogInput>;
