"use client";

import { useSyncExternalStore } from "react";
import { takePlanSaved } from "@/components/planner-form/edit-token-storage";

// takePlanSaved clears the flag, so remember the answer for this page load.
const seen = new Map<string, boolean>();
const noSubscription = () => () => {};

/** "Changes saved" once, after the edit page redirected here. */
export function SavedNotice({ planId }: { planId: string }) {
  const saved = useSyncExternalStore(
    noSubscription,
    () => {
      if (!seen.has(planId)) seen.set(planId, takePlanSaved(planId));
      return seen.get(planId) ?? false;
    },
    () => false,
  );
  return (
    <p role="status" className={saved ? "rounded-lg border border-emerald-700 bg-emerald-50 px-4 py-2 font-medium text-emerald-950 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-50 print:hidden" : "sr-only"}>
      {saved ? "Changes saved: your season has been rebuilt." : ""}
    </p>
  );
}
