"use client";

import { useFormState } from "react-hook-form";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { useFormMethods } from "./form-methods";

const CHOICE_FIELDS = ["experience", "sessionMinutes", "units", "taper"] as const;

/** Experience, session length, units and taper. */
export function SessionChoiceFields() {
  const { register, control } = useFormMethods();
  const { errors } = useFormState({ control, name: CHOICE_FIELDS });
  return (
    <div className="space-y-6">
      <SegmentedControl
        name="experience"
        legend="Lifting experience"
        layout="tiles"
        options={[
          { value: "new", label: "New to lifting", description: "Never lifted, or back after a long break: you start with bodyweight weeks." },
          { value: "experienced", label: "Experienced", description: "You lift already: weights come in after the first week." },
        ]}
        registration={register("experience")}
        error={errors.experience?.message}
      />
      <div className="grid gap-6 sm:grid-cols-2">
        <SegmentedControl
          name="sessionMinutes"
          legend="Session length"
          hint="45 minutes covers everything; 30 trims it, 60 adds upper body."
          options={[
            { value: "30", label: "30 min" },
            { value: "45", label: "45 min" },
            { value: "60", label: "60 min" },
          ]}
          registration={register("sessionMinutes")}
          error={errors.sessionMinutes?.message}
        />
        <SegmentedControl
          name="units"
          legend="Units"
          hint="Used where a weight is suggested, e.g. kettlebells."
          options={[
            { value: "kg", label: "kg" },
            { value: "lb", label: "lb" },
          ]}
          registration={register("units")}
          error={errors.units?.message}
        />
      </div>
      <SegmentedControl
        name="taper"
        legend="Taper before an A race"
        layout="tiles"
        options={[
          { value: "full", label: "Full taper", description: "No strength work in the last two weeks. Your strength holds." },
          { value: "light", label: "Light taper", description: "One short activation and core session early in the taper, then rest." },
        ]}
        registration={register("taper")}
        error={errors.taper?.message}
      />
    </div>
  );
}
