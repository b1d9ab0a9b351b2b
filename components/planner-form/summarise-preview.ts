/** Turns a previewed plan into the few facts a runner checks before saving. */
import type { TPhaseKind, TPlan, TSession, TWarning } from "@/lib/engine/types";
import { WEEKDAYS, type TWeekday } from "@/lib/plan-input-values";
import { daysBetween } from "@/lib/dates";

export type TPreviewSummary = {
  sessionCount: number;
  /** Sessions from the two weekly slots (A/B), not the light taper ones. */
  weeklySessionCount: number;
  lightSessionCount: number;
  /**
   * The usual week's strength days, Monday first: the weekdays of the A/B sessions in most weeks.
   * A session moved out of a B/C race window or a break lands elsewhere for one week, which is
   * not the runner's week.
   */
  strengthDays: TWeekday[];
  /** Why the strength days were chosen, in the engine's own words (deduplicated, Monday first). */
  reasons: string[];
  phases: { kind: TPhaseKind; start: string; end: string; days: number }[];
  warnings: TWarning[];
  firstSession: string | null;
  lastSession: string | null;
};

const MAX_REASONS = 6;

function usualStrengthDays(plan: TPlan, weekly: readonly TSession[]): TWeekday[] {
  const byId = new Map(weekly.map((session) => [session.id, session]));
  const counts = new Map<string, number>();
  for (const week of plan.weeks) {
    const days = new Set(week.sessionIds.flatMap((id) => byId.get(id)?.weekday ?? []));
    if (days.size === 0) continue;
    const key = WEEKDAYS.filter((day) => days.has(day)).join(",");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = "";
  let bestCount = 0;
  // Ties go to the pattern seen first in the season.
  for (const [key, count] of counts) {
    if (count > bestCount) [best, bestCount] = [key, count];
  }
  return best === "" ? [] : (best.split(",") as TWeekday[]);
}

export function summarisePreview(plan: TPlan): TPreviewSummary {
  const weekly = plan.sessions.filter((session) => session.slot !== "light");
  const strengthDays = usualStrengthDays(plan, weekly);
  // The first session on each strength day speaks for that day; later ones repeat it. Only the
  // placement rules (section 2: which day, and why) answer "why this day"; dosing belongs to the plan page.
  const reasons = new Set<string>();
  for (const weekday of strengthDays) {
    const first = weekly.find((session) => session.weekday === weekday);
    for (const why of first?.why ?? []) if (why.rule.startsWith("2.") && why.rule !== "2.5") reasons.add(why.text);
  }
  const dates = plan.sessions.map((session) => session.date).sort();
  return {
    sessionCount: plan.sessions.length,
    weeklySessionCount: weekly.length,
    lightSessionCount: plan.sessions.length - weekly.length,
    strengthDays,
    reasons: [...reasons].slice(0, MAX_REASONS),
    phases: plan.phases.map((phase) => ({ ...phase, days: daysBetween(phase.start, phase.end) + 1 })),
    warnings: plan.warnings,
    firstSession: dates[0] ?? null,
    lastSession: dates[dates.length - 1] ?? null,
  };
}
