import type { TRunKind, TRunPlanDay } from "@/lib/run-plan/types";

export type TReapplyRunPlanOptions = {
  /** The plan's dated run kinds now (the feed's, plus whatever the runner changed). */
  runDays: Readonly<Record<string, TRunKind>>;
  /** What the feed said when it was last applied (the snapshot's days). */
  previousFeed: Readonly<Record<string, TRunKind>>;
  /** What the feed says now. */
  feed: readonly Pick<TRunPlanDay, "date" | "kind">[];
};

/**
 * A refresh (DOMAIN.md section 10): the feed's new kinds, except on the dates the runner changed by
 * hand. A date is the runner's when its kind in `runDays` differs from what the feed said last time,
 * including a date they added (the feed had none) or removed (back to the template); those keep the
 * runner's choice. Every other date takes the feed's new kind, or leaves `runDays` (back to the
 * template) when the feed no longer covers it. Pure; sorted by date.
 */
export function reapplyRunPlan(options: TReapplyRunPlanOptions): Record<string, TRunKind> {
  const { runDays, previousFeed } = options;
  const feed = new Map(options.feed.map((day) => [day.date, day.kind]));
  const dates = new Set([...Object.keys(runDays), ...Object.keys(previousFeed), ...feed.keys()]);
  const next: Record<string, TRunKind> = {};
  for (const date of [...dates].sort()) {
    const byHand = runDays[date] !== previousFeed[date];
    const kind = byHand ? runDays[date] : feed.get(date);
    if (kind !== undefined) next[date] = kind;
  }
  return next;
}
