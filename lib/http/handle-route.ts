import { drainUnreadBody } from "@/lib/http/drain-body";
import { toErrorResponse } from "@/lib/http/errors";

/**
 * Wraps a route handler so every failure, expected or not, is answered in the JSON error shape,
 * and a body the handler left unread (a 404 or 415 before the body) is drained first, so the
 * answer reaches a client still uploading.
 */
export function handleRoute<TArgs extends unknown[]>(
  handler: (...args: TArgs) => Promise<Response>,
): (...args: TArgs) => Promise<Response> {
  return async (...args: TArgs) => {
    let response: Response;
    try {
      response = await handler(...args);
    } catch (thrown) {
      response = toErrorResponse(thrown);
    }
    await drainUnreadBody(args[0]);
    return response;
  };
}
