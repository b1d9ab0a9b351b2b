import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { buildContentSecurityPolicy, buildSecurityHeaders } from "@/lib/http/security-headers";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources] as [string, string[]];
    }),
  );
}

describe("security headers (next.config.ts headers())", () => {
  it("applies every security header to every path with one catch-all rule", async () => {
    const rules = await nextConfig.headers!();
    // `/:path*` matches `/`, pages, /api/*, static files and unknown paths (404s) alike.
    const catchAll = rules.find((rule) => rule.source === "/:path*");
    expect(catchAll).toBeDefined();
    expect(catchAll!.has).toBeUndefined();
    expect(catchAll!.missing).toBeUndefined();
    const names = catchAll!.headers.map((header) => header.key.toLowerCase());
    for (const required of [
      "content-security-policy",
      "x-content-type-options",
      "referrer-policy",
      "x-frame-options",
      "permissions-policy",
      "cross-origin-opener-policy",
    ]) {
      expect(names).toContain(required);
    }
  });

  it("sends nosniff, DENY framing, a strict referrer policy and same-origin COOP", () => {
    const byName = new Map(buildSecurityHeaders().map((header) => [header.key.toLowerCase(), header.value]));
    expect(byName.get("x-content-type-options")).toBe("nosniff");
    expect(byName.get("x-frame-options")).toBe("DENY");
    expect(["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"]).toContain(
      byName.get("referrer-policy"),
    );
    expect(byName.get("cross-origin-opener-policy")).toBe("same-origin");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(byName.get("permissions-policy")).toContain(`${feature}=()`);
    }
  });

  it("production CSP allows only our own origin and blocks plugins, framing and base hijacks", () => {
    const csp = directives(buildContentSecurityPolicy({ dev: false }));
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    expect(csp.get("font-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    // No wildcard, no scheme-wide source, no eval in production.
    for (const sources of csp.values()) {
      for (const source of sources) {
        expect(source).not.toMatch(/^(\*|https?:|ws:|wss:|blob:|'unsafe-eval')$/);
      }
    }
  });

  it("next dev additionally gets eval (React debug stacks) and the HMR websocket, nothing else", () => {
    const dev = directives(buildContentSecurityPolicy({ dev: true }));
    expect(dev.get("script-src")).toEqual(["'self'", "'unsafe-inline'", "'unsafe-eval'"]);
    expect(dev.get("connect-src")).toEqual(["'self'", "ws:"]);
    expect(dev.get("frame-ancestors")).toEqual(["'none'"]);
  });
});
