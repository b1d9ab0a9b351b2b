import type { TOutboxEntry, TOutboxStore } from "./outbox-store";

/**
 * The outbox in memory: tests, and browsers without IndexedDB (a log still gets its retries while
 * the page is open; it cannot outlive the page there).
 */
export function createMemoryOutboxStore(): TOutboxStore {
  const entries = new Map<string, TOutboxEntry>();
  const copy = (entry: TOutboxEntry): TOutboxEntry => structuredClone(entry);
  return {
    async list() {
      return [...entries.values()].map(copy);
    },
    async get(key) {
      const entry = entries.get(key);
      return entry ? copy(entry) : undefined;
    },
    async put(entry) {
      entries.set(entry.key, copy(entry));
    },
    async removeIf(key, id) {
      if (entries.get(key)?.id === id) entries.delete(key);
    },
    async updateIf(key, id, change) {
      const entry = entries.get(key);
      if (entry?.id === id) entries.set(key, copy({ ...entry, ...change }));
    },
  };
}
