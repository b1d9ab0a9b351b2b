import { drainUnreadBody } from "@/lib/http/drain-body";
import { errorResponse, HttpError } from "@/lib/http/errors";

export type THttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "DELETE" | "PATCH" | "OPTIONS";

/** Allow header value for a route: OPTIONS is always answered. */
function allowHeader(allowed: readonly THttpMethod[]): string {
  return [...allowed, "OPTIONS"].join(", ");
}

/**
 * Handlers for a route's methods that are not in `allowed`: 405 JSON naming the allowed ones,
 * plus an OPTIONS answer. Export the ones the route does not implement.
 */
export function createMethodHandlers(allowed: readonly THttpMethod[]): {
  notAllowed: (request?: Request) => Promise<Response>;
  options: (request?: Request) => Promise<Response>;
} {
  const allow = allowHeader(allowed);
  return {
    notAllowed: async (request) => {
      // A body sent with the wrong method is read away so the 405 reaches its sender (drain-body.ts).
      await drainUnreadBody(request);
      return errorResponse(
        new HttpError("method_not_allowed", `This address accepts ${allowed.join(", ")} only.`, { headers: { Allow: allow } }),
      );
    },
    options: async (request) => {
      await drainUnreadBody(request);
      return new Response(null, { status: 204, headers: { Allow: allow } });
    },
  };
}

const ALL_METHODS: readonly THttpMethod[] = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"];

/**
 * The 405 tail every route shares: a handler for each method the route does not implement, plus
 * OPTIONS. Routes export it with `export const { GET, PUT, ... } = otherMethods(["POST"])`.
 */
export function otherMethods(allowed: readonly THttpMethod[]): Record<THttpMethod, (request?: Request) => Promise<Response>> {
  const { notAllowed, options } = createMethodHandlers(allowed);
  const handlers = Object.fromEntries(ALL_METHODS.map((method) => [method, notAllowed])) as Record<THttpMethod, (request?: Request) => Promise<Response>>;
  return { ...handlers, OPTIONS: options };
}
