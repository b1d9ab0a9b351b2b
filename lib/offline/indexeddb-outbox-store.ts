import type { TOutboxEntry, TOutboxStore } from "./outbox-store";

const DB_NAME = "stridelift-offline";
const STORE = "log-outbox";

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function finished(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB transaction aborted"));
    transaction.onerror = () => reject(transaction.error);
  });
}

/**
 * The outbox in IndexedDB, shared by the pages and the service worker of this origin. Conditional
 * writes run their read and write in one readwrite transaction, so they are atomic across tabs.
 */
export function createIndexedDbOutboxStore(factory: IDBFactory): TOutboxStore {
  let opening: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DB_NAME, 1);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: "key" });
      };
      request.onsuccess = () => {
        const db = request.result;
        // A later version opened elsewhere (a new deploy in another tab): let it upgrade.
        db.onversionchange = () => {
          db.close();
          opening = null;
        };
        resolve(db);
      };
      request.onerror = () => {
        opening = null;
        reject(request.error);
      };
    });
    return opening;
  };

  async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => Promise<T>): Promise<T> {
    const transaction = (await open()).transaction(STORE, mode);
    const done = finished(transaction);
    const result = await work(transaction.objectStore(STORE));
    await done;
    return result;
  }

  async function changeIf(key: string, id: string, change: (store: IDBObjectStore, entry: TOutboxEntry) => void): Promise<void> {
    await run("readwrite", async (store) => {
      const entry = (await promised(store.get(key))) as TOutboxEntry | undefined;
      if (entry?.id === id) change(store, entry);
    });
  }

  return {
    list: () => run("readonly", async (store) => (await promised(store.getAll())) as TOutboxEntry[]),
    get: (key) => run("readonly", async (store) => (await promised(store.get(key))) as TOutboxEntry | undefined),
    put: (entry) => run("readwrite", async (store) => void store.put(entry)),
    removeIf: (key, id) => changeIf(key, id, (store) => store.delete(key)),
    updateIf: (key, id, change) => changeIf(key, id, (store, entry) => store.put({ ...entry, ...change })),
  };
}
