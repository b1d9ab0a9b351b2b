import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as createRoute } from "@/app/api/plans/route";
import * as planRoute from "@/app/api/plans/[id]/route";
import * as icsRoute from "@/app/api/plans/[id]/calendar.ics/route";
import { setUpTempDatabase } from "@/tests/integration/temp-database";
import { validInput } from "@/tests/integration/requests";

type TCreated = { id: string; editToken: string };

const database = setUpTempDatabase();
const logged: string[] = [];

const BASE = "http://localhost";
const context = (id: string) => ({ params: Promise.resolve({ id }) });
const jsonHeaders = (extra: Record<string, string> = {}) => ({ "content-type": "application/json", ...extra });

async function createPlan(name: string): Promise<TCreated> {
  const body = validInput({ races: [{ date: "2027-04-25", name, distance: "marathon", priority: "A" }] });
  const response = await createRoute(
    new Request(`${BASE}/api/plans`, { method: "POST", headers: jsonHeaders(), body: JSON.stringify(body) }),
  );
  expect(response.status).toBe(201);
  return (await response.json()) as TCreated;
}

async function readRow(id: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await database.query('SELECT * FROM "Plan" WHERE id = $1', [id]);
  return row;
}

beforeAll(() => {
  // Every line the server code logs is kept, to prove no token ends up in a log.
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : String(arg))).join(" "));
    });
  }
});

afterAll(() => {
  vi.restoreAllMocks();
});

describe("edit tokens", () => {
  it("stores only the SHA-256 hash of the token, never the token itself", async () => {
    const { id, editToken } = await createPlan("Hash Check Half");
    const row = (await readRow(id))!;
    expect(row.editTokenHash).toBe(createHash("sha256").update(editToken).digest("hex"));
    for (const value of Object.values(row)) expect(String(value)).not.toContain(editToken);
  });

  it("never returns the token or its hash from GET /api/plans/{id} or the .ics (plain and download)", async () => {
    const { id, editToken } = await createPlan("Leak Check Half");
    const hash = createHash("sha256").update(editToken).digest("hex");
    const responses = [
      await planRoute.GET(new Request(`${BASE}/api/plans/${id}`), context(id)),
      await icsRoute.GET(new Request(`${BASE}/api/plans/${id}/calendar.ics`), context(id)),
      await icsRoute.GET(new Request(`${BASE}/api/plans/${id}/calendar.ics?download=1`), context(id)),
    ];
    for (const response of responses) {
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text.length).toBeGreaterThan(100);
      expect(text).not.toContain(editToken);
      expect(text).not.toContain(hash);
      expect(text).not.toMatch(/editToken/i);
      for (const [, value] of response.headers) expect(value).not.toContain(editToken);
    }
  });

  it("a successful PUT answers without the token", async () => {
    const { id, editToken } = await createPlan("Put Check Half");
    const response = await planRoute.PUT(
      new Request(`${BASE}/api/plans/${id}`, {
        method: "PUT",
        headers: jsonHeaders({ authorization: `Bearer ${editToken}` }),
        body: JSON.stringify(validInput({ sessionMinutes: 30 })),
      }),
      context(id),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).not.toContain(editToken);
  });
});

describe("every mutating route refuses a missing or wrong token (401/403) and changes nothing", () => {
  const newInput = JSON.stringify(validInput({ sessionMinutes: 60, units: "lb" }));

  async function attempts(target: TCreated, other: TCreated) {
    return [
      { auth: undefined, status: 401 },
      { auth: "", status: 401 },
      { auth: "Bearer", status: 401 },
      { auth: "Bearer ", status: 401 },
      { auth: `Basic ${Buffer.from(`user:${target.editToken}`).toString("base64")}`, status: 401 },
      { auth: target.editToken, status: 401 },
      { auth: "Bearer not-a-token", status: 403 },
      { auth: `Bearer ${other.editToken}`, status: 403 },
      { auth: `Bearer ${target.editToken.slice(0, -1)}`, status: 403 },
      { auth: `Bearer ${target.editToken}x`, status: 403 },
      { auth: `Bearer ${target.editToken.toUpperCase()}`, status: 403 },
      { auth: `Bearer ${createHash("sha256").update(target.editToken).digest("hex")}`, status: 403 },
    ];
  }

  for (const method of ["PUT", "DELETE"] as const) {
    it(`${method} /api/plans/{id}`, async () => {
      const target = await createPlan(`${method} Target`);
      const other = await createPlan(`${method} Other`);
      const before = await readRow(target.id);
      for (const attempt of await attempts(target, other)) {
        const headers: Record<string, string> = jsonHeaders();
        if (attempt.auth !== undefined) headers.authorization = attempt.auth;
        const request = new Request(`${BASE}/api/plans/${target.id}`, { method, headers, body: method === "PUT" ? newInput : undefined });
        const response = await planRoute[method](request, context(target.id));
        expect(response.status, `auth ${JSON.stringify(attempt.auth)}`).toBe(attempt.status);
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe(attempt.status === 401 ? "unauthorized" : "forbidden");
        expect(body.error.message.length).toBeGreaterThan(0);
        if (attempt.status === 401) expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      }
      expect(await readRow(target.id)).toEqual(before);
      expect(await readRow(other.id)).toBeDefined();
    });
  }

  it("one plan's valid token never edits or deletes another plan", async () => {
    const mine = await createPlan("Mine");
    const theirs = await createPlan("Theirs");
    const before = await readRow(theirs.id);
    const put = await planRoute.PUT(
      new Request(`${BASE}/api/plans/${theirs.id}`, { method: "PUT", headers: jsonHeaders({ authorization: `Bearer ${mine.editToken}` }), body: newInput }),
      context(theirs.id),
    );
    const del = await planRoute.DELETE(
      new Request(`${BASE}/api/plans/${theirs.id}`, { method: "DELETE", headers: { authorization: `Bearer ${mine.editToken}` } }),
      context(theirs.id),
    );
    expect([put.status, del.status]).toEqual([403, 403]);
    expect(await readRow(theirs.id)).toEqual(before);
  });

  it("the right token works (so the refusals above are about the token)", async () => {
    const plan = await createPlan("Owner");
    const response = await planRoute.DELETE(
      new Request(`${BASE}/api/plans/${plan.id}`, { method: "DELETE", headers: { authorization: `Bearer ${plan.editToken}` } }),
      context(plan.id),
    );
    expect(response.status).toBe(204);
    expect(await readRow(plan.id)).toBeUndefined();
  });
});

describe("logs", () => {
  it("no token was written to any log line during these requests", async () => {
    const { editToken } = await createPlan("Log Check");
    await planRoute.PUT(
      new Request(`${BASE}/api/plans/nope`, { method: "PUT", headers: jsonHeaders({ authorization: `Bearer ${editToken}` }), body: "{" }),
      context("nope"),
    );
    expect(logged.join("\n")).not.toContain(editToken);
  });
});
