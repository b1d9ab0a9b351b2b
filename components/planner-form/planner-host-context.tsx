"use client";

import { createContext, useContext } from "react";
import type { TWarning } from "@/lib/engine/types";
import type { TAppliedRunPlan } from "@/components/run-plan-import/run-plan-import";

export type TPlannerHost = {
  /** Warnings about the running week, repeated under the schedule where the fix is made. */
  weekWarnings: readonly TWarning[];
  onApplyRunPlan: (applied: TAppliedRunPlan) => void;
  runPlanNote: string | null;
};

const PlannerHostContext = createContext<TPlannerHost | null>(null);

/** What the form host knows that a few fields show: kept apart from the form methods so it changes rarely. */
export const PlannerHostProvider = PlannerHostContext.Provider;

export function usePlannerHost(): TPlannerHost {
  const host = useContext(PlannerHostContext);
  if (!host) throw new Error("usePlannerHost must be used inside the planner form");
  return host;
}
