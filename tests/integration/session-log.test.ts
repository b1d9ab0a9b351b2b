/**
 * PUT and DELETE /api/plans/{id}/sessions/{sessionId}/log (issue 11): every status, idempotency,
 * nothing stored on any error, GET returning the logs and the adapted plan, and the feed.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as createRoute } from "@/app/api/plans/route";
import { GET, PUT as putPlan } from "@/app/api/plans/[id]/route";
import { DELETE, GET as logGet, PUT } from "@/app/api/plans/[id]/sessions/[sessionId]/log/route";
import { GET as calendarGet } from "@/app/api/plans/[id]/calendar.ics/route";
import { getPrisma } from "@/lib/db/client";
import type { TPlan } from "@/lib/engine/types";
import type { TPlanResponse } from "@/lib/plans/plan-response";
import { readIcs } from "@/tests/golden/ics/read-ics";
import { setUpTempDatabase } from "./temp-database";
import { bareRequest, bearer, context, jsonRequest, validInput } from "./requests";

setUpTempDatabase();

type TCreated = { id: string; editToken: string; plan: TPlan };
type TErrorJson = { error: { code: string; message: string; issues?: { path: string; message: string; code?: string }[] } };

// The plan starts 2027-01-04; "today" is pinned inside it (only Date is faked: timers stay real).
const NOW = new Date("2027-02-02T10:00:00Z");

beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(NOW);
});
afterAll(() => vi.useRealTimers());

let plan: TCreated;

beforeEach(async () => {
  const response = await createRoute(jsonRequest("POST", "/api/plans", validInput()));
  expect(response.status).toBe(201);
  plan = (await response.json()) as TCreated;
});

function put(sessionId: string, body: unknown, token: string | null = plan.editToken): Promise<Response> {
  const path = `/api/plans/${plan.id}/sessions/${sessionId}/log`;
  return PUT(jsonRequest("PUT", path, body, token === null ? {} : bearer(token)), context({ id: plan.id, sessionId }));
}

async function getPlanJson(): Promise<TPlanResponse> {
  const response = await GET(bareRequest("GET", `/api/plans/${plan.id}`), context({ id: plan.id }));
  expect(response.status).toBe(200);
  return (await response.json()) as TPlanResponse;
}

async function expectError(response: Response, status: number, code: string): Promise<TErrorJson> {
  expect(response.status).toBe(status);
  const body = (await response.json()) as TErrorJson;
  expect(body.error.code).toBe(code);
  return body;
}

async function stored() {
  const prisma = getPrisma();
  return { plan: await prisma.plan.findUnique({ where: { id: plan.id } }), logs: await prisma.sessionLog.findMany({ where: { planId: plan.id } }) };
}

/** The first loaded session (week 2) and its kettlebell exercise. */
function loadedSession() {
  const session = plan.plan.sessions.find((candidate) => candidate.exercises.some((item) => item.equipment.includes("kettlebell")))!;
  const item = session.exercises.find((candidate) => candidate.equipment.includes("kettlebell"))!;
  return { session, item };
}

function beatBody(item: { exerciseId: string; sets: number; reps?: number }, load = 16) {
  return {
    status: "done",
    completedOn: "2027-01-13",
    exercises: [{ exerciseId: item.exerciseId, sets: Array.from({ length: item.sets }, () => ({ reps: (item.reps ?? 10) + 1, load })), rir: 2 }],
    note: "Felt strong",
  };
}

describe("PUT /api/plans/{id}/sessions/{sessionId}/log", () => {
  it("200 { plan }: the session is done and the next session with the exercise takes the load step", async () => {
    const { session, item } = loadedSession();
    const response = await put(session.id, beatBody(item));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { plan: TPlan };
    expect(Object.keys(body)).toEqual(["plan"]);
    expect(body.plan.sessions.find((candidate) => candidate.id === session.id)!.status).toBe("done");
    const next = body.plan.sessions.find((candidate) => candidate.date > session.date && candidate.exercises.some((e) => e.exerciseId === item.exerciseId))!;
    const adapted = next.exercises.find((e) => e.exerciseId === item.exerciseId)!;
    expect(adapted).toMatchObject({ reps: 8, targetLoad: { value: 20, unit: "kg" }, adapted: { rule: "beat", from: session.id } });
    expect(next.why.some((why) => why.rule === "11.beat" && /20 kg, back to 8 reps/.test(why.text))).toBe(true);
  });

  it("GET returns the logs by session id and the adapted plan", async () => {
    const { session, item } = loadedSession();
    await put(session.id, beatBody(item));
    const json = await getPlanJson();
    expect(json.logs[session.id]).toMatchObject({
      status: "done",
      completedOn: "2027-01-13",
      unit: "kg",
      note: "Felt strong",
      sessionDate: session.date,
      sessionTitle: session.title,
      exercises: [{ exerciseId: item.exerciseId, rir: 2 }],
    });
    expect(json.plan.sessions.find((candidate) => candidate.id === session.id)!.status).toBe("done");
  });

  it("is idempotent: the same body twice gives the same state (the plan's version does not move)", async () => {
    const { session, item } = loadedSession();
    const first = await put(session.id, beatBody(item));
    expect(first.status).toBe(200);
    const after = await stored();
    const second = await put(session.id, beatBody(item));
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual(await first.json());
    expect(await stored()).toEqual(after);
  });

  it("a changed log replaces the old one; a skipped log marks the session skipped", async () => {
    const { session, item } = loadedSession();
    await put(session.id, beatBody(item));
    const response = await put(session.id, { status: "skipped" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { plan: TPlan };
    expect(body.plan.sessions.find((candidate) => candidate.id === session.id)!.status).toBe("skipped");
    expect((await stored()).logs).toHaveLength(1);
  });

  it("the feed shows a done session as done, with what was logged, and the next session's target load", async () => {
    const { session, item } = loadedSession();
    await put(session.id, beatBody(item));
    const response = await calendarGet(bareRequest("GET", `/api/plans/${plan.id}/calendar.ics`), context({ id: plan.id }));
    const events = readIcs(await response.text()).events;
    const doneEvent = events.find((event) => event.uid.startsWith(`${session.id}.`))!;
    expect(doneEvent.summary).toMatch(/^✓ /);
    expect(doneEvent.description).toMatch(new RegExp(`${item.name}: 11, 11, 11 at 16 kg|${item.name}: 11 at 16 kg`));
    expect(events.some((event) => event.description.includes(`${item.name}: 3 x 8`) && event.description.includes("20 kg"))).toBe(true);
  });

  it("422 with field issues for an exercise not in the session, sets over 10, reps over 100, negative or absurd loads", async () => {
    const { session, item } = loadedSession();
    const before = await stored();
    const cases: [unknown, string][] = [
      [{ status: "done", exercises: [{ exerciseId: "not-an-exercise", sets: [{ reps: 10 }] }] }, "exercises.0.exerciseId"],
      [{ status: "done", exercises: [{ exerciseId: item.exerciseId, sets: Array.from({ length: 11 }, () => ({ reps: 10 })) }] }, "exercises.0.sets"],
      [{ status: "done", exercises: [{ exerciseId: item.exerciseId, sets: [{ reps: 101 }] }] }, "exercises.0.sets.0.reps"],
      [{ status: "done", exercises: [{ exerciseId: item.exerciseId, sets: [{ reps: 10, load: -1 }] }] }, "exercises.0.sets.0.load"],
      [{ status: "done", exercises: [{ exerciseId: item.exerciseId, sets: [{ reps: 10, load: 501 }] }] }, "exercises.0.sets.0.load"],
      [{ status: "done", exercises: [{ exerciseId: item.exerciseId, sets: [{ reps: 10 }], rir: 6 }] }, "exercises.0.rir"],
      [{ status: "done", exercises: [], note: "x".repeat(501) }, "note"],
      [{ status: "finished", exercises: [] }, "status"],
      [{ status: "done", exercises: [], extra: 1 }, "extra"],
    ];
    for (const [body, path] of cases) {
      const error = await expectError(await put(session.id, body), 422, "validation_failed");
      expect(error.error.issues?.map((issue) => issue.path), JSON.stringify(body).slice(0, 80)).toContain(path);
    }
    expect(await stored()).toEqual(before);
  });

  it("422 session_in_future for a session dated more than one day after today in the plan's zone", async () => {
    const tomorrow = plan.plan.sessions.find((candidate) => candidate.date === "2027-02-03");
    const later = plan.plan.sessions.find((candidate) => candidate.date > "2027-02-03")!;
    const before = await stored();
    const error = await expectError(await put(later.id, { status: "done", exercises: [] }), 422, "session_in_future");
    expect(error.error.issues?.[0]).toMatchObject({ code: "session_in_future" });
    expect(await stored()).toEqual(before);
    // The day after today can be logged (the runner may log in the evening before).
    if (tomorrow) expect((await put(tomorrow.id, { status: "done", exercises: [] })).status).toBe(200);
  });

  it("404 for an unknown plan or session, 401 without a token, 403 with another token; nothing changes", async () => {
    const { session } = loadedSession();
    const before = await stored();
    await expectError(await put("2027-01-14-Z", { status: "done", exercises: [] }), 404, "not_found");
    await expectError(
      await PUT(jsonRequest("PUT", "/", { status: "done" }, bearer(plan.editToken)), context({ id: "AAAAAAAAAAAAAAAAAAAAAA", sessionId: session.id })),
      404,
      "not_found",
    );
    await expectError(await put(session.id, { status: "done", exercises: [] }, null), 401, "unauthorized");
    const other = (await (await createRoute(jsonRequest("POST", "/api/plans", validInput()))).json()) as TCreated;
    await expectError(await put(session.id, { status: "done", exercises: [] }, other.editToken), 403, "forbidden");
    expect(await stored()).toEqual(before);
  });

  it("405 for other methods", async () => {
    const response = await logGet();
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("PUT, DELETE, OPTIONS");
  });
});

describe("DELETE /api/plans/{id}/sessions/{sessionId}/log", () => {
  it("204, and the plan is as if never logged", async () => {
    const { session, item } = loadedSession();
    await put(session.id, beatBody(item));
    const sessionId = session.id;
    const response = await DELETE(bareRequest("DELETE", "/", bearer(plan.editToken)), context({ id: plan.id, sessionId }));
    expect(response.status).toBe(204);
    const json = await getPlanJson();
    expect(json.logs).toEqual({});
    expect(json.plan.sessions).toEqual(plan.plan.sessions);
  });

  it("401/403/404 change nothing", async () => {
    const { session, item } = loadedSession();
    await put(session.id, beatBody(item));
    const before = await stored();
    const sessionId = session.id;
    await expectError(await DELETE(bareRequest("DELETE", "/"), context({ id: plan.id, sessionId })), 401, "unauthorized");
    await expectError(await DELETE(bareRequest("DELETE", "/", bearer("x".repeat(43))), context({ id: plan.id, sessionId })), 403, "forbidden");
    await expectError(await DELETE(bareRequest("DELETE", "/", bearer(plan.editToken)), context({ id: plan.id, sessionId: "2099-01-01-A" })), 404, "not_found");
    expect(await stored()).toEqual(before);
  });
});

describe("logs outlive their session", () => {
  it("an edit that removes a logged session keeps the log as history; deleting the plan deletes its logs", async () => {
    const { session, item } = loadedSession();
    await put(session.id, beatBody(item));
    // Thursday becomes a hard day: the Wednesday session is no longer legal, so it leaves the plan.
    const edit = await putPlan(
      jsonRequest("PUT", "/", validInput({ schedule: { mon: "rest", tue: "hard", wed: "easy", thu: "hard", fri: "rest", sat: "easy", sun: "long" } }), bearer(plan.editToken)),
      context({ id: plan.id }),
    );
    expect(edit.status).toBe(200);
    const json = await getPlanJson();
    expect(json.plan.sessions.some((candidate) => candidate.id === session.id)).toBe(false);
    expect(json.logs[session.id]).toMatchObject({ status: "done", sessionDate: session.date, sessionTitle: session.title });
    await getPrisma().plan.delete({ where: { id: plan.id } });
    expect(await getPrisma().sessionLog.count({ where: { planId: plan.id } })).toBe(0);
  });
});
