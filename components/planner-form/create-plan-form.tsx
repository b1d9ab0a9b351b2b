"use client";

import { useRouter } from "next/navigation";
import type { TPlanInputRaw } from "@/lib/plan-input";
import { rememberNewPlan } from "./edit-token-storage";
import { createPlan, describeFailure } from "./plan-api";
import { PlannerForm, type TSaveOutcome } from "./planner-form";

/** The home page form: POST /api/plans, keep the edit token, open the new plan. */
/** `fields` is `<PlannerSections />`, rendered by the page (see PlannerForm). */
export function CreatePlanForm({ fields }: { fields: React.ReactNode }) {
  const router = useRouter();
  const save = async (payload: TPlanInputRaw): Promise<TSaveOutcome> => {
    const result = await createPlan(payload);
    if (!result.ok) return { ok: false, message: describeFailure(result), issues: result.issues };
    rememberNewPlan(result.data.id, result.data.editToken);
    router.push(`/plans/${encodeURIComponent(result.data.id)}`);
    return { ok: true, message: "Your season is ready. Opening it…" };
  };
  return (
    <PlannerForm
      submitLabel="Build my season"
      pendingLabel="Building your season…"
      onSave={save}
      fields={fields}
      footnote="Free, no account. You get a private link to edit the plan later."
    />
  );
}
