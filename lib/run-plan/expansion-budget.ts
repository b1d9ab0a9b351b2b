import type ICAL from "ical.js";
import { RunPlanError } from "@/lib/run-plan/run-plan-error";

export type TExpansionBudget = { step: () => void };

/**
 * Steps of recurrence expansion one import may take (each candidate date ical.js tests counts).
 * Two years of a daily run costs ~730; the cap bounds a hostile rule to well under a second.
 */
export const MAX_EXPANSION_STEPS = 100_000;

function exhausted(): RunPlanError {
  return new RunPlanError("too_many_events", "The repeating events in this calendar repeat too often to be read.");
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
 * Candidate dates a rule may test in a row without one passing its BY* filters before the series
 * is given up: about ten years of daily candidates, so a leap-day rule still expands.
 */
export const MAX_CONSECUTIVE_MISSES = 4_000;

/** Thrown inside ical.js's search; the expander skips that one event and goes on. */
export class RecurrenceNeverMatches extends Error {
  constructor() {
    super("The repeat rule finds no date it allows.");
    this.name = "RecurrenceNeverMatches";
  }
}

/**
 * Makes every RRULE of `component` charge `budget` for each candidate date it tests, and give up
 * after MAX_CONSECUTIVE_MISSES candidates in a row that its filters reject. ical.js's iterator
 * searches without bound for a rule no date satisfies (`FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30` never
 * returns from `next()`), so counting calls from outside is not enough: the count has to happen
 * inside the search. Only this parse's own Recur values are touched, never ical.js itself.
 */
export function chargeRecurrenceRules(component: ICAL.Component, budget: TExpansionBudget): void {
  for (const property of component.getAllProperties("rrule")) {
    const recur = property.getFirstValue() as ICAL.Recur;
    const makeIterator = recur.iterator.bind(recur);
    recur.iterator = (start: ICAL.Time) => {
      const iterator = makeIterator(start);
      const checkRules = iterator.check_contracting_rules.bind(iterator);
      let misses = 0;
      iterator.check_contracting_rules = () => {
        budget.step();
        const passes = checkRules();
        misses = passes ? 0 : misses + 1;
        if (misses > MAX_CONSECUTIVE_MISSES) throw new RecurrenceNeverMatches();
        return passes;
      };
      return iterator;
    };
  }
}
