"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { cardClass, focusRing, hintClass, secondaryButtonClass } from "@/components/ui/styles";
import { forgetEditToken } from "./edit-token-storage";
import { deletePlan, type TApiFailure } from "./plan-api";

type TStep = { kind: "closed" } | { kind: "confirm" } | { kind: "deleting" } | { kind: "failed"; message: string } | { kind: "deleted" };

const dangerButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded-xl bg-rose-700 px-4 py-2 font-semibold text-white hover:bg-rose-800 disabled:opacity-60 dark:bg-rose-400 dark:text-slate-950 dark:hover:bg-rose-300 " +
  focusRing;

function describeDeleteFailure(failure: TApiFailure): string {
  if (failure.status === 401 || failure.status === 403) return "This edit link doesn't match this plan, so nothing was deleted.";
  if (failure.status === 0) return "Could not reach Stridelift, so nothing was deleted. Check your connection and try again.";
  if (failure.status === 429) return "Too many requests just now, so nothing was deleted. Wait a moment and try again.";
  if (failure.status >= 500) return "Something went wrong on our side, so nothing was deleted. Please try again in a moment.";
  return `${failure.message} Nothing was deleted.`;
}

/**
 * Deleting a plan from the edit page (issue 14.12): a second, explicit step says what goes with it
 * (logs, the calendar feed) before anything is sent; the answer moves focus so it is heard.
 */
export function DeletePlanSection(props: { id: string; token: string }) {
  const [step, setStep] = useState<TStep>({ kind: "closed" });
  const focusTarget = useRef<HTMLElement>(null);
  useEffect(() => {
    if (step.kind !== "closed" && step.kind !== "deleting") focusTarget.current?.focus();
  }, [step.kind]);

  if (step.kind === "deleted") {
    return (
      <section className={`${cardClass} mt-8 max-w-2xl`} aria-labelledby="deleted-heading">
        <h2 id="deleted-heading" ref={focusTarget as React.RefObject<HTMLHeadingElement>} tabIndex={-1} className="text-lg font-bold">
          Your plan is deleted
        </h2>
        <p className={`mt-2 ${hintClass}`}>Its sessions, logs and calendar feed are gone. Calendar apps drop the subscription on their next refresh.</p>
        <Link href="/" className={`${secondaryButtonClass} mt-4`}>
          Plan a new season
        </Link>
      </section>
    );
  }

  const remove = async () => {
    setStep({ kind: "deleting" });
    const result = await deletePlan({ id: props.id, token: props.token });
    if (result.ok || result.status === 404) {
      forgetEditToken(props.id);
      setStep({ kind: "deleted" });
      return;
    }
    setStep({ kind: "failed", message: describeDeleteFailure(result) });
  };

  return (
    <section className={`${cardClass} mt-8 max-w-2xl border-rose-200 dark:border-rose-900`} aria-labelledby="delete-heading">
      <h2 id="delete-heading" className="text-lg font-bold">
        Delete this plan
      </h2>
      {step.kind === "closed" ? (
        <>
          <p className={`mt-2 ${hintClass}`}>Removes the season, everything you logged and the calendar feed, for good.</p>
          <button type="button" className={`${secondaryButtonClass} mt-4`} onClick={() => setStep({ kind: "confirm" })}>
            Delete this plan…
          </button>
        </>
      ) : (
        <div className="mt-2" role="group" aria-labelledby="delete-confirm-text">
          <p id="delete-confirm-text" ref={focusTarget as React.RefObject<HTMLParagraphElement>} tabIndex={-1} className="font-semibold">
            Delete the plan, its logs and its calendar feed? This cannot be undone.
          </p>
          {step.kind === "failed" ? (
            <p role="alert" className="mt-2 text-sm font-medium text-rose-800 dark:text-rose-300">
              {step.message}
            </p>
          ) : null}
          <div className="mt-4 flex flex-wrap gap-3">
            <button type="button" className={dangerButtonClass} disabled={step.kind === "deleting"} onClick={remove}>
              {step.kind === "deleting" ? "Deleting…" : "Yes, delete the plan"}
            </button>
            <button type="button" className={secondaryButtonClass} disabled={step.kind === "deleting"} onClick={() => setStep({ kind: "closed" })}>
              Keep it
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
