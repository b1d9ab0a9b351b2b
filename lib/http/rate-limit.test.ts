import { describe, expect, it } from "vitest";
import {
  DEFAULT_CREATE_LIMIT_PER_MINUTE,
  clientKeyFromHeaders,
  createRateLimiter,
  limitPlanCreation,
  readCreateLimit,
} from "@/lib/http/rate-limit";

function fakeClock(start = 1_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

describe("createRateLimiter (sliding window)", () => {
  it("allows exactly `limit` attempts per window, then refuses with Retry-After", () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: clock.now });
    expect(limiter.check("a")).toEqual({ allowed: true, remaining: 2 });
    clock.advance(10_000);
    expect(limiter.check("a")).toEqual({ allowed: true, remaining: 1 });
    expect(limiter.check("a")).toEqual({ allowed: true, remaining: 0 });
    // The oldest attempt leaves the window 50 s from now.
    expect(limiter.check("a")).toEqual({ allowed: false, retryAfterSeconds: 50 });
  });

  it("frees a slot once the oldest attempt slides out of the window", () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: clock.now });
    limiter.check("a");
    clock.advance(30_000);
    limiter.check("a");
    clock.advance(29_999);
    expect(limiter.check("a").allowed).toBe(false);
    clock.advance(1);
    expect(limiter.check("a")).toEqual({ allowed: true, remaining: 0 });
    // The second attempt (t=30 s) is the oldest now: it leaves at t=90 s, 30 s from t=60 s.
    expect(limiter.check("a")).toEqual({ allowed: false, retryAfterSeconds: 30 });
  });

  it("refused attempts do not extend the wait", () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, now: clock.now });
    limiter.check("a");
    for (let i = 0; i < 10; i++) {
      clock.advance(5_000);
      limiter.check("a");
    }
    clock.advance(10_000);
    expect(limiter.check("a").allowed).toBe(true);
  });

  it("rounds a sub-second wait up to 1 second", () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, now: clock.now });
    limiter.check("a");
    clock.advance(59_700);
    expect(limiter.check("a")).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("keeps one window per client", () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 1, now: clock.now });
    expect(limiter.check("10.0.0.1").allowed).toBe(true);
    expect(limiter.check("10.0.0.1").allowed).toBe(false);
    expect(limiter.check("10.0.0.2").allowed).toBe(true);
  });

  it("limit 0 disables limiting", () => {
    const limiter = createRateLimiter({ limit: 0, now: () => 0 });
    for (let i = 0; i < 1000; i++) expect(limiter.check("a").allowed).toBe(true);
    expect(limiter.size()).toBe(0);
  });

  it("bounds memory: never tracks more than maxKeys clients, dropping expired ones first", () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 5, windowMs: 60_000, now: clock.now, maxKeys: 100 });
    for (let i = 0; i < 100; i++) limiter.check(`old-${i}`);
    clock.advance(61_000);
    limiter.check("busy");
    limiter.check("new");
    expect(limiter.size()).toBeLessThanOrEqual(100);
    for (let i = 0; i < 500; i++) limiter.check(`flood-${i}`);
    expect(limiter.size()).toBe(100);
  });
});

describe("readCreateLimit (RATE_LIMIT_CREATE_PER_MINUTE)", () => {
  it("reads a whole number, 0 included", () => {
    expect(readCreateLimit({ RATE_LIMIT_CREATE_PER_MINUTE: "120" })).toBe(120);
    expect(readCreateLimit({ RATE_LIMIT_CREATE_PER_MINUTE: "0" })).toBe(0);
  });

  it("falls back to the default when unset or not a whole number", () => {
    for (const value of [undefined, "", "abc", "-1", "1.5", "1e3"]) {
      expect(readCreateLimit({ RATE_LIMIT_CREATE_PER_MINUTE: value })).toBe(DEFAULT_CREATE_LIMIT_PER_MINUTE);
    }
  });
});

describe("clientKeyFromHeaders", () => {
  it("uses the first X-Forwarded-For entry, then X-Real-IP", () => {
    expect(clientKeyFromHeaders(new Headers({ "x-forwarded-for": " 203.0.113.7 , 10.0.0.1" }))).toBe("203.0.113.7");
    expect(clientKeyFromHeaders(new Headers({ "x-real-ip": "198.51.100.2" }))).toBe("198.51.100.2");
    expect(clientKeyFromHeaders(new Headers())).toBe("unknown");
  });
});

describe("limitPlanCreation", () => {
  it("answers 429 JSON { error: { code: rate_limited, message } } with Retry-After once over the limit", async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ limit: 2, now: clock.now });
    const request = () => new Request("http://localhost/api/plans", { method: "POST", headers: { "x-forwarded-for": "192.0.2.1" } });
    expect(await limitPlanCreation(request(), limiter)).toBeNull();
    expect(await limitPlanCreation(request(), limiter)).toBeNull();
    const response = await limitPlanCreation(request(), limiter);
    expect(response?.status).toBe(429);
    expect(response?.headers.get("retry-after")).toBe("60");
    expect(response?.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response?.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("rate_limited");
    expect(body.error.message).toMatch(/try again in 60 seconds/i);
    // Another client is not affected.
    const other = new Request("http://localhost/api/plans", { method: "POST", headers: { "x-forwarded-for": "192.0.2.2" } });
    expect(await limitPlanCreation(other, limiter)).toBeNull();
  });
});
