import { toErrorResponse } from "@/lib/http/errors";

/** Wraps a route handler so every failure, expected or not, is answered in the JSON error shape. */
export function handleRoute<TArgs extends unknown[]>(
  handler: (...args: TArgs) => Promise<Response>,
): (...args: TArgs) => Promise<Response> {
  return async (...args: TArgs) => {
    try {
      return await handler(...args);
    } catch (thrown) {
      return toErrorResponse(thrown);
    }
  };
}
