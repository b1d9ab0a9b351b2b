/**
 * Response headers sent on every page, API route, static asset, 404 and error (wired in
 * next.config.ts `headers()` with the catch-all source `/:path*`).
 *
 * Why a static policy with 'unsafe-inline' for scripts instead of a per-request nonce:
 * the App Router streams its bootstrap and RSC payload as inline `<script>` tags
 * (`self.__next_f.push(...)`) whose content differs per page. A nonce only works when every
 * page is rendered per request; the planner form and other static pages are prerendered at
 * build time, so their HTML cannot carry a fresh nonce and a nonce policy would block them.
 * Hashes do not work either (the inline payload changes with the content). Everything else
 * stays locked to our own origin: no third-party script, style, font, image or connection,
 * no plugins, no <base> hijack, no framing, forms only to ourselves.
 */

export type TSecurityHeader = { key: string; value: string };

export type TSecurityHeaderOptions = {
  /** `next dev` needs eval (React's debug stacks) and the HMR websocket; production does not. */
  dev?: boolean;
};

/** The Content-Security-Policy value (one line, directives separated by `; `). */
export function buildContentSecurityPolicy({ dev = false }: TSecurityHeaderOptions = {}): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Next and React inject style attributes/tags at runtime; styles cannot run code.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(dev ? ["ws:"] : [])],
    "manifest-src": ["'self'"],
    "worker-src": ["'self'"],
    "media-src": ["'none'"],
    "frame-src": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** Browser features the app never uses: deny them to us and to anything embedded. */
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "usb=()",
  "xr-spatial-tracking=()",
  "browsing-topics=()",
].join(", ");

/** Every security header, in the `{ key, value }` shape Next's `headers()` expects. */
export function buildSecurityHeaders(options: TSecurityHeaderOptions = {}): TSecurityHeader[] {
  return [
    { key: "Content-Security-Policy", value: buildContentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // The edit token travels in the URL fragment (never sent), but plan ids are in paths:
    // send no referrer at all, so a plan link never leaks to another site.
    { key: "Referrer-Policy", value: "no-referrer" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
    { key: "X-DNS-Prefetch-Control", value: "off" },
  ];
}
