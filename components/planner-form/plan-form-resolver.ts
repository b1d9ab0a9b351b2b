import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors, Resolver } from "react-hook-form";
import type { TPlanInputRaw } from "@/lib/plan-input";
import { toPayload, type TFormValues } from "./form-values";
import { loadPlanSchema, type TPlanSchema } from "./load-plan-schema";

function createSchemaResolver(schema: TPlanSchema) {
  return zodResolver(schema, undefined, { raw: true });
}

let schemaResolver: ReturnType<typeof createSchemaResolver> | null = null;

/**
 * zodResolver(ZPlanInput) applied to the payload the form would send (empty optionals dropped,
 * numbers converted), so the form and the API judge identical data with the same schema.
 * Payload paths equal form paths, so every message lands on its field. The schema is loaded on
 * first validation (see loadPlanSchema), so zod stays out of the page's first load.
 */
export const planFormResolver: Resolver<TFormValues, unknown, TPlanInputRaw> = async (values, context, options) => {
  const payload = toPayload(values);
  schemaResolver ??= createSchemaResolver(await loadPlanSchema());
  const result = await schemaResolver(
    payload,
    context,
    options as unknown as Parameters<ReturnType<typeof createSchemaResolver>>[2],
  );
  if (Object.keys(result.errors).length > 0) {
    return { values: {}, errors: result.errors as unknown as FieldErrors<TFormValues> };
  }
  return { values: payload, errors: {} };
};
