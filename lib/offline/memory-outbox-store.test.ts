import { describe, expect, it } from "vitest";
import { createMemoryOutboxStore } from "./memory-outbox-store";
import type { TOutboxEntry } from "./outbox-store";

const ENTRY: TOutboxEntry = {
  key: "p/s",
  id: "v1",
  planId: "p",
  sessionId: "s",
  body: { status: "done", exercises: [] },
  authorization: "Bearer t",
  state: "pending",
  attempts: 0,
  queuedAt: 1,
  nextAttemptAt: null,
};

describe("memory outbox store", () => {
  it("changes or removes an entry only while it is still the version named", async () => {
    const store = createMemoryOutboxStore();
    await store.put(ENTRY);
    await store.updateIf("p/s", "v0", { attempts: 5 });
    await store.removeIf("p/s", "v0");
    expect(await store.get("p/s")).toEqual(ENTRY);
    await store.updateIf("p/s", "v1", { attempts: 2 });
    expect((await store.get("p/s"))?.attempts).toBe(2);
    await store.removeIf("p/s", "v1");
    expect(await store.list()).toEqual([]);
  });

  it("hands out copies, so a caller's change is not a write", async () => {
    const store = createMemoryOutboxStore();
    await store.put(ENTRY);
    const copy = (await store.get("p/s"))!;
    copy.attempts = 9;
    expect((await store.get("p/s"))?.attempts).toBe(0);
  });
});
