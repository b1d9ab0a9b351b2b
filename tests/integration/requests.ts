/** Builders for calling route handlers in-process with real Request objects. */
import type { TPlanInputRaw } from "@/lib/plan-input";

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

/** A valid input: marathon in late April 2027, started in January. */
export function validInput(overrides: Partial<TPlanInputRaw> = {}): TPlanInputRaw {
  return {
    races: [{ date: "2027-04-25", name: "Lakeside Marathon", distance: "marathon", priority: "A" }],
    startDate: "2027-01-04",
    schedule: { mon: "rest", tue: "hard", wed: "easy", thu: "easy", fri: "rest", sat: "easy", sun: "long" },
    equipment: ["kettlebell", "loop-band", "dumbbells"],
    experience: "experienced",
    sessionMinutes: 45,
    taper: "full",
    units: "kg",
    timeZone: "Europe/London",
    ...overrides,
  };
}
