import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as createRoute } from "@/app/api/plans/route";
import { DELETE, GET, OPTIONS, PATCH, POST, PUT } from "@/app/api/plans/[id]/route";
import { GET as calendarGet } from "@/app/api/plans/[id]/calendar.ics/route";
import { countPlans } from "@/lib/db/plans";
import { findPlan } from "@/tests/support/find-plan";
import { getPrisma } from "@/lib/db/client";
import { hashEditToken } from "@/lib/db/plan-secrets";
import { setUpTempDatabase } from "./temp-database";
import { bareRequest, bearer, context, jsonRequest, validInput } from "./requests";

setUpTempDatabase();

type TCreated = { id: string; editToken: string };
type TPlanJson = { id: string; createdAt: string; updatedAt: string; input: Record<string, unknown>; plan: { sessions: { date: string }[] } };
type TErrorJson = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

async function create(overrides: Parameters<typeof validInput>[0] = {}): Promise<TCreated> {
  const response = await createRoute(jsonRequest("POST", "/api/plans", validInput(overrides)));
  expect(response.status).toBe(201);
  return (await response.json()) as TCreated;
}

async function expectError(response: Response, status: number, code: string): Promise<TErrorJson> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await response.json()) as TErrorJson;
  expect(body.error.code).toBe(code);
  return body;
}

/** Everything stored for a plan, to prove a rejected request changed nothing. */
async function snapshot(id: string) {
  return getPrisma().plan.findUnique({ where: { id } });
}

const changedInput = validInput({
  schedule: { mon: "easy", tue: "rest", wed: "hard", thu: "easy", fri: "rest", sat: "long", sun: "easy" },
  sessionMinutes: 30,
});

let planA: TCreated;
let planB: TCreated;

beforeEach(async () => {
  planA = await create();
  planB = await create({ races: [{ date: "2027-03-14", distance: "half", priority: "A" }] });
});

afterEach(() => vi.restoreAllMocks());

describe("GET /api/plans/{id}", () => {
  it("returns 200 { id, createdAt, updatedAt, input, plan } with ISO timestamps", async () => {
    const response = await GET(bareRequest("GET", `/api/plans/${planA.id}`), context({ id: planA.id }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as TPlanJson;
    expect(Object.keys(body).sort()).toEqual(["createdAt", "id", "input", "logs", "plan", "runPlanSource", "updatedAt"]);
    expect(body.id).toBe(planA.id);
    expect(new Date(body.createdAt).toISOString()).toBe(body.createdAt);
    expect(new Date(body.updatedAt).toISOString()).toBe(body.updatedAt);
    expect(body.input).toMatchObject({ startDate: "2027-01-04", timeZone: "Europe/London" });
    expect(body.plan.sessions.length).toBeGreaterThan(0);
  });

  it("never returns the edit token or its hash", async () => {
    const response = await GET(bareRequest("GET", `/api/plans/${planA.id}`), context({ id: planA.id }));
    const text = await response.text();
    expect(text).not.toContain(planA.editToken);
    expect(text).not.toContain(hashEditToken(planA.editToken));
    expect(text).not.toMatch(/editToken/i);
  });

  it.each([
    ["an unknown id", "AAAAAAAAAAAAAAAAAAAAAA"],
    ["path traversal", "../../etc/passwd"],
    ["SQL-looking text", "x' OR '1'='1"],
    ["an empty id", ""],
    ["a very long id", "a".repeat(5000)],
  ])("%s is a 404 JSON", async (_name, id) => {
    await expectError(await GET(bareRequest("GET", "/api/plans/x"), context({ id })), 404, "not_found");
  });
});

describe("PUT /api/plans/{id}", () => {
  it("with the plan's token: 200, plan regenerated from the new input, updatedAt moves, createdAt stays", async () => {
    const before = (await findPlan(planA.id))!;
    const response = await PUT(jsonRequest("PUT", `/api/plans/${planA.id}`, changedInput, bearer(planA.editToken)), context({ id: planA.id }));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Omit<TPlanJson, "plan"> & {
      plan: { input: { sessionMinutes: number }; sessions: { minutes: number; slot: string }[] };
    };
    expect(Object.keys(body).sort()).toEqual(["createdAt", "id", "input", "logs", "plan", "runPlanSource", "updatedAt", "warnings"]);
    expect(body.input.sessionMinutes).toBe(30);
    expect(body.plan.input.sessionMinutes).toBe(30);
    const strength = body.plan.sessions.filter((session) => session.slot !== "light");
    expect(strength.length).toBeGreaterThan(0);
    expect(strength.every((session) => session.minutes === 30)).toBe(true);
    expect(body.createdAt).toBe(before.createdAt.toISOString());
    expect(Date.parse(body.updatedAt)).toBeGreaterThan(before.updatedAt.getTime());
    expect(JSON.stringify(body)).not.toContain(planA.editToken);
    const after = (await findPlan(planA.id))!;
    expect(after.plan).toEqual(body.plan);
    expect(after.plan).not.toEqual(before.plan);
  });

  it("two edits in quick succession still move updatedAt forward each time", async () => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await PUT(jsonRequest("PUT", `/api/plans/${planA.id}`, changedInput, bearer(planA.editToken)), context({ id: planA.id }));
      times.push(Date.parse(((await response.json()) as TPlanJson).updatedAt));
    }
    expect(times[1]).toBeGreaterThan(times[0]);
    expect(times[2]).toBeGreaterThan(times[1]);
  });

  const rejected: [string, () => Request, () => string, number, string][] = [
    ["no Authorization header -> 401", () => jsonRequest("PUT", "/", changedInput), () => planA.id, 401, "unauthorized"],
    ["Basic auth instead of Bearer -> 401", () => jsonRequest("PUT", "/", changedInput, { authorization: "Basic dXNlcjpwYXNz" }), () => planA.id, 401, "unauthorized"],
    ["empty Bearer -> 401", () => jsonRequest("PUT", "/", changedInput, { authorization: "Bearer " }), () => planA.id, 401, "unauthorized"],
    ["a wrong token -> 403", () => jsonRequest("PUT", "/", changedInput, bearer("not-the-token")), () => planA.id, 403, "forbidden"],
    ["plan B's token on plan A -> 403", () => jsonRequest("PUT", "/", changedInput, bearer(planB.editToken)), () => planA.id, 403, "forbidden"],
    ["plan A's token on plan B -> 403", () => jsonRequest("PUT", "/", changedInput, bearer(planA.editToken)), () => planB.id, 403, "forbidden"],
    ["the token's hash as the token -> 403", () => jsonRequest("PUT", "/", changedInput, bearer(hashEditToken(planA.editToken))), () => planA.id, 403, "forbidden"],
    ["invalid input without a token -> 401 (auth before validation)", () => jsonRequest("PUT", "/", { races: [] }), () => planA.id, 401, "unauthorized"],
    ["invalid input with a wrong token -> 403 (auth before validation)", () => jsonRequest("PUT", "/", { races: [] }, bearer(planB.editToken)), () => planA.id, 403, "forbidden"],
    ["invalid input with the right token -> 422", () => jsonRequest("PUT", "/", { ...changedInput, units: "stone" }, bearer(planA.editToken)), () => planA.id, 422, "validation_failed"],
    ["unknown keys with the right token -> 422", () => jsonRequest("PUT", "/", { ...changedInput, extra: 1 }, bearer(planA.editToken)), () => planA.id, 422, "validation_failed"],
    ["not JSON with the right token -> 400", () => jsonRequest("PUT", "/", "{", bearer(planA.editToken)), () => planA.id, 400, "invalid_json"],
    [
      "wrong content type with the right token -> 415",
      () => jsonRequest("PUT", "/", changedInput, { ...bearer(planA.editToken), "content-type": "text/plain" }),
      () => planA.id,
      415,
      "unsupported_media_type",
    ],
    [
      "body over 64 KiB with the right token -> 413",
      () => jsonRequest("PUT", "/", { ...changedInput, pad: "x".repeat(70_000) }, bearer(planA.editToken)),
      () => planA.id,
      413,
      "payload_too_large",
    ],
  ];

  it.each(rejected)("%s, and neither plan changes", async (_name, makeRequest, targetId, status, code) => {
    const [beforeA, beforeB, count] = [await snapshot(planA.id), await snapshot(planB.id), await countPlans()];
    await expectError(await PUT(makeRequest(), context({ id: targetId() })), status, code);
    expect(await snapshot(planA.id)).toEqual(beforeA);
    expect(await snapshot(planB.id)).toEqual(beforeB);
    expect(await countPlans()).toBe(count);
  });

  it("401 carries WWW-Authenticate: Bearer", async () => {
    const response = await PUT(jsonRequest("PUT", "/", changedInput), context({ id: planA.id }));
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("an unknown or malformed id is 404, even with a valid token of another plan", async () => {
    const count = await countPlans();
    for (const id of ["AAAAAAAAAAAAAAAAAAAAAA", "../x", "1;DROP TABLE Plan"]) {
      await expectError(await PUT(jsonRequest("PUT", "/", changedInput, bearer(planA.editToken)), context({ id })), 404, "not_found");
    }
    expect(await countPlans()).toBe(count);
  });
});

describe("DELETE /api/plans/{id}", () => {
  it("with the token: 204 with an empty body; the plan and its calendar are gone", async () => {
    const count = await countPlans();
    const response = await DELETE(bareRequest("DELETE", "/", bearer(planA.editToken)), context({ id: planA.id }));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
    expect(await countPlans()).toBe(count - 1);
    await expectError(await GET(bareRequest("GET", "/"), context({ id: planA.id })), 404, "not_found");
    await expectError(await calendarGet(bareRequest("GET", "/"), context({ id: planA.id })), 404, "not_found");
    expect(await findPlan(planB.id)).not.toBeNull();
  });

  it.each([
    ["without a token -> 401", () => ({}), 401, "unauthorized"],
    ["with a wrong token -> 403", () => bearer("wrong"), 403, "forbidden"],
    ["with another plan's token -> 403", () => bearer(planB.editToken), 403, "forbidden"],
  ] as const)("%s, and nothing is deleted", async (_name, headers, status, code) => {
    const count = await countPlans();
    await expectError(await DELETE(bareRequest("DELETE", "/", headers()), context({ id: planA.id })), status, code);
    expect(await countPlans()).toBe(count);
    expect(await findPlan(planA.id)).not.toBeNull();
  });

  it("an unknown id is 404", async () => {
    await expectError(await DELETE(bareRequest("DELETE", "/", bearer(planA.editToken)), context({ id: "AAAAAAAAAAAAAAAAAAAAAA" })), 404, "not_found");
  });

  it("deleting twice: the second is 404", async () => {
    expect((await DELETE(bareRequest("DELETE", "/", bearer(planA.editToken)), context({ id: planA.id }))).status).toBe(204);
    await expectError(await DELETE(bareRequest("DELETE", "/", bearer(planA.editToken)), context({ id: planA.id })), 404, "not_found");
  });
});

describe("other methods on /api/plans/{id}", () => {
  it.each([
    ["POST", POST],
    ["PATCH", PATCH],
  ])("%s is 405 JSON with Allow listing GET, HEAD, PUT, DELETE", async (_method, handler) => {
    const count = await countPlans();
    const response = await handler();
    await expectError(response, 405, "method_not_allowed");
    expect(response.headers.get("allow")).toBe("GET, HEAD, PUT, DELETE, OPTIONS");
    expect(await countPlans()).toBe(count);
  });

  it("OPTIONS is 204 with Allow", async () => {
    expect((await OPTIONS()).headers.get("allow")).toBe("GET, HEAD, PUT, DELETE, OPTIONS");
  });
});
