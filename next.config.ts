import type { NextConfig } from "next";
import { buildSecurityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Native modules, and @touch4it/ical-timezones reads its VTIMEZONE files relative to __dirname, which bundling breaks.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@touch4it/ical-timezones"],
  // next dev blocks its HMR socket (and so hydration) for hosts other than localhost; 127.0.0.1 is the same machine.
  allowedDevOrigins: ["127.0.0.1"],
  // A path like /api/plans/%2E would otherwise 308 to /api/plans: every API answer must be JSON (4xx).
  skipTrailingSlashRedirect: true,
  poweredByHeader: false,
  // server.ts (npm start) compresses after it rewrites each HTML document; compressing here as well
  // would hand it gzip to rewrite. Plain `next start` keeps Next's own compression.
  compress: process.env.STRIDELIFT_COMPRESSION !== "server",
  reactStrictMode: true,
  async headers() {
    // One catch-all rule: pages, API routes, static files, 404s and error pages all get them.
    return [
      { source: "/:path*", headers: buildSecurityHeaders({ dev: process.env.NODE_ENV !== "production" }) },
      // The service worker must be checked for updates on every visit, never served stale from the HTTP cache.
      { source: "/sw.js", headers: [{ key: "Cache-Control", value: "no-cache" }] },
    ];
  },
};

export default nextConfig;
