"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { clearNewPlanToken, editLinkFor, readNewPlanToken } from "@/components/planner-form/edit-token-storage";

// Read once per page load: the storage key is cleared right after, and the banner must stay up.
const seen = new Map<string, string | null>();

function readOnce(planId: string): string | null {
  if (!seen.has(planId)) seen.set(planId, readNewPlanToken(planId));
  return seen.get(planId) ?? null;
}

const noSubscription = () => () => {};

/**
 * Shown once, right after a plan is created: the private edit link with a copy button. The
 * link is the only way to edit the plan, so the banner says so plainly; then the one-time
 * sessionStorage key is removed so a reload does not show it again.
 */
export function NewPlanBanner({ planId }: { planId: string }) {
  const token = useSyncExternalStore(
    noSubscription,
    () => readOnce(planId),
    () => null,
  );
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (token) clearNewPlanToken(planId);
  }, [planId, token]);

  if (!token || dismissed) return null;
  const link = editLinkFor(window.location.origin, planId, token);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <section
      aria-labelledby="new-plan-banner-heading"
      className="rounded-xl border-2 border-emerald-700 bg-emerald-50 p-4 text-emerald-950 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-50 print:hidden"
    >
      <h2 id="new-plan-banner-heading" className="text-lg font-bold">
        Your plan is ready. Save your private edit link
      </h2>
      <p className="mt-1 text-sm">
        This link is the <strong>only way to edit</strong> this plan. We do not store it in a form we can show you again, and
        there are no accounts. Keep it somewhere safe (a note or a bookmark); anyone with it can change the plan.
      </p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-center">
        <label htmlFor="new-plan-edit-link" className="sr-only">
          Private edit link
        </label>
        <input
          id="new-plan-edit-link"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
          className="min-h-11 w-full min-w-0 flex-1 rounded-md border border-emerald-800 bg-white px-3 font-mono text-sm text-slate-900 dark:border-emerald-300 dark:bg-slate-900 dark:text-slate-100"
        />
        <button
          type="button"
          onClick={copy}
          className="min-h-11 rounded-md bg-emerald-800 px-4 font-semibold text-white hover:bg-emerald-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-800 dark:bg-emerald-300 dark:text-emerald-950 dark:hover:bg-emerald-200 dark:focus-visible:outline-emerald-300"
        >
          Copy link
        </button>
        <button
          type="button"
          onClick={() => setDismissed(true)}
          className="min-h-11 rounded-md border border-emerald-800 px-4 font-medium hover:bg-emerald-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-800 dark:border-emerald-300 dark:hover:bg-emerald-900 dark:focus-visible:outline-emerald-300"
        >
          I have saved it
        </button>
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm">
        {copied === "copied" ? "Copied to your clipboard." : copied === "failed" ? "Could not copy: select the link and copy it by hand." : ""}
      </p>
    </section>
  );
}
