import type ICAL from "ical.js";
import { RunPlanError } from "@/lib/run-plan/run-plan-error";

export type TExpansionBudget = { step: () => void };

/**
 * Steps of recurrence expansion one import may take (each candidate date ical.js tests counts).
 * Two years of a daily run costs ~730; the cap bounds a hostile rule to well under a second.
 */
export const MAX_EXPANSION_STEPS = 100_000;

function exhausted(): RunPlanError {
  return new RunPlanError(
    "too_many_events",
    "A repeating event in this calendar repeats too often (or never lands on a real date) to be read.",
  );
}

/** A shared step counter that throws `too_many_events` once `maxSteps` are spent. */
export function createExpansionBudget(maxSteps = MAX_EXPANSION_STEPS): TExpansionBudget {
  let left = maxSteps;
  return {
    step() {
      left -= 1;
      if (left < 0) throw exhausted();
    },
  };
}

/**
 * Makes every RRULE of `component` charge `budget` for each candidate date it tests. ical.js's
 * iterator searches without bound for a rule no date satisfies (`FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30`
 * never returns from `next()`), so counting calls from outside is not enough: the count has to
 * happen inside the search. Only this parse's own Recur values are touched, never ical.js itself.
 */
export function chargeRecurrenceRules(component: ICAL.Component, budget: TExpansionBudget): void {
  for (const property of component.getAllProperties("rrule")) {
    const recur = property.getFirstValue() as ICAL.Recur;
    const makeIterator = recur.iterator.bind(recur);
    recur.iterator = (start: ICAL.Time) => {
      const iterator = makeIterator(start);
      const checkRules = iterator.check_contracting_rules.bind(iterator);
      iterator.check_contracting_rules = () => {
        budget.step();
        return checkRules();
      };
      return iterator;
    };
  }
}
