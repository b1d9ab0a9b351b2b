import type { TPlan, TWeek } from "@/lib/engine/types";
import type { TRace } from "@/lib/plan-input";
import { DISTANCE_LABELS } from "@/lib/plan-text/labels";
import { addDays, formatDate } from "@/lib/dates";

function raceName(race: TRace): string {
  return race.name && race.name.length > 0 ? race.name : `your ${DISTANCE_LABELS[race.distance].toLowerCase()}`;
}

function overlaps(week: TWeek, from: string, to: string): boolean {
  return from <= week.end && to >= week.start;
}

/**
 * Plain-words notes for one week: why it has fewer (or no) sessions, what the phase changes,
 * and which races fall in or near it. Pure: reads the plan, invents nothing.
 */
export function describeWeek(plan: TPlan, week: TWeek): string[] {
  const notes: string[] = [];
  const sessions = plan.sessions.filter((s) => s.date >= week.start && s.date <= week.end);

  for (const race of plan.input.races) {
    const inWeek = race.date >= week.start && race.date <= week.end;
    if (race.priority === "A" && inWeek) {
      notes.push(`Race week: ${raceName(race)} on ${formatDate(race.date, "weekday")}. Good luck!`);
    } else if (race.priority === "B" && overlaps(week, addDays(race.date, -4), addDays(race.date, 3))) {
      notes.push(
        `B race ${raceName(race)} on ${formatDate(race.date, "weekday")}: no strength in the 4 days before it or the 3 days after.`,
      );
    } else if (race.priority === "C" && overlaps(week, addDays(race.date, -1), race.date)) {
      notes.push(`C race ${raceName(race)} on ${formatDate(race.date, "weekday")}: no strength the day before or on race day.`);
    }
  }

  switch (week.phase) {
    case null:
      notes.push("This week is outside your strength season.");
      break;
    case "taper":
      notes.push(
        sessions.length > 0
          ? "Light taper: one short bodyweight activation and core session keeps you sharp; nothing in the last 7 days before the race."
          : "Taper: no strength work, so you reach race day fresh. The strength you built lasts through the taper.",
      );
      break;
    case "recovery":
      notes.push("Recovery: no strength work after your race while your body recovers.");
      break;
    case "race-specific":
      notes.push("Race block: the same exercises and effort, with 2 sets instead of 3 to save your legs for running.");
      break;
    case "general":
      if (sessions.length > 0 && sessions.every((s) => s.exercises.every((e) => e.load === "bodyweight"))) {
        notes.push("Bodyweight week: learn each movement well before adding load.");
      }
      break;
  }

  const limited = plan.warnings.some((w) => w.code === "few-legal-days" || w.code === "no-legal-days");
  if (limited && (week.phase === "general" || week.phase === "race-specific") && sessions.length < 2) {
    notes.push("Your running schedule leaves room for fewer than two sessions a week (see the note at the top of the page).");
  }
  return notes;
}
