import { describe, expect, it } from "vitest";
import { drainUnreadBody } from "@/lib/http/drain-body";
import { readJson } from "@/lib/http/read-json";

/** A request whose body arrives in 16 KiB chunks, counting how many the server pulled. */
function streamedRequest(totalBytes: number): { request: Request; pulled: () => number; cancelled: () => boolean } {
  const chunk = new Uint8Array(16 * 1024).fill(0x20);
  let sent = 0;
  let pulls = 0;
  let wasCancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls++;
      if (sent >= totalBytes) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      wasCancelled = true;
    },
  });
  const request = new Request("http://stridelift.test/", { method: "POST", headers: { "content-type": "application/json" }, body, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulls, cancelled: () => wasCancelled };
}

describe("draining refused uploads", () => {
  it("reads an oversized body to its end before the 413, so the answer is not lost to a reset", async () => {
    const { request, pulled, cancelled } = streamedRequest(1024 * 1024);
    await expect(readJson(request)).rejects.toMatchObject({ code: "payload_too_large" });
    expect(pulled()).toBeGreaterThan(64);
    expect(cancelled()).toBe(false);
  });

  it("drains a body the route never read", async () => {
    const { request, cancelled } = streamedRequest(256 * 1024);
    await drainUnreadBody(request);
    expect(request.bodyUsed).toBe(true);
    expect(cancelled()).toBe(false);
  });

  it("cuts an upload past the drain budget", async () => {
    const { request, pulled, cancelled } = streamedRequest(1024 * 1024);
    await drainUnreadBody(request, { budgetBytes: 64 * 1024 });
    expect(cancelled()).toBe(true);
    expect(pulled()).toBeLessThan(16);
  });

  it("cuts an upload that stalls", async () => {
    const body = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) });
    const request = new Request("http://stridelift.test/", { method: "POST", body, duplex: "half" } as RequestInit);
    await drainUnreadBody(request, { timeoutMs: 20 });
    expect(request.bodyUsed).toBe(true);
  });

  it("cuts at once a body declared larger than the budget", async () => {
    const { request, pulled, cancelled } = streamedRequest(1024 * 1024);
    const declared = new Request(request, { headers: { "content-type": "application/json", "content-length": String(1024 * 1024) } });
    await drainUnreadBody(declared, { budgetBytes: 64 * 1024 });
    expect(cancelled()).toBe(true);
    expect(pulled()).toBeLessThan(4);
  });

  it("leaves a request without a body alone", async () => {
    await expect(drainUnreadBody(new Request("http://stridelift.test/"))).resolves.toBeUndefined();
    await expect(drainUnreadBody(undefined)).resolves.toBeUndefined();
  });
});
