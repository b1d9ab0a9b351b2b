"use client";

import { useSyncExternalStore } from "react";
import { readEditToken } from "@/components/planner-form/edit-token-storage";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}

/**
 * "Edit" when this browser holds the plan's edit token (saved when the plan was created or an
 * edit link was opened); otherwise an explanation that the private edit link is needed.
 * The server render shows the explanation: the token only ever lives in the browser.
 */
export function EditPlanLink({ planId, className }: { planId: string; className: string }) {
  const token = useSyncExternalStore(
    subscribe,
    () => readEditToken(planId),
    () => null,
  );
  if (token) {
    return (
      <a href={`/plans/${encodeURIComponent(planId)}/edit#token=${encodeURIComponent(token)}`} className={className}>
        Edit plan
      </a>
    );
  }
  return (
    <p className="max-w-xs text-sm text-slate-700 dark:text-slate-300" data-testid="edit-needs-link">
      To edit this plan, open the private edit link you saved when you created it.
    </p>
  );
}
