import { useEffect } from "react";

type TWakeLockSentinel = { release(): Promise<void>; released: boolean };
type TWakeLock = { request(type: "screen"): Promise<TWakeLockSentinel> };

/**
 * Keeps the screen on while `active` (Screen Wake Lock API, where the browser has it). The browser
 * drops the lock whenever the page is hidden, so it is asked for again each time the page is shown.
 */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    const wakeLock = (navigator as Navigator & { wakeLock?: TWakeLock }).wakeLock;
    if (!active || !wakeLock) return;
    let sentinel: TWakeLockSentinel | null = null;
    let cancelled = false;
    const acquire = () => {
      if (document.visibilityState !== "visible" || (sentinel && !sentinel.released)) return;
      wakeLock
        .request("screen")
        .then((lock) => {
          if (cancelled) void lock.release();
          else sentinel = lock;
        })
        // Refused (battery saver, no permission, not visible any more): the workout works without it.
        .catch(() => undefined);
    };
    acquire();
    document.addEventListener("visibilitychange", acquire);
    return () => {
      cancelled = true;
      document.removeEventListener("visibilitychange", acquire);
      void sentinel?.release().catch(() => undefined);
    };
  }, [active]);
}
