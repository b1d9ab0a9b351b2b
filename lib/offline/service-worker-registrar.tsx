"use client";

import { useEffect } from "react";

export const SERVICE_WORKER_URL = "/sw.js";

/** Pages the worker keeps for offline use (it decides by path); a URL with a token is never sent. */
function cacheablePage(location: Location): string | null {
  return new URLSearchParams(location.search).has("token") ? null : location.pathname + location.search;
}

/**
 * Registers the service worker once the page has loaded and the main thread is idle, so it never
 * competes with the first paint or hydration. The page being shown was fetched before the worker
 * controlled it, so the worker is asked to keep a copy of it too (Serwist's CACHE_URLS message).
 */
export function ServiceWorkerRegistrar() {
  useEffect(() => {
    if (!("serviceWorker" in navigator) || process.env.NODE_ENV !== "production") return;
    let cancelled = false;
    const register = () => {
      if (cancelled) return;
      navigator.serviceWorker
        .register(SERVICE_WORKER_URL, { scope: "/" })
        .then(() => navigator.serviceWorker.ready)
        .then((registration) => {
          const page = cacheablePage(window.location);
          if (page && !cancelled) registration.active?.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: [page] } });
        })
        // No worker (private mode, blocked storage): the site works online as before.
        .catch(() => undefined);
    };
    const whenIdle = () => ("requestIdleCallback" in window ? window.requestIdleCallback(register, { timeout: 5_000 }) : setTimeout(register, 1_000));
    if (document.readyState === "complete") whenIdle();
    else window.addEventListener("load", whenIdle, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener("load", whenIdle);
    };
  }, []);
  return null;
}
