"use client";

import { createContext, useContext } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { TPlanInputRaw } from "@/lib/plan-input";
import type { TFormValues } from "./form-values";

export type TFormMethods = UseFormReturn<TFormValues, unknown, TPlanInputRaw>;

const FormMethodsContext = createContext<TFormMethods | null>(null);

/**
 * The planner's form methods for its fields. Not react-hook-form's FormProvider on purpose: that
 * context changes with every form-state change (even "ready" right after mount), which re-renders
 * every field at once, and those renders were the form's longest tasks on a phone. useForm's
 * return value is one object for the form's life, so this context never changes; each field
 * subscribes to the state it shows (useFormState, useWatch).
 */
export const FormMethodsProvider = FormMethodsContext.Provider;

export function useFormMethods(): TFormMethods {
  const methods = useContext(FormMethodsContext);
  if (!methods) throw new Error("useFormMethods must be used inside the planner form");
  return methods;
}
