import type { TPhaseKind, TPlan, TWeek } from "@/lib/engine/types";
import { addDays, daysBetween, mondayOf } from "@/lib/dates";

/** The phase covering most of the week's days (ties: the later phase), as the engine weighs its own weeks. */
function majorityPhase(plan: TPlan, start: string): TPhaseKind | null {
  let best: { kind: TPhaseKind; days: number } | null = null;
  for (const phase of plan.phases) {
    const from = phase.start > start ? phase.start : start;
    const end = addDays(start, 6);
    const to = phase.end < end ? phase.end : end;
    const days = daysBetween(from, to) + 1;
    if (days > 0 && (!best || days >= best.days)) best = { kind: phase.kind, days };
  }
  return best?.kind ?? null;
}

/**
 * Every Monday-to-Sunday week the season timeline shows: the plan's own weeks, then the weeks of the
 * last recovery (and any no-strength window) that run past them, so the week navigator reaches the
 * end of the season. The added weeks hold no sessions.
 */
export function listCalendarWeeks(plan: TPlan): TWeek[] {
  const weeks = plan.weeks;
  if (weeks.length === 0) return [];
  const ends = [...plan.phases.map((p) => p.end), ...plan.windows.map((w) => w.end), ...plan.input.races.map((r) => r.date)];
  const lastDay = ends.reduce((max, end) => (end > max ? end : max), weeks[weeks.length - 1].end);
  const extra: TWeek[] = [];
  for (let monday = addDays(weeks[weeks.length - 1].start, 7); monday <= mondayOf(lastDay); monday = addDays(monday, 7)) {
    extra.push({ index: weeks.length + extra.length + 1, start: monday, end: addDays(monday, 6), phase: majorityPhase(plan, monday), sessionIds: [], totalSets: 0 });
  }
  return extra.length === 0 ? weeks : [...weeks, ...extra];
}
