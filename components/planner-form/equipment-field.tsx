"use client";

import { useFormState } from "react-hook-form";
import { useFormMethods } from "./form-methods";
import { EQUIPMENT, type TEquipment } from "@/lib/plan-input-values";
import { FieldMessage, fieldIds } from "@/components/ui/field-message";
import { secondaryButtonClass } from "@/components/ui/styles";

export const EQUIPMENT_LABELS: Record<TEquipment, string> = {
  "loop-band": "Loop band",
  "long-band": "Long band",
  dumbbells: "Dumbbells",
  kettlebell: "Kettlebell",
  barbell: "Barbell",
  bench: "Bench",
  step: "Step or box",
  "pull-up-bar": "Pull-up bar",
  cable: "Cable machine",
  sliders: "Sliders",
  "ab-wheel": "Ab wheel",
  mat: "Mat",
};

/** Equipment checkboxes with the two shortcuts runners ask for: everything, or nothing. */
export function EquipmentField() {
  const { register, setValue, control } = useFormMethods();
  const { errors } = useFormState({ control, name: "equipment" });
  const ids = fieldIds("equipment");
  const error = errors.equipment?.message ?? errors.equipment?.root?.message;
  const choose = (items: TEquipment[]) => setValue("equipment", items, { shouldDirty: true, shouldValidate: Boolean(error) });

  return (
    <div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={secondaryButtonClass} onClick={() => choose([...EQUIPMENT])}>
          Full gym
        </button>
        <button type="button" className={secondaryButtonClass} onClick={() => choose([])}>
          Bodyweight only
        </button>
      </div>
      <ul className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3" aria-describedby={error ? ids.error : undefined}>
        {EQUIPMENT.map((item) => (
          <li key={item}>
            <label className="flex min-h-11 cursor-pointer items-center gap-2.5 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 has-[:checked]:border-emerald-700 has-[:checked]:bg-emerald-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-emerald-600 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100 dark:hover:bg-slate-800 dark:has-[:checked]:border-emerald-400 dark:has-[:checked]:bg-emerald-950 dark:has-[:focus-visible]:ring-emerald-400">
              <input
                type="checkbox"
                value={item}
                className="size-5 shrink-0 rounded accent-emerald-700 focus:outline-none dark:accent-emerald-400"
                {...register("equipment")}
              />
              {EQUIPMENT_LABELS[item]}
            </label>
          </li>
        ))}
      </ul>
      <FieldMessage id={ids.error} message={error} />
    </div>
  );
}
