/** A fetch stand-in for component tests: records every call and answers like the plans API. */
import { vi } from "vitest";
import type { TPlan } from "@/lib/engine/types";
import type { TResolvedPlanInput } from "@/lib/plan-input";

export type TRecordedCall = { url: string; method: string; headers: Record<string, string>; body: unknown; signal?: AbortSignal };

type TReply = { status: number; body: unknown } | "network-error";

export function jsonResponse(status: number, body: unknown): Response {
  // A 204 has no body (the Response constructor refuses one).
  if (status === 204) return new Response(null, { status });
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

/** A small but well-formed plan: two sessions on the given weekdays, one phase, optional warnings. */
export function samplePlan(input: TResolvedPlanInput, extra: Partial<TPlan> = {}): TPlan {
  return {
    engineVersion: "test",
    input,
    phases: [
      { kind: "general", start: "2027-01-04", end: "2027-03-28" },
      { kind: "race-specific", start: "2027-03-29", end: "2027-04-18" },
      { kind: "taper", start: "2027-04-19", end: "2027-05-02" },
    ],
    windows: [{ kind: "taper", start: "2027-04-19", end: "2027-05-02", why: { rule: "3.taper", text: "Taper before your race" } }],
    weeks: [{ index: 1, start: "2027-01-04", end: "2027-01-10", phase: "general", sessionIds: ["2027-01-06-A", "2027-01-10-B"], totalSets: 30 }],
    sessions: [
      {
        id: "2027-01-06-A",
        date: "2027-01-06",
        weekday: "wed",
        phase: "general",
        slot: "A",
        title: "Strength A",
        minutes: 45,
        afterRun: true,
        exercises: [],
        why: [
          { rule: "2.3", text: "Wednesday: easy day, not before a hard or long run" },
          { rule: "2.4", text: "Wednesday and Sunday: 3 days apart, the widest spacing your week allows" },
        ],
        status: "planned",
      },
      {
        id: "2027-01-10-B",
        date: "2027-01-10",
        weekday: "sun",
        phase: "general",
        slot: "B",
        title: "Strength B",
        minutes: 45,
        afterRun: true,
        exercises: [],
        why: [{ rule: "2.3", text: "Sunday: easy day, not before a hard or long run" }],
        status: "planned",
      },
    ],
    warnings: [],
    ...extra,
  };
}

/**
 * Installs a fetch mock. `replies` maps "METHOD path" to a reply (or a function of the call);
 * the preview answers with samplePlan by default.
 */
export function installFakeApi(replies: Record<string, TReply | ((call: TRecordedCall) => TReply)> = {}) {
  const calls: TRecordedCall[] = [];
  const fetchMock = vi.fn(async (url: string | URL | Request, init: RequestInit = {}) => {
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const call: TRecordedCall = {
      url: String(url),
      method: init.method ?? "GET",
      headers,
      body: typeof init.body === "string" ? JSON.parse(init.body) : init.body,
      signal: init.signal ?? undefined,
    };
    calls.push(call);
    if (init.signal?.aborted) throw new DOMException("Aborted", "AbortError");
    const key = `${call.method} ${call.url}`;
    let reply = replies[key];
    if (typeof reply === "function") reply = reply(call);
    if (!reply && key === "POST /api/plans/preview") {
      const input = call.body as TResolvedPlanInput;
      reply = { status: 200, body: { plan: samplePlan({ ...input, startDate: input.startDate ?? "2027-01-04" }) } };
    }
    if (!reply) reply = { status: 404, body: { error: { code: "not-found", message: "Not found" } } };
    if (reply === "network-error") throw new TypeError("Failed to fetch");
    return jsonResponse(reply.status, reply.body);
  });
  vi.stubGlobal("fetch", fetchMock);
  return {
    calls,
    fetchMock,
    callsTo(method: string, url: string) {
      return calls.filter((call) => call.method === method && call.url === url);
    },
  };
}
