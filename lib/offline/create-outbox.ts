/**
 * The log outbox (issue 12): a log is written to the device first, then sent; it leaves the device
 * only after the server answered 2xx. The PUT is idempotent, so a resend after a lost answer is
 * harmless; sends run one at a time across tabs and the service worker (a Web Lock), so the same
 * entry is not sent by two of them at once. Everything the outbox touches comes in as `deps`, so
 * tests run it on a memory store, a fake fetch and a fake clock.
 */
import type { TPlan } from "@/lib/engine/types";
import type { TSessionLogInputRaw } from "@/lib/session-log-input";
import { outboxKey, type TOutboxEntry, type TOutboxError, type TOutboxStore } from "./outbox-store";
import { retryDelayMs } from "./retry-delay";
import { sendLog } from "./send-log";

export type TQueueLogOptions = { planId: string; sessionId: string; body: TSessionLogInputRaw; token: string };

export type TQueueLogResult = { status: "sent"; plan: TPlan } | { status: "queued" } | { status: "failed"; error: TOutboxError };

/** An outbox entry as pages see it: everything but the Authorization value. */
export type TPendingLog = Omit<TOutboxEntry, "authorization">;

export type TFlushResult = {
  sent: number;
  /** Refused by the server now (4xx); kept for the runner to fix. */
  failed: number;
  /** Still waiting for the network. */
  waiting: number;
  /** When the earliest automatic retry is due (epoch ms), or null when nothing waits. */
  nextAttemptAt: number | null;
};

export type TOutboxDeps = {
  store: TOutboxStore;
  fetch: typeof fetch;
  now: () => number;
  random: () => number;
  newId: () => string;
  /** Runs `work` while no other tab or worker of this origin is sending. */
  withLock: <T>(work: () => Promise<T>) => Promise<T>;
  /** False when the browser knows it is offline (then queueLog does not even try). */
  isOnline: () => boolean;
  /** Tells this page, other tabs and the service worker that the outbox changed. */
  announceChange: () => void;
  /** Asks the service worker to flush when connectivity returns, where Background Sync exists. */
  requestBackgroundSync: () => void;
};

export type TOutbox = {
  queueLog(options: TQueueLogOptions): Promise<TQueueLogResult>;
  flushOutbox(): Promise<TFlushResult>;
  listPending(planId?: string): Promise<TPendingLog[]>;
  discardLog(planId: string, sessionId: string): Promise<void>;
};

function withoutAuthorization(entry: TOutboxEntry): TPendingLog {
  const { authorization: _secret, ...visible } = entry;
  void _secret;
  return visible;
}

export function createOutbox(deps: TOutboxDeps): TOutbox {
  type TAttempt = { kind: "sent"; plan: TPlan } | { kind: "rejected"; error: TOutboxError } | { kind: "retry"; nextAttemptAt: number } | { kind: "gone" };

  /** Sends the stored entry `key` once, if it is still pending, and records the outcome. Caller holds the lock. */
  async function attempt(key: string): Promise<TAttempt> {
    const entry = await deps.store.get(key);
    if (!entry || entry.state !== "pending") return { kind: "gone" };
    const outcome = await sendLog({ fetch: deps.fetch, planId: entry.planId, sessionId: entry.sessionId, body: entry.body, authorization: entry.authorization });
    if (outcome.kind === "sent") {
      await deps.store.removeIf(key, entry.id);
      return outcome;
    }
    if (outcome.kind === "rejected") {
      await deps.store.updateIf(key, entry.id, { state: "failed", error: outcome.error, nextAttemptAt: null, attempts: entry.attempts + 1 });
      return outcome;
    }
    const attempts = entry.attempts + 1;
    const nextAttemptAt = deps.now() + retryDelayMs(attempts, deps.random);
    await deps.store.updateIf(key, entry.id, { attempts, nextAttemptAt, error: outcome.error });
    return { kind: "retry", nextAttemptAt };
  }

  async function queueLog(options: TQueueLogOptions): Promise<TQueueLogResult> {
    const key = outboxKey(options.planId, options.sessionId);
    const entry: TOutboxEntry = {
      key,
      id: deps.newId(),
      planId: options.planId,
      sessionId: options.sessionId,
      body: options.body,
      authorization: `Bearer ${options.token}`,
      state: "pending",
      attempts: 0,
      queuedAt: deps.now(),
      nextAttemptAt: null,
    };
    await deps.store.put(entry);
    deps.announceChange();
    if (!deps.isOnline()) {
      deps.requestBackgroundSync();
      return { status: "queued" };
    }
    const result = await deps.withLock(() => attempt(key));
    deps.announceChange();
    if (result.kind === "sent") return { status: "sent", plan: result.plan };
    if (result.kind === "rejected") return { status: "failed", error: result.error };
    // "gone": another tab or the worker sent it while we waited for the lock.
    if (result.kind === "retry") deps.requestBackgroundSync();
    return { status: "queued" };
  }

  async function flushOutbox(): Promise<TFlushResult> {
    const result = await deps.withLock(async () => {
      const summary: TFlushResult = { sent: 0, failed: 0, waiting: 0, nextAttemptAt: null };
      const entries = (await deps.store.list()).filter((entry) => entry.state === "pending").sort((a, b) => a.queuedAt - b.queuedAt);
      for (const entry of entries) {
        const outcome = await attempt(entry.key);
        if (outcome.kind === "sent") summary.sent++;
        if (outcome.kind === "rejected") summary.failed++;
        if (outcome.kind === "retry") {
          summary.waiting++;
          summary.nextAttemptAt = Math.min(summary.nextAttemptAt ?? Infinity, outcome.nextAttemptAt);
        }
      }
      return summary;
    });
    if (result.sent + result.failed + result.waiting > 0) deps.announceChange();
    return result;
  }

  async function listPending(planId?: string): Promise<TPendingLog[]> {
    const entries = await deps.store.list();
    return entries
      .filter((entry) => planId === undefined || entry.planId === planId)
      .sort((a, b) => a.queuedAt - b.queuedAt)
      .map(withoutAuthorization);
  }

  async function discardLog(planId: string, sessionId: string): Promise<void> {
    const key = outboxKey(planId, sessionId);
    const entry = await deps.store.get(key);
    if (!entry) return;
    await deps.store.removeIf(key, entry.id);
    deps.announceChange();
  }

  return { queueLog, flushOutbox, listPending, discardLog };
}
