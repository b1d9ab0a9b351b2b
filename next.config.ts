import type { NextConfig } from "next";
import { buildSecurityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Native module: keep it out of the server bundle.
  // @touch4it/ical-timezones reads its VTIMEZONE files relative to __dirname, which bundling breaks.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@touch4it/ical-timezones"],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    // One catch-all rule: pages, API routes, static files, 404s and error pages all get them.
    return [{ source: "/:path*", headers: buildSecurityHeaders({ dev: process.env.NODE_ENV !== "production" }) }];
  },
};

export default nextConfig;
