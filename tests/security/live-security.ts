/**
 * Live security check against the production server (needs `npm run build`):
 * - every page, API route, static file, 404 and error answer carries the security headers;
 * - Chromium loads the form, a plan page, its print view and edit page with no CSP violation and
 *   no console error;
 * - the edit token never appears in a GET answer, a page, the .ics or the server log.
 *
 * Usage: npx tsx tests/security/live-security.ts
 */
import { chromium } from "@playwright/test";
import { removeDatabaseFile, startProductionServer } from "../load/production-server";
import { typicalPlanInput } from "../load/plan-fixtures";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const EXPECTED: Record<string, (value: string) => boolean> = {
  "content-security-policy": (v) =>
    /default-src 'self'/.test(v) && /frame-ancestors 'none'/.test(v) && /object-src 'none'/.test(v) && !/unsafe-eval/.test(v),
  "x-content-type-options": (v) => v === "nosniff",
  "referrer-policy": (v) => ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"].includes(v),
  "x-frame-options": (v) => v === "DENY",
  "permissions-policy": (v) => /camera=\(\)/.test(v) && /microphone=\(\)/.test(v) && /geolocation=\(\)/.test(v),
  "cross-origin-opener-policy": (v) => v === "same-origin",
};

async function main(): Promise<void> {
  const server = await startProductionServer({ env: { RATE_LIMIT_CREATE_PER_MINUTE: "0" } });
  const failures: string[] = [];
  const base = server.baseUrl;
  try {
    const created = await fetch(`${base}/api/plans`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(typicalPlanInput(0)) });
    if (created.status !== 201) throw new Error(`create: ${created.status}`);
    const { id, editToken } = (await created.json()) as { id: string; editToken: string };

    const home = await (await fetch(`${base}/`)).text();
    const asset = /\/_next\/static\/[^"']+\.(?:js|css)/.exec(home)?.[0];
    const checks: { name: string; url: string; init?: RequestInit; status: number }[] = [
      { name: "form page", url: "/", status: 200 },
      { name: "plan page", url: `/plans/${id}`, status: 200 },
      { name: "print view", url: `/plans/${id}/print`, status: 200 },
      { name: "edit page", url: `/plans/${id}/edit`, status: 200 },
      { name: "unknown plan page (404)", url: "/plans/AAAAAAAAAAAAAAAAAAAAAA", status: 404 },
      { name: "unknown page (404)", url: "/no/such/page", status: 404 },
      { name: "icon", url: "/icon.svg", status: 200 },
      { name: "static asset", url: asset ?? "/_next/static/missing.js", status: asset ? 200 : 404 },
      { name: "GET plan JSON", url: `/api/plans/${id}`, status: 200 },
      { name: "GET .ics", url: `/api/plans/${id}/calendar.ics`, status: 200 },
      { name: "GET .ics download", url: `/api/plans/${id}/calendar.ics?download=1`, status: 200 },
      { name: "API 404", url: "/api/plans/AAAAAAAAAAAAAAAAAAAAAA", status: 404 },
      { name: "API unknown route", url: "/api/nothing/here", status: 404 },
      { name: "API 405", url: "/api/plans", status: 405 },
      { name: "API 422", url: "/api/plans", init: { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }, status: 422 },
      { name: "API 401", url: `/api/plans/${id}`, init: { method: "DELETE" }, status: 401 },
      { name: "API 403", url: `/api/plans/${id}`, init: { method: "DELETE", headers: { authorization: "Bearer nope" } }, status: 403 },
    ];
    for (const check of checks) {
      const response = await fetch(`${base}${check.url}`, { redirect: "manual", ...check.init });
      const text = await response.text();
      if (response.status !== check.status) failures.push(`${check.name}: status ${response.status}, expected ${check.status}`);
      for (const [header, ok] of Object.entries(EXPECTED)) {
        const value = response.headers.get(header);
        if (value === null || !ok(value)) failures.push(`${check.name}: header ${header} = ${JSON.stringify(value)}`);
      }
      if (text.includes(editToken)) failures.push(`${check.name}: the edit token appears in the answer`);
      console.log(`${response.status} ${check.name} ${check.url.replace(id, "{id}")}: headers ${failures.some((f) => f.startsWith(check.name)) ? "MISSING" : "ok"}`);
    }

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-quic"] });
    try {
      for (const url of ["/", `/plans/${id}`, `/plans/${id}/print`, `/plans/${id}/edit#token=${editToken}`]) {
        const page = await browser.newPage();
        const problems: string[] = [];
        await page.addInitScript(() => {
          document.addEventListener("securitypolicyviolation", (event) => {
            (window as unknown as { __csp: string[] }).__csp ??= [];
            (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
          });
        });
        page.on("console", (message) => {
          if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
        });
        page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
        await page.goto(`${base}${url}`, { waitUntil: "networkidle" });
        // Interact a little so client code paths (hydration, week navigation) run under the policy.
        await page.keyboard.press("Tab");
        await page.waitForTimeout(500);
        const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
        problems.push(...violations.map((v) => `CSP violation: ${v}`));
        const shown = url.replace(id, "{id}").replace(editToken, "{token}");
        if (problems.length > 0) failures.push(...problems.map((p) => `${shown}: ${p}`));
        console.log(`browser ${shown}: ${problems.length === 0 ? "no CSP violations, no console errors" : `${problems.length} problems`}`);
        await page.close();
      }
    } finally {
      await browser.close();
    }
    if (server.output().includes(editToken)) failures.push("the edit token appears in the server log");
  } finally {
    await server.stop();
    removeDatabaseFile(server.databaseFile);
  }
  for (const failure of failures) console.log(`FAIL ${failure}`);
  console.log(failures.length === 0 ? "live security: OK" : `live security: ${failures.length} failures`);
  process.exit(failures.length === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
