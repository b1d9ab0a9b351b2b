"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState, useSyncExternalStore } from "react";
import type { TPlanInputRaw } from "@/lib/plan-input";
import { FieldMessage, fieldIds } from "@/components/ui/field-message";
import { cardClass, hintClass, inputClass, labelClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/styles";
import {
  markPlanSaved,
  readEditToken,
  readTokenFromLocation,
  readTokenFromPaste,
  rememberEditToken,
} from "./edit-token-storage";
import { formValuesFromInput } from "./form-values";
import { describeFailure, updatePlan } from "./plan-api";
import { PlannerForm, type TSaveOutcome } from "./planner-form";
import { DeletePlanSection } from "./delete-plan-section";

/** A link pasted into the address bar of an open edit page only changes the fragment. */
function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

/**
 * The token from the link this page was opened with, else the one this browser kept. The
 * fragment never reaches the server, so it can stay in the address bar.
 */
function useStoredToken(id: string): string | null | undefined {
  return useSyncExternalStore(
    subscribeToHash,
    () => readTokenFromLocation(window.location) ?? readEditToken(id),
    // On the server we cannot know: render the "checking" state.
    () => undefined,
  );
}

function MissingToken(props: { id: string; onToken: (token: string) => void }) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | undefined>();
  const ids = fieldIds("editLink");
  return (
    <section className={`${cardClass} max-w-2xl`} aria-labelledby="missing-token-heading">
      <h2 id="missing-token-heading" className="text-lg font-bold text-slate-900 dark:text-slate-50">
        You need your private edit link
      </h2>
      <p className="mt-2 text-slate-700 dark:text-slate-200">
        Anyone with the plan&rsquo;s address can view it, but only the private edit link can change it. You got that link
        when you created the plan. Open it on this device, or paste it here.
      </p>
      <form
        className="mt-4 space-y-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const token = readTokenFromPaste(text);
          if (!token) {
            setError("That doesn't look like an edit link. It ends with #token= followed by letters and numbers.");
            return;
          }
          props.onToken(token);
        }}
      >
        <div>
          <label htmlFor={ids.input} className={labelClass}>
            Private edit link
          </label>
          <input
            id={ids.input}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder="https://…/edit#token=…"
            className={`${inputClass} mt-1`}
            aria-invalid={error ? "true" : undefined}
            aria-describedby={error ? ids.error : undefined}
          />
          <FieldMessage id={ids.error} message={error} />
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={primaryButtonClass}>
            Use this link
          </button>
          <Link href={`/plans/${encodeURIComponent(props.id)}`} className={`${secondaryButtonClass} min-h-12`}>
            Back to the plan
          </Link>
        </div>
      </form>
      <p className={`${hintClass} mt-4`}>
        Lost the link? It cannot be recovered: create a new plan from the{" "}
        <Link href="/" className="font-semibold text-emerald-800 underline dark:text-emerald-300">
          planner
        </Link>
        .
      </p>
    </section>
  );
}

/** The edit page form: the stored input prefilled; saving sends PUT with the bearer token. */
/** `fields` is `<PlannerSections />`, rendered by the page (see PlannerForm). */
export function EditPlanForm(props: { id: string; input: TPlanInputRaw; fields: React.ReactNode }) {
  const router = useRouter();
  const stored = useStoredToken(props.id);
  const [pasted, setPasted] = useState<string | null>(null);
  const token = pasted ?? stored;
  const initialValues = useMemo(() => formValuesFromInput(props.input), [props.input]);

  if (token === undefined) {
    return (
      <p role="status" className={hintClass}>
        Checking your edit link…
      </p>
    );
  }
  if (token === null) {
    return (
      <MissingToken
        id={props.id}
        onToken={setPasted}
      />
    );
  }

  const save = async (payload: TPlanInputRaw): Promise<TSaveOutcome> => {
    const result = await updatePlan({ id: props.id, token, payload });
    if (result.ok) {
      // Kept only once the server accepted it, so a wrong link never replaces a good token.
      rememberEditToken(props.id, token);
      markPlanSaved(props.id);
      router.push(`/plans/${encodeURIComponent(props.id)}`);
      return { ok: true, message: "Saved. Your season has been rebuilt: opening it…" };
    }
    if (result.status === 401 || result.status === 403) {
      return {
        ok: false,
        message:
          "This edit link doesn't match this plan, so nothing was changed. Open the private edit link you got when you created the plan.",
      };
    }
    if (result.status === 404) {
      return { ok: false, message: "This plan no longer exists. Nothing was saved." };
    }
    return { ok: false, message: describeFailure(result), issues: result.issues };
  };

  return (
    <>
      <PlannerForm
        initialValues={initialValues}
        submitLabel="Save and rebuild"
        pendingLabel="Rebuilding your season…"
        onSave={save}
        fields={props.fields}
        footnote="Saving replaces the plan. Calendar subscriptions update on their next refresh."
      />
      <DeletePlanSection id={props.id} token={token} />
    </>
  );
}
