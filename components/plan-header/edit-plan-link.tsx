"use client";

import { useEditToken } from "./use-edit-token";

/**
 * "Edit" when this browser holds the plan's edit token (saved when the plan was created or an
 * edit link was opened); otherwise an explanation that the private edit link is needed.
 * The server render shows the explanation: the token only ever lives in the browser.
 */
export function EditPlanLink({ planId, className }: { planId: string; className: string }) {
  const token = useEditToken(planId);
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
