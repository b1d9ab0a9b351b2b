/**
 * What the server hands the owner's controls of one session: plain data, computed from the plan
 * with the engine's own checks, so the browser ships no rules (and no date library) of its own.
 */
import type { TSessionLogInputRaw } from "@/lib/session-log-input";
import type { TSessionStatus, TUnits } from "@/lib/engine/types";

/** One date of the session's week: a legal move target, or why it is not. */
export type TMoveOption = { date: string; label: string } & ({ ok: true } | { ok: false; why: string });

/** One exercise of the detailed log form, prefilled with the prescription (or the saved log). */
export type TLogFormExercise = {
  exerciseId: string;
  name: string;
  /** "3 × 10 each side", as the card says it. */
  dose: string;
  measure: "reps" | "seconds";
  /** One entry per set box: the count and the load (empty string for none). */
  sets: { count: number; load: string }[];
  /** Whether a load box makes sense (a measurable weight: dumbbells, kettlebell, barbell, cable). */
  loadable: boolean;
  rir: string;
};

export type TSessionActionData = {
  planId: string;
  sessionId: string;
  /** "Strength A on Thu 12 Mar", for button names and messages. */
  name: string;
  status: TSessionStatus;
  moves: TMoveOption[];
  /** Where the engine placed a moved session. */
  putBack: { date: string; label: string } | null;
  /** Whether the API takes a log for it yet (dated up to tomorrow in the plan's zone). */
  loggable: boolean;
  hasLog: boolean;
  /** "Mark done": the prescription as done. */
  doneBody: TSessionLogInputRaw;
  form: { unit: TUnits; exercises: TLogFormExercise[]; note: string };
};
