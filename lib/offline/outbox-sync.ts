/**
 * When a page sends what waits in the outbox: once on load, whenever the browser comes back
 * online, and on a backoff timer after a failed try (Background Sync in the service worker covers
 * a closed page where the browser has it). Several components may start it; it runs once.
 */
import { flushOutbox } from "./log-outbox";

let users = 0;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let stopListening: (() => void) | null = null;

function clearRetry(): void {
  if (retryTimer !== null) clearTimeout(retryTimer);
  retryTimer = null;
}

async function flushAndReschedule(): Promise<void> {
  clearRetry();
  const result = await flushOutbox().catch(() => null);
  if (users === 0 || !result || result.nextAttemptAt === null) return;
  retryTimer = setTimeout(() => void flushAndReschedule(), Math.max(1_000, result.nextAttemptAt - Date.now()));
}

/** Starts flushing for this page; call the returned function on unmount. */
export function startOutboxSync(): () => void {
  users++;
  if (users === 1) {
    const onOnline = () => void flushAndReschedule();
    window.addEventListener("online", onOnline);
    stopListening = () => window.removeEventListener("online", onOnline);
    void flushAndReschedule();
  }
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    users--;
    if (users === 0) {
      stopListening?.();
      stopListening = null;
      clearRetry();
    }
  };
}

/** "Send now": the runner does not wait out the backoff. */
export function flushNow(): Promise<void> {
  return flushAndReschedule();
}
