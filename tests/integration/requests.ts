/** Builders for calling route handlers in-process with real Request objects. */

export const BASE = "http://stridelift.test";

export function jsonRequest(
  method: string,
  pathname: string,
  body: unknown,
  headers: Record<string, string> = {},
): Request {
  return new Request(`${BASE}${pathname}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export function bareRequest(method: string, pathname: string, headers: Record<string, string> = {}): Request {
  return new Request(`${BASE}${pathname}`, { method, headers });
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** The second argument Next passes to a dynamic route handler. */
export function context<T extends Record<string, string | string[]>>(params: T): { params: Promise<T> } {
  return { params: Promise.resolve(params) };
}

export { validInput } from "@/tests/fixtures/plan-inputs";
