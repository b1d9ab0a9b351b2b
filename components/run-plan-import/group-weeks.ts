import { mondayOf } from "@/lib/dates";
import type { TRunPlanDay } from "@/lib/run-plan/types";

export type TReviewWeek = { monday: string; days: TRunPlanDay[] };

/** Monday-to-Sunday weeks, in order; `days` come sorted from the API, so one pass keeps them so. */
export function groupWeeks(days: readonly TRunPlanDay[]): TReviewWeek[] {
  const weeks: TReviewWeek[] = [];
  for (const day of days) {
    const monday = mondayOf(day.date);
    const last = weeks.at(-1);
    if (last?.monday === monday) last.days.push(day);
    else weeks.push({ monday, days: [day] });
  }
  return weeks;
}
