/**
 * PATCH /api/plans/{id}/sessions/{sessionId} (issue 9): every outcome, against a real database.
 * Every refused request leaves the stored row exactly as it was.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/plans/route";
import { GET, PUT } from "@/app/api/plans/[id]/route";
import { DELETE as patchDelete, GET as patchGet, OPTIONS as patchOptions, PATCH } from "@/app/api/plans/[id]/sessions/[sessionId]/route";
import { getPrisma } from "@/lib/db/client";
import type { TPlan, TWarning } from "@/lib/engine/types";
import type { TPlanInputRaw } from "@/lib/plan-input";
import { setUpTempDatabase } from "./temp-database";
import { bareRequest, bearer, context, jsonRequest, validInput } from "./requests";

setUpTempDatabase();

type TCreated = { id: string; editToken: string };
type TErrorJson = { error: { code: string; message: string; issues?: { path: string; message: string; code?: string }[] } };
type TAdjusted = { plan: TPlan; warnings: TWarning[] };

/** Every day easy but a Sunday long run: sessions on Monday and Thursday, and free legal dates between. */
const EASY_WEEK = { mon: "easy", tue: "easy", wed: "easy", thu: "easy", fri: "easy", sat: "easy", sun: "long" } as const;

/**
 * The fixtures' week (rest hard easy easy rest easy long: Wednesday and Friday) with every kind of
 * no-strength window: a C race on Saturday 23 Jan, a B race on Sunday 7 Mar, a break on 2-3 Feb, a
 * Thursday marathon (taper from Thursday 8 Apr, recovery to Thursday 6 May), a light taper.
 */
const WINDOWS_INPUT = validInput({
  races: [
    { date: "2027-04-22", distance: "marathon", priority: "A" },
    { date: "2027-06-20", distance: "10k", priority: "A" },
    { date: "2027-03-07", distance: "half", priority: "B" },
    { date: "2027-01-23", distance: "5k", priority: "C" },
  ],
  taper: "light",
  breaks: [{ start: "2027-02-02", end: "2027-02-03", reason: "travel" }],
});

async function create(input: TPlanInputRaw): Promise<TCreated> {
  const response = await createRoute(jsonRequest("POST", "/api/plans", input));
  expect(response.status).toBe(201);
  return (await response.json()) as TCreated;
}

function patch(plan: TCreated, sessionId: string, body: unknown, headers: Record<string, string> = bearer(plan.editToken)): Promise<Response> {
  return PATCH(jsonRequest("PATCH", `/api/plans/${plan.id}/sessions/${sessionId}`, body, headers), context({ id: plan.id, sessionId }));
}

async function ok(response: Response): Promise<TAdjusted> {
  expect(response.status, await response.clone().text()).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return (await response.json()) as TAdjusted;
}

async function storedPlan(id: string): Promise<TPlan> {
  const response = await GET(bareRequest("GET", `/api/plans/${id}`), context({ id }));
  return ((await response.json()) as { plan: TPlan }).plan;
}

function row(id: string) {
  return getPrisma().plan.findUnique({ where: { id } });
}

async function expectRefused(plan: TCreated, send: () => Promise<Response>, status: number, code: string): Promise<TErrorJson> {
  const before = await row(plan.id);
  const response = await send();
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await response.json()) as TErrorJson;
  expect(body.error.code).toBe(code);
  expect(await row(plan.id)).toEqual(before);
  return body;
}

let easy: TCreated;
let windows: TCreated;
let other: TCreated;

beforeAll(async () => {
  easy = await create(validInput({ schedule: EASY_WEEK }));
  windows = await create(WINDOWS_INPUT);
  other = await create(validInput());
});

describe("PATCH a session: 200", () => {
  it("moves a session within its week: same id and dose, movedFrom set, no warning when it is not back to back", async () => {
    const plan = await create(validInput({ schedule: EASY_WEEK }));
    const before = (await storedPlan(plan.id)).sessions.find((session) => session.id === "2027-01-11-A")!;
    const body = await ok(await patch(plan, "2027-01-11-A", { date: "2027-01-12" }));
    expect(Object.keys(body).sort()).toEqual(["plan", "warnings"]);
    expect(body.warnings).toEqual([]);
    const moved = body.plan.sessions.find((session) => session.id === "2027-01-11-A")!;
    expect(moved).toMatchObject({ date: "2027-01-12", movedFrom: "2027-01-11", weekday: "tue", slot: "A", status: "planned" });
    expect(moved.exercises).toEqual(before.exercises);
    expect(moved.why).toContainEqual({ rule: "9.move", text: "You moved this session here from Monday 11 January" });
    expect(await storedPlan(plan.id)).toEqual(body.plan);
    expect(JSON.parse((await row(plan.id))!.adjustments)).toEqual({ moves: { "2027-01-11-A": "2027-01-12" }, skips: [] });
  });

  it("allows a back-to-back move and warns about it", async () => {
    const plan = await create(validInput({ schedule: EASY_WEEK }));
    const body = await ok(await patch(plan, "2027-01-11-A", { date: "2027-01-13" }));
    expect(body.warnings).toEqual([
      {
        code: "back-to-back",
        message: "Strength A on Wednesday 13 January is next to Strength B on Thursday 14 January: back-to-back sessions are allowed, but a day between them recovers better",
      },
    ]);
    expect(body.plan.sessions.find((session) => session.id === "2027-01-11-A")?.date).toBe("2027-01-13");
  });

  it("moves it again, then { date: null } puts it back where the engine put it (and so does its own date)", async () => {
    const plan = await create(validInput({ schedule: EASY_WEEK }));
    await ok(await patch(plan, "2027-01-11-A", { date: "2027-01-12" }));
    const again = await ok(await patch(plan, "2027-01-11-A", { date: "2027-01-13" }));
    expect(again.plan.sessions.find((session) => session.id === "2027-01-11-A")).toMatchObject({ date: "2027-01-13", movedFrom: "2027-01-11" });
    const back = await ok(await patch(plan, "2027-01-11-A", { date: null }));
    const session = back.plan.sessions.find((candidate) => candidate.id === "2027-01-11-A")!;
    expect(session.date).toBe("2027-01-11");
    expect(session).not.toHaveProperty("movedFrom");
    expect(JSON.parse((await row(plan.id))!.adjustments)).toEqual({ moves: {}, skips: [] });
    await ok(await patch(plan, "2027-01-11-A", { date: "2027-01-12" }));
    const own = await ok(await patch(plan, "2027-01-11-A", { date: "2027-01-11" }));
    expect(own.plan.sessions.find((candidate) => candidate.id === "2027-01-11-A")).not.toHaveProperty("movedFrom");
  });

  it("skips and unskips: status changes, the week's volume leaves the skipped session out", async () => {
    const plan = await create(validInput({ schedule: EASY_WEEK }));
    const engine = await storedPlan(plan.id);
    const weekOf = (result: TPlan) => result.weeks.find((week) => week.start === "2027-01-11")!;
    const session = engine.sessions.find((candidate) => candidate.id === "2027-01-14-B")!;
    const skipped = await ok(await patch(plan, "2027-01-14-B", { status: "skipped" }));
    expect(skipped.warnings).toEqual([]);
    expect(skipped.plan.sessions.find((candidate) => candidate.id === "2027-01-14-B")).toMatchObject({ status: "skipped", date: "2027-01-14" });
    expect(weekOf(skipped.plan).totalSets).toBe(weekOf(engine).totalSets - session.exercises.reduce((sum, exercise) => sum + exercise.sets, 0));
    const unskipped = await ok(await patch(plan, "2027-01-14-B", { status: "planned" }));
    expect(unskipped.plan).toEqual(engine);
  });
});

describe("PATCH a session: 422 illegal_date, the rule in the runner's words, nothing changes", () => {
  it.each([
    ["a hard day", "2027-01-13-A", "2027-01-12", "Tuesday 12 January is your hard session"],
    ["the day before a hard day", "2027-01-13-A", "2027-01-11", "Monday 11 January is the day before your hard session"],
    ["the day before the long run", "2027-01-15-B", "2027-01-16", "Saturday 16 January is the day before your long run"],
    ["the long run", "2027-01-15-B", "2027-01-17", "Sunday 17 January is your long run"],
    ["another week", "2027-01-13-A", "2027-01-20", "Sessions move within their own week (11–17 Jan 2027)"],
    ["a date holding the other session", "2027-01-13-A", "2027-01-15", "Friday 15 January already has Strength B"],
    ["the C race window", "2027-01-20-A", "2027-01-22", "Friday 22 January is in the no-strength days around your C race"],
    ["a break", "2027-02-04-A", "2027-02-03", "Wednesday 3 February is during your break"],
    ["the B race window", "2027-03-11-A", "2027-03-10", "Wednesday 10 March is in the no-strength days around your B race"],
    ["the taper", "2027-04-07-A", "2027-04-08", "Thursday 8 April is in your taper"],
    ["the race recovery", "2027-05-07-B", "2027-05-05", "Wednesday 5 May is in your race recovery"],
    ["a light taper session", "2027-04-09-light", "2027-04-08", "Friday 9 April holds your light taper session, which stays where the taper puts it"],
  ])("%s", async (_case, sessionId, date, message) => {
    const error = await expectRefused(windows, () => patch(windows, sessionId, { date }), 422, "illegal_date");
    expect(error.error.message).toBe(message);
    expect(error.error.issues).toEqual([{ path: "date", message, code: "illegal_date" }]);
  });

  it("a move the runner already made stays when a second move is refused", async () => {
    const plan = await create(validInput());
    await ok(await patch(plan, "2027-01-13-A", { date: "2027-01-14" }));
    await expectRefused(plan, () => patch(plan, "2027-01-13-A", { date: "2027-01-12" }), 422, "illegal_date");
    expect((await storedPlan(plan.id)).sessions.find((session) => session.id === "2027-01-13-A")?.date).toBe("2027-01-14");
  });
});

describe("PATCH a session: 404, 401, 403, bad bodies; nothing changes", () => {
  it("404 for an unknown plan or session", async () => {
    const unknownPlan = await PATCH(jsonRequest("PATCH", "/", { status: "skipped" }, bearer(easy.editToken)), context({ id: "AAAAAAAAAAAAAAAAAAAAAA", sessionId: "2027-01-11-A" }));
    expect(unknownPlan.status).toBe(404);
    expect(((await unknownPlan.json()) as TErrorJson).error.code).toBe("not_found");
    for (const sessionId of ["2027-01-12-A", "2030-01-01-A", "x", "../../etc"]) {
      const error = await expectRefused(easy, () => patch(easy, sessionId, { status: "skipped" }), 404, "not_found");
      expect(error.error.message).toBe("This plan has no session with that id.");
    }
  });

  it("401 without a token (with WWW-Authenticate), 403 with a wrong or another plan's token", async () => {
    const missing = await expectRefused(easy, () => patch(easy, "2027-01-11-A", { status: "skipped" }, {}), 401, "unauthorized");
    expect(missing.error.message).toMatch(/Bearer/);
    const response = await patch(easy, "2027-01-11-A", { status: "skipped" }, {});
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    await expectRefused(easy, () => patch(easy, "2027-01-11-A", { status: "skipped" }, bearer("not-the-token")), 403, "forbidden");
    await expectRefused(easy, () => patch(easy, "2027-01-11-A", { status: "skipped" }, bearer(other.editToken)), 403, "forbidden");
    // Before the body is read: a bad body without a token is still a 401.
    await expectRefused(easy, () => patch(easy, "2027-01-11-A", "{", {}), 401, "unauthorized");
  });

  it.each([
    ["an impossible date", { date: "2027-02-30" }],
    ["a date that is not text", { date: 20270112 }],
    ["an unknown status", { status: "done" }],
    ["an empty object", {}],
    ["both a date and a status", { date: "2027-01-12", status: "skipped" }],
    ["an unknown key", { date: "2027-01-12", reason: "travel" }],
    ["an array", [{ date: "2027-01-12" }]],
    ["null", null],
  ])("422 validation_failed for %s", async (_case, body) => {
    const error = await expectRefused(easy, () => patch(easy, "2027-01-11-A", body), 422, "validation_failed");
    expect(error.error.issues?.length).toBeGreaterThan(0);
  });

  it("400 for broken JSON, 415 for another content type, 413 for a body over 64 KiB", async () => {
    await expectRefused(easy, () => patch(easy, "2027-01-11-A", "{ date:"), 400, "invalid_json");
    await expectRefused(easy, () => patch(easy, "2027-01-11-A", { date: "2027-01-12" }, { ...bearer(easy.editToken), "content-type": "text/plain" }), 415, "unsupported_media_type");
    await expectRefused(easy, () => patch(easy, "2027-01-11-A", { date: "2027-01-12", pad: "x".repeat(70_000) }), 413, "payload_too_large");
  });

  it("405 for other methods, OPTIONS 204", async () => {
    for (const handler of [patchGet, patchDelete]) {
      const response = await handler();
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe("PATCH, OPTIONS");
    }
    expect((await patchOptions()).status).toBe(204);
  });
});

describe("moves and skips across a PUT of a new input", () => {
  it("survive when their session still exists, and are dropped with a warning when it does not (or the move's date is no longer legal)", async () => {
    const plan = await create(validInput({ schedule: EASY_WEEK }));
    await ok(await patch(plan, "2027-01-11-A", { date: "2027-01-12" }));
    await ok(await patch(plan, "2027-02-04-B", { status: "skipped" }));
    await ok(await patch(plan, "2027-01-18-A", { date: "2027-01-19" }));
    const put = (input: TPlanInputRaw) => PUT(jsonRequest("PUT", `/api/plans/${plan.id}`, input, bearer(plan.editToken)), context({ id: plan.id }));

    const kept = await put(validInput({ schedule: EASY_WEEK, sessionMinutes: 30 }));
    expect(kept.status).toBe(200);
    const keptBody = (await kept.json()) as { plan: TPlan; warnings: TWarning[] };
    expect(keptBody.warnings).toEqual([]);
    expect(keptBody.plan.sessions.find((session) => session.id === "2027-01-11-A")).toMatchObject({ date: "2027-01-12", movedFrom: "2027-01-11", minutes: 30 });
    expect(keptBody.plan.sessions.find((session) => session.id === "2027-02-04-B")?.status).toBe("skipped");
    expect(keptBody.plan.sessions.find((session) => session.id === "2027-01-18-A")).toMatchObject({ date: "2027-01-19" });

    // Wednesday 13 hard: Tuesday 12 is now the day before a hard day (the Monday session stays);
    // Monday 18 hard: the session 2027-01-18-A is gone.
    const changed = await put(validInput({ schedule: EASY_WEEK, sessionMinutes: 30, runDays: { "2027-01-13": "hard", "2027-01-18": "hard" } }));
    expect(changed.status).toBe(200);
    const body = (await changed.json()) as { plan: TPlan; warnings: TWarning[] };
    expect(body.warnings).toEqual([
      { code: "adjustment-dropped", message: "Your move of the session 2027-01-11-A no longer applies: Tuesday 12 January is the day before your hard session" },
      { code: "adjustment-dropped", message: "Your move of the session 2027-01-18-A no longer applies: the plan no longer has this session" },
    ]);
    expect(body.plan.sessions.find((session) => session.id === "2027-01-11-A")).toMatchObject({ date: "2027-01-11" });
    expect(body.plan.sessions.find((session) => session.id === "2027-02-04-B")?.status).toBe("skipped");
    expect(JSON.parse((await row(plan.id))!.adjustments)).toEqual({ moves: {}, skips: ["2027-02-04-B"] });
  });
});
