import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DELETE, GET, OPTIONS, POST } from "@/app/api/run-plan/import/route";
import { PlanError } from "@/lib/plans/plan-error";
import { importRunPlanRequest, RUN_PLAN_IMPORT_BODY_BYTES } from "@/lib/plans/import-run-plan";
import { fetchCalendar } from "@/lib/run-plan/fetch-calendar";
import { readImportLimit, resetImportRateLimiter } from "@/lib/http/rate-limit";
import { allDay, vcalendar, vevent } from "@/tests/fixtures/calendar-text";
import { easyRunsCalendar, startCalendarServer, type TCalendarServer } from "./calendar-server";
import { BASE, bareRequest, jsonRequest } from "./requests";

const PATH = "/api/run-plan/import";
const RUNNA = readFileSync(path.resolve(__dirname, "../fixtures/run-plans/runna-like.ics"), "utf8");

type TErrorJson = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return POST(jsonRequest("POST", PATH, body, headers));
}

async function expectError(response: Response, status: number, code: string): Promise<TErrorJson> {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await response.json()) as TErrorJson;
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body;
}

let server: TCalendarServer;

beforeAll(async () => {
  server = await startCalendarServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  vi.stubEnv("RUN_PLAN_FETCH_ALLOW_HOSTS", "127.0.0.1");
  // Hundreds of imports from one address-less client: the limiter has its own test below.
  vi.stubEnv("RATE_LIMIT_IMPORT_PER_MINUTE", "0");
  resetImportRateLimiter();
  server.requests.length = 0;
  server.handle((_request, response) => {
    response.setHeader("content-type", "text/calendar; charset=utf-8");
    response.end(easyRunsCalendar("20270104", "20270106"));
  });
});
afterEach(() => {
  vi.unstubAllEnvs();
  resetImportRateLimiter();
});

describe("POST /api/run-plan/import: 200", () => {
  it("reads pasted calendar text into the exact result shape, nothing else", async () => {
    const response = await post({ ics: RUNNA, timeZone: "Europe/London" });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["days", "ignored", "races", "range", "warnings"]);
    expect(body.range).toEqual({ start: "2027-03-02", end: "2027-03-28" });
    expect(body.races).toEqual([{ date: "2027-03-28", name: "Bath Half", distance: "half" }]);
    const days = body.days as { date: string; kind: string; confidence: string; events: { summary: string; kind: string }[] }[];
    expect(days).toHaveLength(27);
    for (const day of days) {
      expect(Object.keys(day).sort()).toEqual(["confidence", "date", "events", "kind"]);
      for (const event of day.events) expect(Object.keys(event).sort()).toEqual(["kind", "summary"]);
    }
    expect(days[0]).toEqual({ date: "2027-03-02", kind: "easy", confidence: "high", events: [{ summary: "🏃 Easy Run · 6km", kind: "easy" }] });
    expect((body.ignored as unknown[])[0]).toEqual({ date: "2027-03-04", summary: "💪 Strength: Lower Body", reason: "strength" });
  });

  it("canonicalises the time zone (case and links) and honours from/to", async () => {
    const response = await post({ ics: RUNNA, timeZone: "europe/london", from: "2027-03-10", to: "2027-03-14" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { days: { date: string }[]; warnings: { code: string }[] };
    expect(body.days.map((day) => day.date)).toEqual(["2027-03-10", "2027-03-11", "2027-03-12", "2027-03-13", "2027-03-14"]);
    expect(body.warnings.map((warning) => warning.code)).toContain("events_outside_range");
  });

  it("fetches a linked calendar from an allow-listed host (127.0.0.1 over http, webcal falling back to http)", async () => {
    for (const url of [`${server.origin}/feed.ics`, `webcal://127.0.0.1:${server.port}/feed.ics`]) {
      const response = await post({ url, timeZone: "Europe/London" });
      expect(response.status).toBe(200);
      const body = (await response.json()) as { days: { date: string; kind: string }[] };
      expect(body.days.map((day) => `${day.date} ${day.kind}`)).toEqual(["2027-01-04 easy", "2027-01-05 rest", "2027-01-06 easy"]);
    }
  });

  it("answers a calendar without runs with no_runs", async () => {
    const response = await post({ ics: vcalendar(allDay("20270104", "Gym")), timeZone: "UTC" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ days: [], range: null, warnings: [{ code: "no_runs" }] });
  });
});

describe("POST /api/run-plan/import: 422 validation_failed, field by field", () => {
  it.each([
    ["no timeZone", { ics: RUNNA }, "timeZone"],
    ["an unknown timeZone", { ics: RUNNA, timeZone: "Mars/Olympus" }, "timeZone"],
    ["timeZone not text", { ics: RUNNA, timeZone: 1 }, "timeZone"],
    ["neither ics nor url", { timeZone: "UTC" }, "ics"],
    ["both ics and url", { ics: RUNNA, url: "https://calendar.example.com/a.ics", timeZone: "UTC" }, "url"],
    ["ics not text", { ics: ["BEGIN:VCALENDAR"], timeZone: "UTC" }, "ics"],
    ["url not a link", { url: "calendar please", timeZone: "UTC" }, "url"],
    ["an impossible from", { ics: RUNNA, timeZone: "UTC", from: "2027-02-30" }, "from"],
    ["to before from", { ics: RUNNA, timeZone: "UTC", from: "2027-03-10", to: "2027-03-01" }, "to"],
    ["an unknown key", { ics: RUNNA, timeZone: "UTC", apply: true }, "apply"],
  ])("%s", async (_case, body, field) => {
    const error = await expectError(await post(body), 422, "validation_failed");
    expect(error.error.issues?.map((issue) => issue.path)).toContain(field);
  });

  it("rejects a body that is not an object", async () => {
    await expectError(await post([1, 2]), 422, "validation_failed");
  });
});

describe("POST /api/run-plan/import: calendar errors", () => {
  it("422 invalid_calendar for text that is not a calendar", async () => {
    await expectError(await post({ ics: "<html><body>Sign in to Google</body></html>", timeZone: "UTC" }), 422, "invalid_calendar");
  });

  it("422 invalid_calendar for a linked page that is not a calendar", async () => {
    server.handle((_request, response) => response.end("<!doctype html><title>Login</title>"));
    await expectError(await post({ url: `${server.origin}/login`, timeZone: "UTC" }), 422, "invalid_calendar");
  });

  it("422 too_many_events for 10,000 events in the range", async () => {
    const events = Array.from({ length: 10_000 }, (_, index) =>
      vevent(`UID:e${index}@flood`, `DTSTART;VALUE=DATE:202702${String(1 + (index % 28)).padStart(2, "0")}`, "SUMMARY:Easy run"),
    );
    await expectError(await post({ ics: vcalendar(...events), timeZone: "UTC" }), 422, "too_many_events");
  });

  it("422 too_many_events for a rule repeating every minute", async () => {
    const ics = vcalendar(vevent("DTSTART:20270101T070000Z", "RRULE:FREQ=MINUTELY", "SUMMARY:Easy run"));
    await expectError(await post({ ics, timeZone: "UTC" }), 422, "too_many_events");
  });

  it("200 with events_skipped for a rule that never lands on a date", async () => {
    const ics = vcalendar(vevent("DTSTART:20270101T070000Z", "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "SUMMARY:never"), allDay("20270105", "Tempo"));
    const response = await post({ ics, timeZone: "UTC" });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { days: { kind: string }[]; warnings: { code: string }[] };
    expect(body.days.map((day) => day.kind)).toEqual(["hard"]);
    expect(body.warnings.map((warning) => warning.code)).toContain("events_skipped");
  });
});

describe("POST /api/run-plan/import: 413 payload_too_large", () => {
  const threeMegabytes = () => vcalendar(allDay("20270104", "Easy run", `DESCRIPTION:${"x".repeat(3 * 1024 * 1024)}`));

  it("for over 2 MB of pasted calendar text", async () => {
    const error = await expectError(await post({ ics: threeMegabytes(), timeZone: "UTC" }), 413, "payload_too_large");
    expect(error.error.message).toBe("The calendar is larger than 2 MB.");
  });

  it("for a body over the route's cap, declared or actual", async () => {
    const huge = JSON.stringify({ ics: "x".repeat(RUN_PLAN_IMPORT_BODY_BYTES), timeZone: "UTC" });
    await expectError(await post(huge), 413, "payload_too_large");
    await expectError(await post({ ics: "", timeZone: "UTC" }, { "content-length": String(RUN_PLAN_IMPORT_BODY_BYTES + 1) }), 413, "payload_too_large");
  });

  it("for a linked calendar over 2 MB", async () => {
    server.handle((_request, response) => response.end(threeMegabytes()));
    await expectError(await post({ url: `${server.origin}/big.ics`, timeZone: "UTC" }), 413, "payload_too_large");
  });
});

describe("POST /api/run-plan/import: links (url_not_allowed 422, fetch_failed 502)", () => {
  it.each([
    ["a plain http link", "http://calendar.example.com/feed.ics"],
    ["an ftp link", "ftp://calendar.example.com/feed.ics"],
    ["a loopback address (127.0.0.2: only 127.0.0.1 is allow-listed)", "https://127.0.0.2/feed.ics"],
    ["localhost", "https://localhost/feed.ics"],
    ["IPv6 loopback", "https://[::1]/feed.ics"],
    ["the cloud metadata address", "https://169.254.169.254/latest/meta-data/"],
    ["a private address", "https://192.168.1.10/feed.ics"],
  ])("refuses %s", async (_case, url) => {
    await expectError(await post({ url, timeZone: "UTC" }), 422, "url_not_allowed");
  });

  it("refuses loopback addresses when the allow-list is empty", async () => {
    vi.stubEnv("RUN_PLAN_FETCH_ALLOW_HOSTS", "");
    await expectError(await post({ url: `${server.origin}/feed.ics`, timeZone: "UTC" }), 422, "url_not_allowed");
    expect(server.requests).toEqual([]);
  });

  it.each(["http://[::1]:PORT/feed.ics", "http://localhost:PORT/feed.ics", "https://[::1]:PORT/feed.ics", "https://localhost:PORT/feed.ics"])(
    "refuses a redirect from the allowed server to %s",
    async (target) => {
      server.handle((_request, response) => {
        response.writeHead(302, { location: target.replace("PORT", String(server.port)) });
        response.end();
      });
      await expectError(await post({ url: `${server.origin}/feed.ics`, timeZone: "UTC" }), 422, "url_not_allowed");
      expect(server.requests).toHaveLength(1);
    },
  );

  it("502 when nothing listens", async () => {
    const closed = await startCalendarServer();
    await closed.close();
    await expectError(await post({ url: `${closed.origin}/feed.ics`, timeZone: "UTC" }), 502, "fetch_failed");
  });

  it("502 for a non-2xx answer and for more than 3 redirects", async () => {
    server.handle((_request, response) => {
      response.statusCode = 403;
      response.end("forbidden");
    });
    await expectError(await post({ url: `${server.origin}/private.ics`, timeZone: "UTC" }), 502, "fetch_failed");
    server.handle((request, response) => {
      response.writeHead(302, { location: `${request.url}x` });
      response.end();
    });
    await expectError(await post({ url: `${server.origin}/r`, timeZone: "UTC" }), 502, "fetch_failed");
    expect(server.requests.at(-1)?.url).toBe("/rxxx");
  });

  it("502 for a server too slow to answer (timeout injected: 200 ms instead of 10 s)", async () => {
    server.handle(() => undefined);
    const quick = { fetchCalendar: (url: string) => fetchCalendar(url, { timeoutMs: 200 }) };
    const thrown = await importRunPlanRequest({ url: `${server.origin}/slow.ics`, timeZone: "UTC" }, quick).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(PlanError);
    expect(thrown).toMatchObject({ code: "fetch_failed", message: "The calendar server did not answer within 0.2 s." });
  });
});

describe("POST /api/run-plan/import rate limit (RATE_LIMIT_IMPORT_PER_MINUTE)", () => {
  const fromClient = (ip: string, body: unknown = { ics: RUNNA, timeZone: "UTC" }) => post(body, { "x-forwarded-for": ip });

  it("allows the limit per client, then 429 with Retry-After before the body is read; clients are kept apart", async () => {
    vi.stubEnv("RATE_LIMIT_IMPORT_PER_MINUTE", "2");
    resetImportRateLimiter();
    expect((await fromClient("203.0.113.40")).status).toBe(200);
    expect((await fromClient("203.0.113.40", "{ not json")).status).toBe(400);
    const refused = await fromClient("203.0.113.40", "{ not json");
    const body = await expectError(refused, 429, "rate_limited");
    expect(body.error.message).toMatch(/calendar imports/);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await fromClient("203.0.113.41")).status).toBe(200);
  });

  it("defaults to 20 a minute, falls back to it for nonsense, and 0 disables it (the default here)", async () => {
    expect(readImportLimit({})).toBe(20);
    expect(readImportLimit({ RATE_LIMIT_IMPORT_PER_MINUTE: "lots" })).toBe(20);
    expect(readImportLimit({ RATE_LIMIT_IMPORT_PER_MINUTE: " 5 " })).toBe(5);
    expect(readImportLimit({ RATE_LIMIT_IMPORT_PER_MINUTE: "0" })).toBe(0);
    for (let i = 0; i < 25; i++) expect((await fromClient("203.0.113.42", "{")).status).toBe(400);
  });
});

describe("/api/run-plan/import: other methods and bodies", () => {
  it("405 for GET and DELETE with Allow: POST, OPTIONS 204", async () => {
    for (const handler of [GET, DELETE]) {
      const response = await handler();
      await expectError(response, 405, "method_not_allowed");
      expect(response.headers.get("allow")).toBe("POST, OPTIONS");
    }
    expect((await OPTIONS()).status).toBe(204);
  });

  it("415 for another content type, 400 for broken JSON", async () => {
    await expectError(await POST(bareRequest("POST", PATH, { "content-type": "text/calendar" })), 415, "unsupported_media_type");
    await expectError(await post("{ not json"), 400, "invalid_json");
  });
});

describe("POST /api/run-plan/import never answers a 500", () => {
  const lines = RUNNA.split("\r\n");
  const mangled = fc
    .array(
      fc.oneof(
        fc.record({ drop: fc.nat(lines.length - 1) }),
        fc.record({ insert: fc.nat(lines.length - 1), text: fc.string({ unit: "binary", maxLength: 80 }) }),
        fc.record({ cut: fc.nat(lines.length - 1) }),
      ),
      { maxLength: 12 },
    )
    .map((edits) => {
      let out = [...lines];
      for (const edit of edits) {
        if ("drop" in edit) out.splice(edit.drop % Math.max(out.length, 1), 1);
        else if ("insert" in edit) out.splice(edit.insert % Math.max(out.length, 1), 0, edit.text);
        else out = out.slice(0, edit.cut % Math.max(out.length, 1));
      }
      return out.join("\r\n");
    });

  it("for damaged calendars: 200 or 422, always the JSON shape", async () => {
    await fc.assert(
      fc.asyncProperty(mangled, fc.constantFrom("Europe/London", "Pacific/Auckland", "UTC"), async (ics, timeZone) => {
        const response = await post({ ics, timeZone });
        expect([200, 422]).toContain(response.status);
        const body = (await response.json()) as Record<string, unknown>;
        expect(response.status === 200 ? Object.keys(body).sort() : Object.keys(body)).toEqual(
          response.status === 200 ? ["days", "ignored", "races", "range", "warnings"] : ["error"],
        );
      }),
      { numRuns: 120 },
    );
  });

  it("for arbitrary JSON and arbitrary text: never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.jsonValue(), fc.record({ ics: fc.string({ unit: "binary", maxLength: 400 }), timeZone: fc.constant("UTC") })),
        async (value) => {
          const response = await post(JSON.stringify(value));
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
  });
});

it("builds requests against the test base URL", () => {
  expect(BASE).toMatch(/^http:\/\/stridelift\.test$/);
});
