/**
 * The outbox's storage, as a small interface: IndexedDB on the device (indexeddb-outbox-store.ts),
 * an in-memory map in tests and where IndexedDB is missing. Writes that depend on what is stored
 * (`removeIf`, `updateIf`) compare the entry's `id`, so a log queued again while an older copy was
 * on its way is never deleted by the older copy's success.
 */
import type { TSessionLogInputRaw } from "@/lib/session-log-input";

export type TOutboxError = { code: string; message: string; issues?: { path: string; message: string }[] };

export type TOutboxEntry = {
  /** `${planId}/${sessionId}`: one entry per session; queuing it again replaces the older log (the PUT replaces it too). */
  key: string;
  /** This version of the entry. */
  id: string;
  planId: string;
  sessionId: string;
  body: TSessionLogInputRaw;
  /**
   * `Bearer <edit token>`, the PUT's Authorization header and nothing else: the outbox must be able
   * to send after the page is gone (background sync, the next visit). It sits in this origin's
   * IndexedDB, the same origin storage where localStorage already keeps the token, readable by the
   * same scripts and nothing more; it is deleted with the entry once the log is sent, and never
   * goes into a URL, a cache key or the service worker's caches.
   */
  authorization: string;
  /** "pending": waiting for the network. "failed": the server refused it (4xx); the runner must fix or drop it. */
  state: "pending" | "failed";
  attempts: number;
  queuedAt: number;
  /** When the next automatic retry is due (epoch ms), or null. */
  nextAttemptAt: number | null;
  error?: TOutboxError;
};

export type TOutboxStore = {
  list(): Promise<TOutboxEntry[]>;
  get(key: string): Promise<TOutboxEntry | undefined>;
  put(entry: TOutboxEntry): Promise<void>;
  /** Deletes the entry only while it is still version `id`. */
  removeIf(key: string, id: string): Promise<void>;
  /** Changes the entry only while it is still version `id`. */
  updateIf(key: string, id: string, change: Partial<Omit<TOutboxEntry, "key" | "id">>): Promise<void>;
};

export function outboxKey(planId: string, sessionId: string): string {
  return `${planId}/${sessionId}`;
}
