/** Turns a previewed plan into the few facts a runner checks before saving. */
import type { TPhaseKind, TPlan, TWarning } from "@/lib/engine/types";
import { WEEKDAYS, type TWeekday } from "@/lib/plan-input-values";

export type TPreviewSummary = {
  sessionCount: number;
  /** Sessions from the two weekly slots (A/B), not the light taper ones. */
  weeklySessionCount: number;
  lightSessionCount: number;
  /** Weekdays that carry the A/B sessions, Monday first. */
  strengthDays: TWeekday[];
  /** Why the strength days were chosen, in the engine's own words (deduplicated, Monday first). */
  reasons: string[];
  phases: { kind: TPhaseKind; start: string; end: string; days: number }[];
  warnings: TWarning[];
  firstSession: string | null;
  lastSession: string | null;
};

const MAX_REASONS = 6;
const DAY_NAME_PATTERN = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b/;

function inclusiveDays(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
}

export function summarisePreview(plan: TPlan): TPreviewSummary {
  const weekly = plan.sessions.filter((session) => session.slot !== "light");
  const strengthDays = WEEKDAYS.filter((day) => weekly.some((session) => session.weekday === day));
  // The first session on each strength day speaks for that day; later ones repeat it. Only the
  // reasons about the day itself answer "why this day" (dosing reasons belong to the plan page).
  const reasons = new Set<string>();
  for (const weekday of strengthDays) {
    const first = weekly.find((session) => session.weekday === weekday);
    const why = first?.why ?? [];
    const aboutDays = why.filter((line) => DAY_NAME_PATTERN.test(line));
    for (const line of aboutDays.length > 0 ? aboutDays : why.slice(0, 2)) reasons.add(line);
  }
  const dates = plan.sessions.map((session) => session.date).sort();
  return {
    sessionCount: plan.sessions.length,
    weeklySessionCount: weekly.length,
    lightSessionCount: plan.sessions.length - weekly.length,
    strengthDays,
    reasons: [...reasons].slice(0, MAX_REASONS),
    phases: plan.phases.map((phase) => ({ ...phase, days: inclusiveDays(phase.start, phase.end) })),
    warnings: plan.warnings,
    firstSession: dates[0] ?? null,
    lastSession: dates[dates.length - 1] ?? null,
  };
}

/** "12 weeks", "10 days", "1 week". */
export function formatSpan(days: number): string {
  if (days % 7 === 0 || days >= 21) {
    const weeks = Math.round(days / 7);
    return `${weeks} ${weeks === 1 ? "week" : "weeks"}`;
  }
  return `${days} ${days === 1 ? "day" : "days"}`;
}

const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const SHORT_DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** `2027-01-04` -> "4 Jan 2027" (read as a calendar date, never shifted by the machine's zone). */
export function formatDate(iso: string, options: { year?: boolean } = {}): string {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) return iso;
  return (options.year === false ? SHORT_DATE_FORMAT : DATE_FORMAT).format(ms);
}

/** ["Wednesday", "Sunday"] -> "Wednesday and Sunday". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
