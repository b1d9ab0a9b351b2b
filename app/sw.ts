/// <reference lib="webworker" />
/**
 * The service worker (Serwist; built by `serwist build` after `next build`, see serwist.config.mjs).
 *
 * - Precache: the app's static chunks and CSS, public/ files and the prerendered pages (the
 *   form, the offline page), revisioned at build time.
 * - Plan pages and workout mode (`/plans/{id}`, `/plans/{id}/sessions/{sid}/workout`): network
 *   first (5 s, then the copy from the last visit), so a page opened once works in a gym with no
 *   signal. Only 200 documents are kept; never a request carrying a token.
 * - Any other page: the network, else the offline page.
 * - Nothing else is touched: API calls go straight to the network, and PUT/DELETE are never cached
 *   (Serwist routes here are GET only). The edit token rides only in the Authorization header of
 *   those PUTs (and in the outbox's IndexedDB entry until sent), never in a cache.
 * - Background Sync: sends the log outbox when connectivity returns, where the browser has it.
 */
import { CacheableResponsePlugin, CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, type PrecacheEntry, type RouteMatchCallbackOptions } from "serwist";
import { flushOutbox, OUTBOX_SYNC_TAG } from "@/lib/offline/log-outbox";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

// Not exported: the worker is a classic script, and an `export` left in the bundle stops it from
// evaluating at all (no install, no offline).
const OFFLINE_URL = "/offline";

const PLAN_PAGE = /^\/plans\/[A-Za-z0-9_-]+(\/sessions\/[^/]+\/workout)?$/;

function isPlanDocument({ url, request, sameOrigin }: RouteMatchCallbackOptions): boolean {
  return (
    sameOrigin &&
    PLAN_PAGE.test(url.pathname) &&
    // React Server Component payloads share the page's path: only whole documents are kept.
    request.headers.get("RSC") === null &&
    !url.searchParams.has("_rsc") &&
    !url.searchParams.has("token")
  );
}

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: "next-static",
        plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 60 * 24 * 60 * 60 })],
      }),
    },
    {
      matcher: isPlanDocument,
      handler: new NetworkFirst({
        cacheName: "plan-pages",
        networkTimeoutSeconds: 5,
        // Offline, another week of a plan opened once beats the offline page.
        matchOptions: { ignoreSearch: true },
        plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 60, maxAgeSeconds: 90 * 24 * 60 * 60 })],
      }),
    },
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate",
      handler: new NetworkOnly(),
    },
  ],
  fallbacks: {
    entries: [{ url: OFFLINE_URL, matcher: ({ request }) => request.destination === "document" }],
  },
});

self.addEventListener("sync", (event: Event) => {
  const sync = event as ExtendableEvent & { tag: string };
  if (sync.tag !== OUTBOX_SYNC_TAG) return;
  sync.waitUntil(
    flushOutbox().then((result) => {
      // A rejection asks the browser to fire the sync again later.
      if (result.waiting > 0) throw new Error(`${result.waiting} logs still waiting`);
    }),
  );
});

serwist.addEventListeners();
