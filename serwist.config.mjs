// @ts-check
// The service worker build (Serwist's "configurator mode": bundler-agnostic, so `next build` keeps
// Turbopack). Runs after `next build` via scripts/build-service-worker.mjs and writes public/sw.js
// with the precache manifest of .next/static, public/ and the prerendered pages.
import { serwist } from "@serwist/next/config";

export default serwist({
  swSrc: "app/sw.ts",
  swDest: "public/sw.js",
});
