/**
 * The device's log outbox, for pages and the service worker: `queueLog` keeps a session log in
 * IndexedDB and sends it (now, or when the network returns), `flushOutbox` sends what waits,
 * `listPending` and `subscribeOutbox` tell a page what is still on the device. Built on first use,
 * so importing this module costs nothing until a log is made.
 */
import { createIndexedDbOutboxStore } from "./indexeddb-outbox-store";
import { createMemoryOutboxStore } from "./memory-outbox-store";
import { createOutbox, type TFlushResult, type TOutbox, type TPendingLog, type TQueueLogOptions, type TQueueLogResult } from "./create-outbox";

export type { TFlushResult, TPendingLog, TQueueLogOptions, TQueueLogResult };

/** The Background Sync tag the service worker flushes on. */
export const OUTBOX_SYNC_TAG = "stridelift-log-outbox";
const CHANNEL = "stridelift-log-outbox";
const LOCK = "stridelift-log-outbox";

type TListener = (pending: TPendingLog[]) => void;

let outbox: TOutbox | null = null;
let channel: BroadcastChannel | null = null;
const listeners = new Set<TListener>();
/** Without Web Locks (older Safari), sends in this context still run one at a time. */
let localQueue: Promise<unknown> = Promise.resolve();

function withLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (locks) return locks.request(LOCK, work) as Promise<T>;
  const run = localQueue.then(work, work);
  localQueue = run.catch(() => undefined);
  return run;
}

async function notifyListeners(): Promise<void> {
  if (listeners.size === 0) return;
  const pending = await listPending();
  for (const listener of listeners) listener(pending);
}

function requestBackgroundSync(): void {
  const container = globalThis.navigator?.serviceWorker;
  // Pages only: the worker itself is already the one that flushes. `ready` never settles without a worker, so no await.
  if (!container || typeof window === "undefined") return;
  void container.ready
    .then((registration) => (registration as ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }).sync?.register(OUTBOX_SYNC_TAG))
    .catch(() => undefined);
}

function getOutbox(): TOutbox {
  if (outbox) return outbox;
  if (typeof BroadcastChannel !== "undefined") {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = () => void notifyListeners();
  }
  outbox = createOutbox({
    store: globalThis.indexedDB ? createIndexedDbOutboxStore(globalThis.indexedDB) : createMemoryOutboxStore(),
    fetch: (...args) => globalThis.fetch(...args),
    now: () => Date.now(),
    random: Math.random,
    newId: () => globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`,
    withLock,
    isOnline: () => globalThis.navigator?.onLine !== false,
    announceChange: () => {
      channel?.postMessage("changed");
      void notifyListeners();
    },
    requestBackgroundSync,
  });
  return outbox;
}

/** Keeps the log on the device and sends it: "sent" (with the adapted plan), "queued" (no network yet) or "failed" (4xx, kept to fix). */
export function queueLog(options: TQueueLogOptions): Promise<TQueueLogResult> {
  return getOutbox().queueLog(options);
}

/** Sends every waiting log (one at a time, oldest first); removes each only after a 2xx. */
export function flushOutbox(): Promise<TFlushResult> {
  return getOutbox().flushOutbox();
}

/** The logs still on this device (waiting or refused), oldest first, optionally of one plan; never their tokens. */
export function listPending(planId?: string): Promise<TPendingLog[]> {
  return getOutbox().listPending(planId);
}

/** Drops a log the runner gave up on (e.g. one the server refused). */
export function discardLog(planId: string, sessionId: string): Promise<void> {
  return getOutbox().discardLog(planId, sessionId);
}

/** Calls `listener` with what is on the device now and after every change, here or in another tab or the worker. */
export function subscribeOutbox(listener: TListener): () => void {
  getOutbox();
  listeners.add(listener);
  void listPending().then((pending) => {
    if (listeners.has(listener)) listener(pending);
  });
  return () => listeners.delete(listener);
}
