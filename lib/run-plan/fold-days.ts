import { listDates } from "@/lib/dates";
import type { TConfidence, TRunKind, TRunPlanDay } from "@/lib/run-plan/types";

export type TClassifiedEvent = { date: string; summary: string; kind: TRunKind; confidence: TConfidence };

/** Hardest first (DOMAIN.md section 10): the kind a date takes when it holds several events. */
const KIND_RANK: Record<TRunKind, number> = { long: 4, hard: 3, easy: 2, cross: 1, rest: 0 };

/**
 * One day per date from the first to the last event (inclusive): the hardest event's kind,
 * low confidence only when no event of that kind is sure; a date without events is `rest`.
 * `events` must come sorted by date (and in the order to show them within a date).
 */
export function foldDays(events: readonly TClassifiedEvent[]): { days: TRunPlanDay[]; range: { start: string; end: string } | null } {
  if (events.length === 0) return { days: [], range: null };
  const byDate = new Map<string, TClassifiedEvent[]>();
  for (const event of events) byDate.set(event.date, [...(byDate.get(event.date) ?? []), event]);
  const range = { start: events[0].date, end: events[events.length - 1].date };
  const days = listDates(range.start, range.end).map((date): TRunPlanDay => {
    const held = byDate.get(date);
    if (!held) return { date, kind: "rest", confidence: "high", events: [] };
    const kind = held.reduce((best, event) => (KIND_RANK[event.kind] > KIND_RANK[best] ? event.kind : best), held[0].kind);
    const sure = held.some((event) => event.kind === kind && event.confidence === "high");
    return {
      date,
      kind,
      confidence: sure ? "high" : "low",
      events: held.map((event) => ({ summary: event.summary, kind: event.kind })),
    };
  });
  return { days, range };
}
