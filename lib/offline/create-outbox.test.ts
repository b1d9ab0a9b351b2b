import { describe, expect, it } from "vitest";
import type { TSessionLogInputRaw } from "@/lib/session-log-input";
import { createMemoryOutboxStore } from "./memory-outbox-store";
import { createOutbox, type TOutboxDeps } from "./create-outbox";
import type { TOutboxStore } from "./outbox-store";

const BODY: TSessionLogInputRaw = { status: "done", exercises: [{ exerciseId: "goblet-squat", sets: [{ reps: 10, load: 16 }], rir: 2 }] };
const PLAN = { engineVersion: "test", sessions: [] };

type TCall = { url: string; method: string; authorization: string | null; body: unknown };
type TReply = { status: number; body?: unknown } | "network-error";

/** A fake server: answers each PUT with the next scripted reply (the last one repeats) and records what it got. */
function fakeServer(replies: TReply[], beforeReply?: () => Promise<void>) {
  const calls: TCall[] = [];
  const fetch: typeof globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    calls.push({ url: String(input), method: init?.method ?? "GET", authorization: headers.get("Authorization"), body: JSON.parse(String(init?.body)) });
    await beforeReply?.();
    const reply = replies[Math.min(calls.length - 1, replies.length - 1)];
    if (reply === "network-error") throw new TypeError("Failed to fetch");
    return new Response(JSON.stringify(reply.body ?? { plan: PLAN }), { status: reply.status, headers: { "Content-Type": "application/json" } });
  };
  return { calls, fetch };
}

function setup(options: { replies: TReply[]; online?: boolean; store?: TOutboxStore; beforeReply?: () => Promise<void> }) {
  const server = fakeServer(options.replies, options.beforeReply);
  let clock = 1_000_000;
  let ids = 0;
  const events = { changes: 0, syncRequests: 0 };
  const store = options.store ?? createMemoryOutboxStore();
  const deps: TOutboxDeps = {
    store,
    fetch: server.fetch,
    now: () => clock,
    random: () => 0.5,
    newId: () => `id-${++ids}`,
    withLock: (work) => work(),
    isOnline: () => options.online ?? true,
    announceChange: () => void events.changes++,
    requestBackgroundSync: () => void events.syncRequests++,
  };
  return { outbox: createOutbox(deps), server, store, events, advance: (ms: number) => void (clock += ms) };
}

const LOG = { planId: "plan1", sessionId: "2027-01-06-A", body: BODY, token: "secret-token" };

describe("createOutbox", () => {
  it("sends at once when online: one PUT with the token in the Authorization header only, and nothing left behind", async () => {
    const { outbox, server, store } = setup({ replies: [{ status: 200 }] });
    const result = await outbox.queueLog(LOG);
    expect(result).toEqual({ status: "sent", plan: PLAN });
    expect(server.calls).toEqual([
      { url: "/api/plans/plan1/sessions/2027-01-06-A/log", method: "PUT", authorization: "Bearer secret-token", body: BODY },
    ]);
    expect(server.calls[0].url).not.toContain("secret-token");
    expect(await store.list()).toEqual([]);
    expect((await outbox.flushOutbox()).sent).toBe(0);
    expect(server.calls).toHaveLength(1);
  });

  it("keeps a log made offline, asks for Background Sync, and sends it exactly once when flushed", async () => {
    const { outbox, server, events } = setup({ replies: [{ status: 200 }], online: false });
    expect(await outbox.queueLog(LOG)).toEqual({ status: "queued" });
    expect(server.calls).toHaveLength(0);
    expect(events.syncRequests).toBe(1);
    const [pending] = await outbox.listPending("plan1");
    expect(pending).toMatchObject({ planId: "plan1", sessionId: "2027-01-06-A", state: "pending", body: BODY });
    expect(pending).not.toHaveProperty("authorization");
    expect(JSON.stringify(await outbox.listPending())).not.toContain("secret-token");

    expect(await outbox.flushOutbox()).toEqual({ sent: 1, failed: 0, waiting: 0, nextAttemptAt: null });
    expect(await outbox.flushOutbox()).toEqual({ sent: 0, failed: 0, waiting: 0, nextAttemptAt: null });
    expect(server.calls).toHaveLength(1);
    expect(await outbox.listPending()).toEqual([]);
  });

  it("keeps a log through network errors and 5xx with a growing backoff, and removes it only after a 2xx", async () => {
    const { outbox, server, advance } = setup({ replies: ["network-error", { status: 503, body: { error: { code: "database_unavailable", message: "Busy" } } }, { status: 200 }] });
    expect(await outbox.queueLog(LOG)).toEqual({ status: "queued" });
    let [pending] = await outbox.listPending();
    expect(pending).toMatchObject({ attempts: 1, nextAttemptAt: 1_000_000 + 5_000, error: { code: "network" } });

    advance(5_000);
    const second = await outbox.flushOutbox();
    expect(second).toEqual({ sent: 0, failed: 0, waiting: 1, nextAttemptAt: 1_005_000 + 10_000 });
    [pending] = await outbox.listPending();
    expect(pending).toMatchObject({ state: "pending", attempts: 2, error: { code: "database_unavailable", message: "Busy" } });

    expect((await outbox.flushOutbox()).sent).toBe(1);
    expect(server.calls).toHaveLength(3);
    expect(await outbox.listPending()).toEqual([]);
  });

  it("treats 409 conflict and 429 as worth retrying", async () => {
    for (const status of [409, 429]) {
      const { outbox } = setup({ replies: [{ status, body: { error: { code: "x", message: "again" } } }] });
      expect(await outbox.queueLog(LOG)).toEqual({ status: "queued" });
    }
  });

  it("keeps a 4xx refusal visible with its issues, stops sending it, and lets the runner drop it", async () => {
    const issues = [{ path: "exercises.0.sets.0.reps", message: "At most 100 reps in a set" }];
    const { outbox, server } = setup({ replies: [{ status: 422, body: { error: { code: "validation_failed", message: "Some fields are invalid", issues } } }] });
    const result = await outbox.queueLog(LOG);
    expect(result).toEqual({ status: "failed", error: { code: "validation_failed", message: "Some fields are invalid", issues } });
    expect((await outbox.listPending())[0]).toMatchObject({ state: "failed", error: { code: "validation_failed" } });
    expect(await outbox.flushOutbox()).toEqual({ sent: 0, failed: 0, waiting: 0, nextAttemptAt: null });
    expect(server.calls).toHaveLength(1);
    await outbox.discardLog("plan1", "2027-01-06-A");
    expect(await outbox.listPending()).toEqual([]);
  });

  it("replaces a waiting log when the same session is logged again, and sends only the newer one", async () => {
    const { outbox, server } = setup({ replies: [{ status: 200 }], online: false });
    await outbox.queueLog(LOG);
    const newer: TSessionLogInputRaw = { status: "done", exercises: [{ exerciseId: "goblet-squat", sets: [{ reps: 12, load: 16 }] }] };
    await outbox.queueLog({ ...LOG, body: newer });
    expect(await outbox.listPending()).toHaveLength(1);
    await outbox.flushOutbox();
    expect(server.calls.map((call) => call.body)).toEqual([newer]);
  });

  it("does not delete a log saved again (in another tab) while the older copy was on its way", async () => {
    const store = createMemoryOutboxStore();
    const { outbox } = setup({ replies: [{ status: 200 }], online: false, store });
    await outbox.queueLog(LOG);
    const older = (await store.get("plan1/2027-01-06-A"))!;
    // The network answers 200 only after another tab stored a newer version of the same session's log.
    const { outbox: flusher, server } = setup({
      replies: [{ status: 200 }],
      store,
      beforeReply: () => store.put({ ...older, id: "newer-version", body: { status: "skipped" } }),
    });
    expect((await flusher.flushOutbox()).sent).toBe(1);
    expect(server.calls.map((call) => call.body)).toEqual([BODY]);
    expect(await outbox.listPending()).toMatchObject([{ id: "newer-version", state: "pending", body: { status: "skipped" } }]);
  });

  it("sends several waiting logs oldest first, and one failure does not hold back the others", async () => {
    const { outbox, server, advance } = setup({ replies: ["network-error", { status: 200 }], online: false });
    await outbox.queueLog({ ...LOG, sessionId: "s1" });
    advance(1);
    await outbox.queueLog({ ...LOG, sessionId: "s2" });
    const result = await outbox.flushOutbox();
    expect(server.calls.map((call) => call.url)).toEqual(["/api/plans/plan1/sessions/s1/log", "/api/plans/plan1/sessions/s2/log"]);
    expect(result).toMatchObject({ sent: 1, waiting: 1 });
    expect((await outbox.listPending()).map((entry) => entry.sessionId)).toEqual(["s1"]);
  });

  it("lists only the plan asked for", async () => {
    const { outbox } = setup({ replies: [{ status: 200 }], online: false });
    await outbox.queueLog(LOG);
    await outbox.queueLog({ ...LOG, planId: "plan2" });
    expect((await outbox.listPending("plan2")).map((entry) => entry.planId)).toEqual(["plan2"]);
    expect(await outbox.listPending()).toHaveLength(2);
  });

  it("retries a 2xx whose body is cut short (the PUT is idempotent)", async () => {
    const { outbox } = setup({ replies: [{ status: 200, body: "" }] });
    expect(await outbox.queueLog(LOG)).toEqual({ status: "queued" });
  });
});
