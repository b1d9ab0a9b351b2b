/**
 * How much of a refused upload is read and thrown away before the answer goes out. A server that
 * answers and closes while the client is still sending makes the kernel reset the connection, and
 * the reset can destroy the answer before the client reads it (clients see EPIPE or ECONNRESET,
 * not the 413 or 404). Reading the rest first lets the answer arrive; past this budget, or after
 * DRAIN_TIMEOUT_MS, the upload is cut, as nginx does after its lingering close.
 */
export const DRAIN_BUDGET_BYTES = 8 * 1024 * 1024;
export const DRAIN_TIMEOUT_MS = 5_000;

export type TDrainOptions = { budgetBytes?: number; timeoutMs?: number };

/** Reads and discards what is left on a reader already in use; cancels past the budget or time. */
export async function drainReader(reader: ReadableStreamDefaultReader<Uint8Array>, options: TDrainOptions = {}): Promise<void> {
  const budget = options.budgetBytes ?? DRAIN_BUDGET_BYTES;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), options.timeoutMs ?? DRAIN_TIMEOUT_MS);
  });
  let read = 0;
  try {
    for (;;) {
      const result = await Promise.race([reader.read(), timedOut]);
      if (result === "timeout") break;
      if (result.done) return;
      read += result.value.byteLength;
      if (read > budget) break;
    }
    await reader.cancel().catch(() => undefined);
  } catch {
    // A client that went away mid-upload: nothing left to drain.
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Drains a request body nobody read (a route that refused the request before its body). A body
 * declared larger than the budget is cut at once: draining part of it would not save the answer.
 */
export async function drainUnreadBody(request: unknown, options: TDrainOptions = {}): Promise<void> {
  if (!(request instanceof Request) || !request.body || request.bodyUsed) return;
  const declared = Number(request.headers.get("content-length") ?? 0);
  const reader = request.body.getReader();
  if (declared > (options.budgetBytes ?? DRAIN_BUDGET_BYTES)) {
    await reader.cancel().catch(() => undefined);
    return;
  }
  await drainReader(reader, options);
}
