import { beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/plans/route";
import { GET, POST } from "@/app/api/plans/[id]/sessions/[sessionId]/workout.fit/route";
import type { TPlan } from "@/lib/engine/types";
import { decodeWithSdk } from "@/tests/fixtures/fit-decoders";
import { setUpTempDatabase } from "./temp-database";
import { bareRequest, context, jsonRequest, validInput } from "./requests";

setUpTempDatabase();

let plan: { id: string; plan: TPlan };

beforeAll(async () => {
  plan = (await (await createRoute(jsonRequest("POST", "/api/plans", validInput()))).json()) as { id: string; plan: TPlan };
});

function get(id: string, sessionId: string): Promise<Response> {
  return GET(bareRequest("GET", `/api/plans/${id}/sessions/${sessionId}/workout.fit`), context({ id, sessionId }));
}

describe("GET /api/plans/{id}/sessions/{sessionId}/workout.fit", () => {
  it("200 with a FIT workout download whose steps are the session's sets", async () => {
    const session = plan.plan.sessions[3];
    const response = await get(plan.id, session.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.ant.fit");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="stridelift-${session.id}.fit"`);
    const decoded = decodeWithSdk(new Uint8Array(await response.arrayBuffer()));
    expect(decoded.errors).toEqual([]);
    expect(decoded.integrity).toBe(true);
    expect(decoded.name).toBe(session.title);
    const active = decoded.steps.filter((step) => step.intensity !== "rest");
    expect(active.length).toBeGreaterThanOrEqual(session.exercises.reduce((sum, item) => sum + item.sets, 0));
  });

  it("the same session gives the same bytes", async () => {
    const session = plan.plan.sessions[0];
    const a = new Uint8Array(await (await get(plan.id, session.id)).arrayBuffer());
    const b = new Uint8Array(await (await get(plan.id, session.id)).arrayBuffer());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("404 JSON for an unknown plan or session, 405 for POST", async () => {
    for (const [id, sessionId] of [
      ["AAAAAAAAAAAAAAAAAAAAAA", plan.plan.sessions[0].id],
      [plan.id, "2099-01-01-A"],
      ["../etc", "x"],
    ]) {
      const response = await get(id, sessionId);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
    expect((await POST()).status).toBe(405);
  });
});
