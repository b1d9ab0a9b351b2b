"use client";

import { useFormState } from "react-hook-form";
import { TextField } from "@/components/ui/text-field";
import { useFormMethods } from "./form-methods";

export function StartDateField() {
  const { register, control } = useFormMethods();
  const { errors } = useFormState({ control, name: "startDate" });
  return (
    <TextField
      className="max-w-xs"
      label="Start date"
      hint="Your first possible strength week. Defaults to today."
      type="date"
      error={errors.startDate?.message}
      registration={register("startDate")}
    />
  );
}
