/**
 * POST /api/plans/{id}/run-plan/refresh (issue 10) against a real database and a calendar server on
 * 127.0.0.1 (allow-listed via RUN_PLAN_FETCH_ALLOW_HOSTS). Every refused request leaves the row as
 * it was, byte for byte.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as createRoute } from "@/app/api/plans/route";
import { GET, PUT } from "@/app/api/plans/[id]/route";
import { PATCH } from "@/app/api/plans/[id]/sessions/[sessionId]/route";
import { DELETE as refreshDelete, GET as refreshGet, OPTIONS as refreshOptions, POST as refresh } from "@/app/api/plans/[id]/run-plan/refresh/route";
import { getPrisma } from "@/lib/db/client";
import type { TDayType, TPlanInputRaw } from "@/lib/plan-input";
import type { TPlan } from "@/lib/engine/types";
import { resetImportRateLimiter } from "@/lib/http/rate-limit";
import { allDay, vcalendar } from "@/tests/fixtures/calendar-text";
import { startCalendarServer, type TCalendarServer } from "./calendar-server";
import { setUpTempDatabase } from "./temp-database";
import { bareRequest, bearer, context, jsonRequest, validInput } from "./requests";

setUpTempDatabase();

type TCreated = { id: string; editToken: string };
type TErrorJson = { error: { code: string; message: string } };
type TPlanJson = { input: TPlanInputRaw; plan: TPlan; runPlanSource: { url: string; name?: string; fetchedAt: string | null } | null };

const SUMMARY: Record<TDayType, string> = { easy: "Easy run 6 km", hard: "Tempo 8 km", long: "Long run 24 km", cross: "Bike 60 min", rest: "Rest day" };

/** A feed with one all-day event per date that is not rest (rest dates inside its range stay rest). */
function feed(days: Record<string, TDayType>): string {
  const events = Object.entries(days)
    .filter(([, kind]) => kind !== "rest")
    .map(([date, kind]) => allDay(date.replaceAll("-", ""), SUMMARY[kind]));
  return vcalendar(...events);
}

/** Two weeks: the long run on Saturday in the first, the template's shape with a Saturday long run in the second. */
const FIRST: Record<string, TDayType> = {
  "2027-01-04": "easy",
  "2027-01-05": "hard",
  "2027-01-06": "easy",
  "2027-01-07": "easy",
  "2027-01-08": "rest",
  "2027-01-09": "long",
  "2027-01-10": "easy",
  "2027-01-11": "rest",
  "2027-01-12": "hard",
  "2027-01-13": "easy",
  "2027-01-14": "easy",
  "2027-01-15": "rest",
  "2027-01-16": "long",
  "2027-01-17": "easy",
};

/** The coach's update: Thursday 7 and Wednesday 13 become hard, and the feed now ends on Saturday 16. */
const SECOND: Record<string, TDayType> = { ...FIRST, "2027-01-07": "hard", "2027-01-13": "hard" };
delete SECOND["2027-01-17"];

let server: TCalendarServer;
let calendar = feed(FIRST);

function feedUrl(): string {
  return `${server.origin}/coach.ics`;
}

async function create(overrides: Partial<TPlanInputRaw> = {}): Promise<TCreated> {
  const response = await createRoute(jsonRequest("POST", "/api/plans", validInput({ runPlanSource: { url: feedUrl(), name: "Coach" }, runDays: FIRST, ...overrides })));
  expect(response.status).toBe(201);
  return (await response.json()) as TCreated;
}

function post(id: string, headers: Record<string, string> = {}): Promise<Response> {
  return refresh(bareRequest("POST", `/api/plans/${id}/run-plan/refresh`, headers), context({ id }));
}

async function getPlanJson(id: string): Promise<TPlanJson> {
  const response = await GET(bareRequest("GET", `/api/plans/${id}`), context({ id }));
  expect(response.status).toBe(200);
  return (await response.json()) as TPlanJson;
}

async function put(created: TCreated, input: TPlanInputRaw): Promise<Response> {
  return PUT(jsonRequest("PUT", `/api/plans/${created.id}`, input, bearer(created.editToken)), context({ id: created.id }));
}

/** The whole stored row, to prove a refused request changed nothing. */
function row(id: string) {
  return getPrisma().plan.findUnique({ where: { id } });
}

async function expectError(response: Response, status: number, code: string): Promise<TErrorJson> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await response.json()) as TErrorJson;
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body;
}

beforeAll(async () => {
  server = await startCalendarServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  vi.stubEnv("RUN_PLAN_FETCH_ALLOW_HOSTS", "127.0.0.1");
  vi.stubEnv("RATE_LIMIT_IMPORT_PER_MINUTE", "0");
  resetImportRateLimiter();
  calendar = feed(FIRST);
  server.requests.length = 0;
  server.handle((_request, response) => {
    response.setHeader("content-type", "text/calendar; charset=utf-8");
    response.end(calendar);
  });
});
afterEach(() => {
  vi.unstubAllEnvs();
  resetImportRateLimiter();
});

describe("POST /api/plans/{id}/run-plan/refresh: 200", () => {
  it("applies the feed's changes and answers the dates whose kind changed, sorted", async () => {
    const created = await create();
    const before = await getPlanJson(created.id);
    expect(before.runPlanSource).toEqual({ url: feedUrl(), name: "Coach", fetchedAt: expect.any(String) });
    calendar = feed(SECOND);
    const response = await post(created.id, bearer(created.editToken));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { plan: TPlan; changedDates: string[] };
    expect(Object.keys(body).sort()).toEqual(["changedDates", "plan"]);
    // Sunday 17 is no longer in the feed: it falls back to the template's Sunday, a long run.
    expect(body.changedDates).toEqual(["2027-01-07", "2027-01-13", "2027-01-17"]);
    const expected: Record<string, TDayType> = { ...SECOND };
    expect(body.plan.input.runDays).toEqual(expected);
    // The plan is placed around the new week: nothing on a hard or long date, nor the date before one.
    const heavy = new Set(["2027-01-05", "2027-01-07", "2027-01-09", "2027-01-12", "2027-01-13", "2027-01-16", "2027-01-17"]);
    const early = body.plan.sessions.filter((session) => session.date <= "2027-01-17");
    expect(early.length).toBeGreaterThan(0);
    for (const session of early) {
      expect(heavy.has(session.date), session.id).toBe(false);
      const next = new Date(Date.parse(`${session.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(heavy.has(next), session.id).toBe(false);
    }
    const after = await getPlanJson(created.id);
    expect(after.plan).toEqual(body.plan);
    expect(after.input.runDays).toEqual(expected);
    expect(Date.parse(after.runPlanSource!.fetchedAt!)).toBeGreaterThanOrEqual(Date.parse(before.runPlanSource!.fetchedAt!));
    expect(server.requests.map((request) => request.url)).toEqual(["/coach.ics"]);
  });

  it("keeps a date the runner changed by hand (and one they added), and still takes the feed's other changes", async () => {
    const created = await create();
    expect((await put(created, validInput({ runPlanSource: { url: feedUrl() }, runDays: { ...FIRST, "2027-01-13": "rest", "2027-02-01": "long" } }))).status).toBe(200);
    calendar = feed(SECOND);
    const response = await post(created.id, bearer(created.editToken));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { plan: TPlan; changedDates: string[] };
    expect(body.plan.input.runDays!["2027-01-13"]).toBe("rest");
    expect(body.plan.input.runDays!["2027-02-01"]).toBe("long");
    expect(body.plan.input.runDays!["2027-01-07"]).toBe("hard");
    expect(body.changedDates).toEqual(["2027-01-07", "2027-01-17"]);
    // A second refresh with the same feed changes nothing, and the runner's dates still hold.
    const again = (await (await post(created.id, bearer(created.editToken))).json()) as { plan: TPlan; changedDates: string[] };
    expect(again.changedDates).toEqual([]);
    expect(again.plan.input.runDays).toEqual(body.plan.input.runDays);
  });

  it("a plan that had no run days from the link yet takes the whole feed", async () => {
    const created = await create({ runDays: undefined });
    const response = await post(created.id, bearer(created.editToken));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { plan: TPlan; changedDates: string[] };
    expect(body.plan.input.runDays).toEqual(FIRST);
    // Only the dates that differ from the template (rest hard easy easy rest easy long) changed.
    expect(body.changedDates).toEqual(["2027-01-04", "2027-01-09", "2027-01-10", "2027-01-16", "2027-01-17"]);
  });

  it("keeps a move whose date is still legal after the refresh", async () => {
    const created = await create();
    const plan = (await getPlanJson(created.id)).plan;
    // The week of 18 January follows the template (sessions Wednesday 20 and Friday 22) in both
    // feeds; Thursday 21 (easy, before a rest day) stays legal.
    const session = plan.sessions.find((candidate) => candidate.date === "2027-01-22")!;
    const moved = await PATCH(jsonRequest("PATCH", "/", { date: "2027-01-21" }, bearer(created.editToken)), context({ id: created.id, sessionId: session.id }));
    expect(moved.status).toBe(200);
    calendar = feed(SECOND);
    const body = (await (await post(created.id, bearer(created.editToken))).json()) as { plan: TPlan };
    expect(body.plan.sessions.find((candidate) => candidate.id === session.id)).toMatchObject({ date: "2027-01-21", movedFrom: "2027-01-22" });
    expect(JSON.parse((await row(created.id))!.adjustments)).toEqual({ moves: { [session.id]: "2027-01-21" }, skips: [] });
  });

  it("drops a move whose session the new feed removes, says so in the answer's warnings, and stores it dropped", async () => {
    const created = await create();
    const plan = (await getPlanJson(created.id)).plan;
    // The first feed's week of 11 January has sessions on Wednesday 13 and Sunday 17; the second
    // makes the 13th hard and the 17th a long run, so neither session exists any more.
    expect(plan.sessions.filter((candidate) => candidate.date >= "2027-01-11" && candidate.date <= "2027-01-17").map((candidate) => candidate.id)).toEqual([
      "2027-01-13-A",
      "2027-01-17-B",
    ]);
    const moved = await PATCH(jsonRequest("PATCH", "/", { date: "2027-01-14" }, bearer(created.editToken)), context({ id: created.id, sessionId: "2027-01-17-B" }));
    expect(moved.status).toBe(200);
    calendar = feed(SECOND);
    const body = (await (await post(created.id, bearer(created.editToken))).json()) as { plan: TPlan };
    expect(body.plan.sessions.find((candidate) => candidate.id === "2027-01-17-B")).toBeUndefined();
    expect(body.plan.warnings).toContainEqual(expect.objectContaining({ code: "adjustment-dropped", message: expect.stringContaining("2027-01-17-B") }));
    expect(JSON.parse((await row(created.id))!.adjustments)).toEqual({ moves: {}, skips: [] });
    // The stored plan no longer carries the dropped move, so later reads have no such warning.
    expect((await getPlanJson(created.id)).plan.warnings.filter((warning) => warning.code === "adjustment-dropped")).toEqual([]);
  });
});

describe("the snapshot behind 'changed by hand'", () => {
  it("create records the run days as sent; a PUT that drops the link drops it; a new link records a new one", async () => {
    const created = await create();
    expect(JSON.parse((await row(created.id))!.runPlanSnapshot!)).toEqual({ url: feedUrl(), fetchedAt: expect.any(String), days: FIRST });
    const kept = await put(created, validInput({ runPlanSource: { url: feedUrl() }, runDays: { ...FIRST, "2027-01-13": "rest" } }));
    expect(kept.status).toBe(200);
    expect(JSON.parse((await row(created.id))!.runPlanSnapshot!).days).toEqual(FIRST);
    expect((await put(created, validInput({ runDays: FIRST }))).status).toBe(200);
    expect((await row(created.id))!.runPlanSnapshot).toBeNull();
    expect((await getPlanJson(created.id)).runPlanSource).toBeNull();
    const other = `${server.origin}/other.ics`;
    expect((await put(created, validInput({ runPlanSource: { url: other }, runDays: SECOND }))).status).toBe(200);
    expect(JSON.parse((await row(created.id))!.runPlanSnapshot!)).toEqual({ url: other, fetchedAt: expect.any(String), days: SECOND });
  });

  it("GET never shows the snapshot's days", async () => {
    const created = await create();
    const body = await getPlanJson(created.id);
    expect(Object.keys(body.runPlanSource!).sort()).toEqual(["fetchedAt", "name", "url"]);
    const text = await (await GET(bareRequest("GET", `/api/plans/${created.id}`), context({ id: created.id }))).text();
    expect(text).not.toContain("runPlanSnapshot");
  });
});

describe("POST /api/plans/{id}/run-plan/refresh: errors change nothing", () => {
  async function expectUnchanged(created: TCreated, send: () => Promise<Response>, status: number, code: string): Promise<TErrorJson> {
    const before = await row(created.id);
    const error = await expectError(await send(), status, code);
    expect(await row(created.id)).toEqual(before);
    return error;
  }

  it("409 no_run_plan_source for a plan without a link (none, or a name only), without fetching", async () => {
    for (const overrides of [{ runPlanSource: undefined }, { runPlanSource: { name: "Uploaded file" } }]) {
      const created = await create(overrides);
      const error = await expectUnchanged(created, () => post(created.id, bearer(created.editToken)), 409, "no_run_plan_source");
      expect(error.error.message).toMatch(/link/);
    }
    expect(server.requests).toEqual([]);
  });

  it("502 fetch_failed when the server fails or nothing listens", async () => {
    const created = await create();
    server.handle((_request, response) => {
      response.statusCode = 500;
      response.end("down");
    });
    await expectUnchanged(created, () => post(created.id, bearer(created.editToken)), 502, "fetch_failed");
    const closed = await startCalendarServer();
    await closed.close();
    const orphan = await create({ runPlanSource: { url: `${closed.origin}/gone.ics` } });
    await expectUnchanged(orphan, () => post(orphan.id, bearer(orphan.editToken)), 502, "fetch_failed");
  });

  it("422 url_not_allowed when the host is no longer allowed, without a request", async () => {
    const created = await create();
    vi.stubEnv("RUN_PLAN_FETCH_ALLOW_HOSTS", "");
    await expectUnchanged(created, () => post(created.id, bearer(created.editToken)), 422, "url_not_allowed");
    expect(server.requests).toEqual([]);
  });

  it("422 invalid_calendar for a page that is not a calendar; 413 for one over 2 MB", async () => {
    const created = await create();
    server.handle((_request, response) => response.end("<!doctype html><title>Sign in</title>"));
    await expectUnchanged(created, () => post(created.id, bearer(created.editToken)), 422, "invalid_calendar");
    server.handle((_request, response) => response.end(vcalendar(allDay("20270104", "Easy run", `DESCRIPTION:${"x".repeat(3 * 1024 * 1024)}`))));
    await expectUnchanged(created, () => post(created.id, bearer(created.editToken)), 413, "payload_too_large");
  });

  it("401 without a token, 403 with a wrong or another plan's token, 404 for an unknown plan: before any fetch", async () => {
    const created = await create();
    const other = await create();
    await expectUnchanged(created, () => post(created.id), 401, "unauthorized");
    await expectUnchanged(created, () => post(created.id, bearer("not-the-token")), 403, "forbidden");
    await expectUnchanged(created, () => post(created.id, bearer(other.editToken)), 403, "forbidden");
    await expectError(await post("AAAAAAAAAAAAAAAAAAAAAA", bearer(created.editToken)), 404, "not_found");
    expect(server.requests).toEqual([]);
  });

  it("409 conflict when the plan is edited while the feed is being read, and the edit wins", async () => {
    const created = await create();
    const edited = validInput({ runPlanSource: { url: feedUrl() }, runDays: { ...FIRST, "2027-01-14": "rest" } });
    server.handle((_request, response) => {
      void put(created, edited).then((answer) => {
        expect(answer.status).toBe(200);
        response.end(feed(SECOND));
      });
    });
    const between = await expectError(await post(created.id, bearer(created.editToken)), 409, "conflict");
    expect(between.error.message).toMatch(/changed/);
    expect((await getPlanJson(created.id)).input.runDays).toEqual({ ...FIRST, "2027-01-14": "rest" });
  });

  it("405 for other methods, OPTIONS 204", async () => {
    for (const handler of [refreshGet, refreshDelete]) {
      const response = await handler();
      await expectError(response, 405, "method_not_allowed");
      expect(response.headers.get("allow")).toBe("POST, OPTIONS");
    }
    expect((await refreshOptions()).status).toBe(204);
  });
});
