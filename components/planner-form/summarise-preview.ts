/** Turns a previewed plan into the few facts a runner checks before saving. */
import type { TPhaseKind, TPlan, TSession, TWarning } from "@/lib/engine/types";
import { WEEKDAYS, type TWeekday } from "@/lib/plan-input-values";
import { daysBetween } from "@/lib/dates";
import { WEEKDAY_LABELS } from "@/lib/plan-text/labels";
import { joinWords } from "@/lib/plan-text/join-words";

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
  /** The preview's headline about the week: its strength days, or why it has none. */
  headline: string;
  /** Why the strength days were chosen, in the engine's own words (deduplicated, Monday first). */
  reasons: string[];
  phases: { kind: TPhaseKind; start: string; end: string; days: number }[];
  warnings: TWarning[];
  firstSession: string | null;
  lastSession: string | null;
};

const MAX_REASONS = 6;

/**
 * With no weekly session the reason is the season, not the week, unless the week itself has no
 * legal day (issue 14.1: a start inside the taper said "no strength days fit your week").
 */
function describeHeadline(plan: TPlan, strengthDays: readonly TWeekday[], lightSessionCount: number): string {
  if (strengthDays.length > 0) return `Strength on ${joinWords(strengthDays.map((day) => WEEKDAY_LABELS[day]))}`;
  const codes = new Set(plan.warnings.map((warning) => warning.code));
  if (codes.has("start-in-taper")) {
    return lightSessionCount > 0 ? "Taper only: one light session before the race" : "Taper only: no strength before the race";
  }
  if (codes.has("no-legal-days")) return "No strength days fit your week";
  const building = plan.phases.some((phase) => phase.kind === "general" || phase.kind === "race-specific");
  return building ? "No strength days fit your week" : "No strength sessions in this season";
}

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
    headline: describeHeadline(plan, strengthDays, plan.sessions.length - weekly.length),
    reasons: [...reasons].slice(0, MAX_REASONS),
    phases: plan.phases.map((phase) => ({ ...phase, days: daysBetween(phase.start, phase.end) + 1 })),
    warnings: plan.warnings,
    firstSession: dates[0] ?? null,
    lastSession: dates[dates.length - 1] ?? null,
  };
}
