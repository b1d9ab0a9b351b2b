import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fetchCalendar, type TFetchCalendarOptions } from "@/lib/run-plan/fetch-calendar";
import { RunPlanError } from "@/lib/run-plan/run-plan-error";
import { easyRunsCalendar, startCalendarServer, type TCalendarServer } from "@/tests/integration/calendar-server";

const CALENDAR = easyRunsCalendar("20270104");
const LOCAL = new Set(["127.0.0.1"]);

let server: TCalendarServer;

beforeAll(async () => {
  server = await startCalendarServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
  server.handle((_request, response) => {
    response.setHeader("content-type", "text/calendar; charset=utf-8");
    response.end(CALENDAR);
  });
});

async function failure(url: string, options: TFetchCalendarOptions = {}): Promise<{ code: string; message: string }> {
  try {
    await fetchCalendar(url, { allowHosts: LOCAL, ...options });
  } catch (error) {
    if (error instanceof RunPlanError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected the fetch to fail");
}

describe("fetchCalendar: allowed fetches", () => {
  it("downloads a calendar from an allow-listed host over plain http", async () => {
    expect(await fetchCalendar(`${server.origin}/feed.ics`, { allowHosts: LOCAL })).toBe(CALENDAR);
    expect(server.requests).toEqual([{ url: "/feed.ics", host: `127.0.0.1:${server.port}` }]);
  });

  it("falls back from https to http for a webcal:// link to an allow-listed host without TLS", async () => {
    expect(await fetchCalendar(`webcal://127.0.0.1:${server.port}/feed.ics`, { allowHosts: LOCAL })).toBe(CALENDAR);
  });

  it("follows up to 3 redirects, resolving relative locations", async () => {
    server.handle((request, response) => {
      const hop = Number(request.url?.split("/")[2] ?? 0);
      if (hop < 3) {
        response.writeHead(302, { location: `/hop/${hop + 1}` });
        response.end();
      } else {
        response.end(CALENDAR);
      }
    });
    expect(await fetchCalendar(`${server.origin}/hop/0`, { allowHosts: LOCAL })).toBe(CALENDAR);
    expect(server.requests.map((request) => request.url)).toEqual(["/hop/0", "/hop/1", "/hop/2", "/hop/3"]);
  });

  it("connects to the address it checked, sending the original host name", async () => {
    const pinned = await startCalendarServer("127.0.0.2");
    pinned.handle((_request, response) => response.end(CALENDAR));
    let lookups = 0;
    try {
      const text = await fetchCalendar(`http://localhost:${pinned.port}/feed.ics`, {
        allowHosts: new Set(["localhost"]),
        // The system resolver would answer 127.0.0.1 or ::1, where nothing listens on this port.
        resolveHost: async () => {
          lookups += 1;
          return [{ address: "127.0.0.2", family: 4 }];
        },
      });
      expect(text).toBe(CALENDAR);
      expect(lookups).toBe(1);
      expect(pinned.requests).toEqual([{ url: "/feed.ics", host: `localhost:${pinned.port}` }]);
    } finally {
      await pinned.close();
    }
  });
});

describe("fetchCalendar: refused links (url_not_allowed), before any connection", () => {
  it.each([
    ["a plain http link to a host not on the allow-list", (port: number) => `http://127.0.0.1:${port}/feed.ics`, new Set<string>()],
    ["https to a loopback address not on the allow-list", (port: number) => `https://127.0.0.1:${port}/feed.ics`, new Set<string>()],
    ["an ftp link, even allow-listed", (port: number) => `ftp://127.0.0.1:${port}/feed.ics`, LOCAL],
  ])("refuses %s", async (_case, url, allowHosts) => {
    expect((await failure(url(server.port), { allowHosts })).code).toBe("url_not_allowed");
    expect(server.requests).toEqual([]);
  });

  it.each([
    ["http://[::1]:PORT/feed.ics", "Only https://"],
    ["http://localhost:PORT/feed.ics", "Only https://"],
    ["https://[::1]:PORT/feed.ics", "loopback"],
    ["https://localhost:PORT/feed.ics", "local or internal name"],
    ["https://169.254.169.254/latest/meta-data/", "cloud metadata"],
    ["https://[::ffff:7f00:1]:PORT/", "IPv4-mapped"],
  ])("refuses a redirect from the allowed server to %s", async (target, reason) => {
    server.handle((_request, response) => {
      response.writeHead(302, { location: target.replace("PORT", String(server.port)) });
      response.end();
    });
    const result = await failure(`${server.origin}/feed.ics`);
    expect(result.code).toBe("url_not_allowed");
    expect(result.message).toContain(reason);
    expect(server.requests).toHaveLength(1);
  });

  it("refuses a host name that resolves to a refused address, without connecting", async () => {
    const resolveHost = async () => [
      { address: "203.0.114.10", family: 4 },
      { address: "10.1.2.3", family: 4 },
    ];
    const result = await failure("https://calendar.example.com/feed.ics", { resolveHost });
    expect(result).toEqual({ code: "url_not_allowed", message: "The host calendar.example.com resolves to a private (10.0.0.0/8) address." });
  });

  it("refuses a redirect to a host name that resolves to loopback", async () => {
    server.handle((_request, response) => {
      response.writeHead(301, { location: "https://rebind.example.com/feed.ics" });
      response.end();
    });
    const resolveHost = async () => [{ address: "::1", family: 6 }];
    expect((await failure(`${server.origin}/feed.ics`, { resolveHost })).code).toBe("url_not_allowed");
  });
});

describe("fetchCalendar: failures (fetch_failed, too_large)", () => {
  it("gives up after 3 redirects", async () => {
    server.handle((request, response) => {
      response.writeHead(307, { location: `${request.url}/again` });
      response.end();
    });
    const result = await failure(`${server.origin}/loop`);
    expect(result).toEqual({ code: "fetch_failed", message: "The link redirects more than 3 times." });
    expect(server.requests).toHaveLength(4);
  });

  it("reports a non-2xx answer", async () => {
    server.handle((_request, response) => {
      response.statusCode = 404;
      response.end("not here");
    });
    expect(await failure(`${server.origin}/missing.ics`)).toEqual({ code: "fetch_failed", message: "The calendar server answered 404." });
  });

  it("reports a refused connection", async () => {
    const closed = await startCalendarServer();
    await closed.close();
    expect(await failure(`${closed.origin}/feed.ics`)).toEqual({ code: "fetch_failed", message: "The calendar server refused the connection." });
  });

  it("reports a host that does not resolve", async () => {
    const resolveHost = async () => {
      throw Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    };
    expect((await failure("https://nowhere.example.com/feed.ics", { resolveHost })).message).toBe("The host nowhere.example.com could not be found.");
  });

  it("times out a server that never answers", async () => {
    server.handle(() => undefined);
    expect(await failure(`${server.origin}/silent.ics`, { timeoutMs: 200 })).toEqual({
      code: "fetch_failed",
      message: "The calendar server did not answer within 0.2 s.",
    });
  });

  it("times out a body that trickles in, one deadline for the whole fetch", async () => {
    let timer: NodeJS.Timeout | undefined;
    server.handle((_request, response) => {
      response.writeHead(200, { "content-type": "text/calendar" });
      response.write("BEGIN:VCALENDAR\r\n");
      timer = setInterval(() => response.write("X-PAD:slow\r\n"), 50);
      response.on("close", () => clearInterval(timer));
    });
    const started = performance.now();
    expect((await failure(`${server.origin}/slow.ics`, { timeoutMs: 300 })).code).toBe("fetch_failed");
    expect(performance.now() - started).toBeLessThan(5_000);
    clearInterval(timer);
  });

  it("stops reading past 2 MB and drops the connection (the server sees it close early)", async () => {
    const total = 8 * 1024 * 1024;
    const closed = new Promise<{ written: number; finished: boolean }>((resolve) => {
      server.handle((_request, response) => {
        let written = 0;
        const chunk = Buffer.alloc(64 * 1024, "X");
        response.writeHead(200, { "content-type": "text/calendar" });
        const pump = () => {
          while (written < total) {
            written += chunk.byteLength;
            if (!response.write(chunk)) return void response.once("drain", pump);
          }
          response.end();
        };
        response.on("close", () => resolve({ written, finished: response.writableFinished }));
        pump();
      });
    });
    expect((await failure(`${server.origin}/huge.ics`)).code).toBe("too_large");
    const seen = await closed;
    expect(seen.finished).toBe(false);
    expect(seen.written).toBeLessThan(total);
  });

  it("refuses a declared Content-Length over the cap without reading the body", async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { "content-length": String(3 * 1024 * 1024) });
      response.write("BEGIN:VCALENDAR");
    });
    expect(await failure(`${server.origin}/declared.ics`)).toEqual({ code: "too_large", message: "The calendar is larger than 2 MB." });
  });
});
