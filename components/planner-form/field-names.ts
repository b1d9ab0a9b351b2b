/** Maps API/schema issue paths ("races.0.date") onto form fields and plain-words labels. */
import { WEEKDAYS, type TWeekday } from "@/lib/plan-input-values";
import { WEEKDAY_LABELS } from "@/lib/plan-text/labels";

const TOP_LEVEL = [
  "startDate",
  "experience",
  "sessionMinutes",
  "taper",
  "units",
  "timeZone",
  "sessionTime",
  "reminderMinutes",
] as const;

const LABELS: Record<string, string> = {
  races: "Races",
  startDate: "Start date",
  schedule: "Running week",
  equipment: "Equipment",
  experience: "Lifting experience",
  sessionMinutes: "Session length",
  taper: "Taper",
  units: "Units",
  timeZone: "Time zone",
  sessionTime: "Session time",
  reminderMinutes: "Reminder",
  breaks: "Breaks",
  runDays: "Run days",
  runPlanSource: "Run plan link",
};

const RACE_FIELD_LABELS: Record<string, string> = { date: "date", name: "name", distance: "distance", priority: "priority" };
/**
 * The form field an issue belongs to, or null when it concerns the whole request
 * (shown above the submit button instead).
 */
export function formFieldForIssue(path: string, raceCount: number): string | null {
  const race = /^races\.(\d+)(?:\.(\w+))?/.exec(path);
  if (race) {
    const index = Number(race[1]);
    if (index >= raceCount) return "races";
    return race[2] && race[2] in RACE_FIELD_LABELS ? `races.${index}.${race[2]}` : `races.${index}.date`;
  }
  if (path === "races") return "races";
  const day = /^schedule\.(\w+)/.exec(path);
  if (day && (WEEKDAYS as readonly string[]).includes(day[1])) return `schedule.${day[1]}`;
  if (path === "schedule") return "schedule.mon";
  if (path === "equipment" || path.startsWith("equipment.")) return "equipment";
  const breakField = /^breaks\.(\d+)\.(start|end|reason)/.exec(path);
  if (breakField) return `breaks.${breakField[1]}.${breakField[2]}`;
  const top = path.split(".")[0];
  return (TOP_LEVEL as readonly string[]).includes(top) ? top : null;
}

/** "races.1.date" -> "Race 2 date"; used when listing problems away from the field. */
export function describeField(path: string): string {
  const race = /^races\.(\d+)(?:\.(\w+))?/.exec(path);
  if (race) return `Race ${Number(race[1]) + 1}${race[2] ? " " + (RACE_FIELD_LABELS[race[2]] ?? race[2]) : ""}`;
  const day = /^schedule\.(\w+)/.exec(path);
  if (day) return WEEKDAY_LABELS[day[1] as TWeekday] ?? "Running week";
  const breakRow = /^breaks\.(\d+)/.exec(path);
  if (breakRow) return `Break ${Number(breakRow[1]) + 1}`;
  return LABELS[path.split(".")[0]] ?? "Plan";
}
