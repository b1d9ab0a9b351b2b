import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as createRoute, GET as createGet, OPTIONS as createOptions } from "@/app/api/plans/route";
import { POST as previewRoute, GET as previewGet } from "@/app/api/plans/preview/route";
import { countPlans } from "@/lib/db/plans";
import { findPlan } from "@/tests/support/find-plan";
import { ENGINE_VERSION } from "@/lib/engine/build-plan";
import { MAX_BODY_BYTES } from "@/lib/http/read-json";
import { setUpTempDatabase } from "./temp-database";
import { BASE, jsonRequest, validInput } from "./requests";

setUpTempDatabase();

type TErrorJson = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

async function expectError(response: Response, status: number, code: string): Promise<TErrorJson> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await response.json()) as TErrorJson;
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("POST /api/plans", () => {
  it("creates a plan: 201 { id, editToken, plan } with Location /plans/{id}, stored with its engineVersion", async () => {
    const before = await countPlans();
    const response = await createRoute(jsonRequest("POST", "/api/plans", validInput()));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; editToken: string; plan: { engineVersion: string; sessions: unknown[] } };
    expect(Object.keys(body).sort()).toEqual(["editToken", "id", "plan"]);
    expect(response.headers.get("location")).toBe(`/plans/${body.id}`);
    expect(body.plan.engineVersion).toBe(ENGINE_VERSION);
    expect(body.plan.sessions.length).toBeGreaterThan(0);
    expect(await countPlans()).toBe(before + 1);
    const stored = await findPlan(body.id);
    expect(stored?.plan).toEqual(body.plan);
    expect(stored?.input.startDate).toBe("2027-01-04");
  });

  it("ids carry 128 random bits (22 base64url chars) and tokens 256 bits; both differ per plan", async () => {
    const a = (await (await createRoute(jsonRequest("POST", "/api/plans", validInput()))).json()) as { id: string; editToken: string };
    const b = (await (await createRoute(jsonRequest("POST", "/api/plans", validInput()))).json()) as { id: string; editToken: string };
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(a.editToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.id).not.toBe(b.id);
    expect(a.editToken).not.toBe(b.editToken);
  });

  it("accepts application/json; charset=utf-8", async () => {
    const response = await createRoute(
      jsonRequest("POST", "/api/plans", validInput(), { "content-type": "application/json; charset=UTF-8" }),
    );
    expect(response.status).toBe(201);
  });

  it.each([
    ["Pacific/Auckland", "2027-01-05"],
    ["America/Los_Angeles", "2027-01-04"],
    ["UTC", "2027-01-04"],
  ])("startDate defaults to today in the runner's time zone (%s -> %s)", async (timeZone, expected) => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2027-01-04T20:30:00Z"));
    const { startDate: _omitted, ...withoutStart } = validInput({ timeZone });
    void _omitted;
    const response = await createRoute(jsonRequest("POST", "/api/plans", withoutStart));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; plan: { input: { startDate: string } } };
    expect(body.plan.input.startDate).toBe(expected);
    expect((await findPlan(body.id))?.input.startDate).toBe(expected);
  });
});

describe("POST /api/plans/preview", () => {
  it("returns 200 { plan } and stores nothing", async () => {
    const before = await countPlans();
    const response = await previewRoute(jsonRequest("POST", "/api/plans/preview", validInput()));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { plan: { sessions: unknown[] } };
    expect(Object.keys(body)).toEqual(["plan"]);
    expect(body.plan.sessions.length).toBeGreaterThan(0);
    expect(await countPlans()).toBe(before);
  });

  it("validates like create: 422 with field issues", async () => {
    const response = await previewRoute(jsonRequest("POST", "/api/plans/preview", validInput({ units: "stone" as "kg" })));
    const body = await expectError(response, 422, "validation_failed");
    expect(body.error.issues).toEqual([{ path: "units", message: expect.any(String) }]);
  });
});

describe("rejected create requests: the right status, the JSON error shape, no row written", () => {
  const oversized = JSON.stringify({ ...validInput(), padding: "x".repeat(MAX_BODY_BYTES) });

  const cases: [string, () => Request, number, string][] = [
    ["body that is not JSON -> 400", () => jsonRequest("POST", "/api/plans", "{ not json"), 400, "invalid_json"],
    ["empty body -> 400", () => jsonRequest("POST", "/api/plans", ""), 400, "invalid_json"],
    [
      "invalid UTF-8 bytes -> 400",
      () =>
        new Request(`${BASE}/api/plans`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
        }),
      400,
      "invalid_json",
    ],
    ["text/plain -> 415", () => jsonRequest("POST", "/api/plans", validInput(), { "content-type": "text/plain" }), 415, "unsupported_media_type"],
    ["no content type -> 415", () => new Request(`${BASE}/api/plans`, { method: "POST", body: new Blob([JSON.stringify(validInput())]) }), 415, "unsupported_media_type"],
    [
      "form encoding -> 415",
      () => jsonRequest("POST", "/api/plans", validInput(), { "content-type": "application/x-www-form-urlencoded" }),
      415,
      "unsupported_media_type",
    ],
    [
      "JSON in another charset -> 415",
      () => jsonRequest("POST", "/api/plans", validInput(), { "content-type": "application/json; charset=latin1" }),
      415,
      "unsupported_media_type",
    ],
    ["body over 64 KiB (actual bytes) -> 413", () => jsonRequest("POST", "/api/plans", oversized), 413, "payload_too_large"],
    [
      "Content-Length over 64 KiB -> 413 before reading",
      () => jsonRequest("POST", "/api/plans", validInput(), { "content-length": String(MAX_BODY_BYTES + 1) }),
      413,
      "payload_too_large",
    ],
    [
      "streamed body over 64 KiB without Content-Length -> 413",
      () => {
        const chunk = new TextEncoder().encode("x".repeat(16 * 1024));
        let sent = 0;
        const stream = new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent++ < 10) controller.enqueue(chunk);
            else controller.close();
          },
        });
        return new Request(`${BASE}/api/plans`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: stream,
          duplex: "half",
        } as RequestInit);
      },
      413,
      "payload_too_large",
    ],
    ["JSON array -> 422", () => jsonRequest("POST", "/api/plans", []), 422, "validation_failed"],
    ["JSON null -> 422", () => jsonRequest("POST", "/api/plans", "null"), 422, "validation_failed"],
    ["no A race -> 422", () => jsonRequest("POST", "/api/plans", validInput({ races: [{ date: "2027-04-25", distance: "10k", priority: "B" }] })), 422, "validation_failed"],
  ];

  it.each(cases)("%s", async (_name, makeRequest, status, code) => {
    const before = await countPlans();
    await expectError(await createRoute(makeRequest()), status, code);
    expect(await countPlans()).toBe(before);
  });

  it("422 lists one issue per bad field with dotted paths and plain-words messages", async () => {
    const before = await countPlans();
    const input = validInput({
      races: [{ date: "2027-02-30", distance: "marathon", priority: "A" }],
      sessionMinutes: 50 as 45,
      experience: "expert" as "new",
    });
    const body = await expectError(await createRoute(jsonRequest("POST", "/api/plans", input)), 422, "validation_failed");
    const paths = body.error.issues!.map((issue) => issue.path).sort();
    expect(paths).toEqual(["experience", "races.0.date", "sessionMinutes"]);
    for (const issue of body.error.issues!) expect(issue.message).toMatch(/^[A-Z][^{}]*$/);
    expect(await countPlans()).toBe(before);
  });

  it("unknown keys are 422, one issue naming each key (top level and nested)", async () => {
    const input = {
      ...validInput(),
      colour: "red",
      admin: true,
      races: [{ date: "2027-04-25", distance: "marathon", priority: "A", pace: "4:00" }],
    };
    const body = await expectError(await createRoute(jsonRequest("POST", "/api/plans", input)), 422, "validation_failed");
    const issues = body.error.issues!;
    expect(issues.map((issue) => issue.path).sort()).toEqual(["admin", "colour", "races.0.pace"]);
    expect(issues.find((issue) => issue.path === "colour")?.message).toContain("colour");
  });

  it("a race date before the start date is a 422 on that race's date", async () => {
    const input = validInput({ races: [{ date: "2026-12-01", distance: "half", priority: "A" }] });
    const body = await expectError(await createRoute(jsonRequest("POST", "/api/plans", input)), 422, "validation_failed");
    expect(body.error.issues).toEqual([{ path: "races.0.date", message: "Race date must be after the start date" }]);
  });

  it("no response other than create carries the token, and nothing is logged with it", async () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((level) => vi.spyOn(console, level));
    const response = await createRoute(jsonRequest("POST", "/api/plans", validInput()));
    const { editToken } = (await response.json()) as { editToken: string };
    for (const spy of spies) {
      for (const call of spy.mock.calls) expect(JSON.stringify(call)).not.toContain(editToken);
    }
  });
});

describe("other methods on the collection routes", () => {
  it("GET /api/plans is 405 JSON with Allow: POST", async () => {
    const response = await createGet();
    await expectError(response, 405, "method_not_allowed");
    expect(response.headers.get("allow")).toBe("POST, OPTIONS");
  });

  it("GET /api/plans/preview is 405 JSON with Allow: POST", async () => {
    const response = await previewGet();
    await expectError(response, 405, "method_not_allowed");
    expect(response.headers.get("allow")).toContain("POST");
  });

  it("OPTIONS answers 204 with the Allow header", async () => {
    const response = await createOptions();
    expect(response.status).toBe(204);
    expect(response.headers.get("allow")).toBe("POST, OPTIONS");
  });
});
