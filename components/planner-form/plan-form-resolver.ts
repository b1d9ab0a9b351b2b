import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors, Resolver } from "react-hook-form";
import { ZPlanInput, type TPlanInputRaw } from "@/lib/plan-input";
import { toPayload, type TFormValues } from "./form-values";

const schemaResolver = zodResolver(ZPlanInput, undefined, { raw: true });

/**
 * zodResolver(ZPlanInput) applied to the payload the form would send (empty optionals dropped,
 * numbers converted), so the form and the API judge identical data with the same schema.
 * Payload paths equal form paths, so every message lands on its field.
 */
export const planFormResolver: Resolver<TFormValues, unknown, TPlanInputRaw> = async (values, context, options) => {
  const payload = toPayload(values);
  const result = await schemaResolver(
    payload,
    context,
    options as unknown as Parameters<typeof schemaResolver>[2],
  );
  if (Object.keys(result.errors).length > 0) {
    return { values: {}, errors: result.errors as unknown as FieldErrors<TFormValues> };
  }
  return { values: payload, errors: {} };
};
