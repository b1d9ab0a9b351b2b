import { beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/plans/route";
import { PUT } from "@/app/api/plans/[id]/route";
import { DELETE as calendarDelete, GET as calendarGet, POST as calendarPost } from "@/app/api/plans/[id]/calendar.ics/route";
import { findPlan } from "@/tests/support/find-plan";
import { hashEditToken } from "@/lib/db/plan-secrets";
import { readIcs } from "@/tests/golden/ics/read-ics";
import { setUpTempDatabase } from "./temp-database";
import { BASE, bareRequest, bearer, context, jsonRequest, validInput } from "./requests";

setUpTempDatabase();

type TCreated = { id: string; editToken: string };

async function create(overrides: Parameters<typeof validInput>[0] = {}): Promise<TCreated> {
  const response = await createRoute(jsonRequest("POST", "/api/plans", validInput(overrides)));
  expect(response.status).toBe(201);
  return (await response.json()) as TCreated;
}

function getCalendar(id: string, query = "", headers: Record<string, string> = {}): Promise<Response> {
  return calendarGet(bareRequest("GET", `/api/plans/${id}/calendar.ics${query}`, headers), context({ id }));
}

let named: TCreated;

beforeAll(async () => {
  named = await create({
    races: [
      { date: "2027-03-07", name: "Spring 10K", distance: "10k", priority: "B" },
      { date: "2027-04-25", name: "Zürich Marathon, 2027!", distance: "marathon", priority: "A" },
    ],
    sessionTime: "18:30",
    reminderMinutes: 30,
  });
});

describe("GET /api/plans/{id}/calendar.ics", () => {
  it("serves text/calendar; charset=utf-8 with one event per session and per race, linking the plan page", async () => {
    const response = await getCalendar(named.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBeNull();
    const ics = await response.text();
    const stored = (await findPlan(named.id))!;
    const parsed = readIcs(ics);
    expect(parsed.events).toHaveLength(stored.plan.sessions.length + 2);
    expect(ics).toContain(`${BASE}/plans/${named.id}`);
  });

  it("never contains the edit token or its hash", async () => {
    const ics = await (await getCalendar(named.id)).text();
    expect(ics).not.toContain(named.editToken);
    expect(ics).not.toContain(hashEditToken(named.editToken));
  });

  it("?download=1 adds an ASCII attachment filename from the first A race's name", async () => {
    const response = await getCalendar(named.id, "?download=1");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="stridelift-zurich-marathon-2027.ics"');
  });

  it("an unnamed A race names the file by distance and date", async () => {
    const unnamed = await create({ races: [{ date: "2027-04-25", distance: "half", priority: "A" }] });
    const response = await getCalendar(unnamed.id, "?download=1");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="stridelift-half-2027-04-25.ics"');
  });

  it("is byte-stable between requests (DTSTAMP = updatedAt) with an ETag; If-None-Match gives 304", async () => {
    const first = await getCalendar(named.id);
    const second = await getCalendar(named.id);
    expect(await second.text()).toBe(await first.text());
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get("cache-control")).toContain("must-revalidate");
    const revalidated = await getCalendar(named.id, "", { "if-none-match": etag! });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
  });

  it("after an edit the ETag changes, changed events get a higher SEQUENCE and removed sessions are cancelled", async () => {
    const before = await getCalendar(named.id);
    const beforeEvents = new Map(readIcs(await before.clone().text()).events.map((event) => [event.uid, event]));
    const edit = await PUT(
      jsonRequest("PUT", "/", validInput({ races: [{ date: "2027-04-25", name: "Zürich Marathon, 2027!", distance: "marathon", priority: "A" }] }), bearer(named.editToken)),
      context({ id: named.id }),
    );
    expect(edit.status).toBe(200);
    const after = await getCalendar(named.id);
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    const events = readIcs(await after.text()).events;
    // sessionTime was dropped in the edit: every session is now all-day, with a higher SEQUENCE so
    // calendar apps update it; sessions the edit removed stay, cancelled, at their old time.
    const live = events.filter((event) => event.status !== "CANCELLED");
    expect(live.every((event) => event.allDay)).toBe(true);
    for (const event of live.filter((candidate) => !candidate.uid.startsWith("race-"))) {
      expect(event.sequence, event.uid).toBe(beforeEvents.has(event.uid) ? 1 : 0);
    }
    // The B race left the plan, and with it the sessions placed around its window.
    const cancelled = events.filter((event) => event.status === "CANCELLED");
    expect(cancelled.length).toBeGreaterThan(0);
    for (const event of cancelled) {
      expect(beforeEvents.get(event.uid)?.start, event.uid).toBe(event.start);
      expect(event.sequence).toBe((beforeEvents.get(event.uid)?.sequence ?? 0) + 1);
    }
    expect(new Set(events.map((event) => event.uid))).toEqual(new Set([...beforeEvents.keys(), ...live.map((event) => event.uid)]));
  });

  it("unknown and malformed ids are 404 JSON", async () => {
    for (const id of ["AAAAAAAAAAAAAAAAAAAAAA", "..%2F..%2Fetc", "<script>"]) {
      const response = await getCalendar(id);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
  });

  it("POST and DELETE are 405 JSON with Allow: GET, HEAD", async () => {
    for (const handler of [calendarPost, calendarDelete]) {
      const response = await handler();
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("method_not_allowed");
    }
  });
});
