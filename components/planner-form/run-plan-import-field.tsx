"use client";

import { useWatch } from "react-hook-form";
import { isTimeZone } from "@/lib/plan-input-values";
import { RunPlanImport } from "@/components/run-plan-import/run-plan-import";
import { useFormMethods } from "./form-methods";
import { usePlannerHost } from "./planner-host-context";

/** "Import your run plan" in the runner's zone, and what applying it kept. */
export function RunPlanImportField() {
  const { control } = useFormMethods();
  const zone = useWatch({ control, name: "timeZone" });
  const { onApplyRunPlan, runPlanNote } = usePlannerHost();
  return (
    <div>
      <RunPlanImport timeZone={isTimeZone(zone ?? "") ? zone : "UTC"} onApply={onApplyRunPlan} />
      {runPlanNote ? <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{runPlanNote}</p> : null}
    </div>
  );
}
