import type { TPlan, TWeek } from "@/lib/engine/types";
import { formatDate } from "@/lib/dates";
import { raceName } from "@/lib/plan-text/race-text";

/**
 * Plain-words notes for one week: the A race in it, every no-strength window that touches it (the
 * engine's own reasons, `plan.windows`), what the phase changes, and the engine's warnings about
 * this week. Pure: reads the plan, restates no rule.
 */
export function describeWeek(plan: TPlan, week: TWeek): string[] {
  const notes: string[] = [];
  const sessions = plan.sessions.filter((s) => s.date >= week.start && s.date <= week.end);

  for (const race of plan.input.races) {
    if (race.priority === "A" && race.date >= week.start && race.date <= week.end) {
      notes.push(`Race week: ${raceName(race)} on ${formatDate(race.date, "weekday")}. Good luck!`);
    }
  }
  for (const window of plan.windows) {
    if (window.start <= week.end && window.end >= week.start) notes.push(window.why.text);
  }

  if (week.phase === null) notes.push("This week is outside your strength season.");
  if (week.phase === "race-specific") notes.push("Race block: the same exercises and effort, with 2 sets instead of 3 to save your legs for running.");
  if (week.phase === "general" && sessions.length > 0 && sessions.every((s) => s.exercises.every((e) => e.load === "bodyweight"))) {
    notes.push("Bodyweight week: learn each movement well before adding load.");
  }

  for (const warning of plan.warnings) if (warning.week === week.start) notes.push(warning.message);
  return [...new Set(notes)];
}
