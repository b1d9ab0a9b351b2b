/** Paint first (server.ts): every page loads the framework's scripts after its first frame, and still works. */
import { expect, test } from "@playwright/test";
import { createPlanViaApi } from "./support";

const ASYNC_FRAMEWORK_SCRIPT = /<script src="\/_next\/static\/[^"]+\.js" async="">/;

test("no page's HTML asks for the framework's scripts during parsing; each hands them to the loader", async ({ request }) => {
  const { id } = await createPlanViaApi(request);
  // Prerendered (/, /offline), streamed per request (the plan page) and the 404 page.
  for (const path of ["/", "/offline", `/plans/${id}`, "/no-such-page"]) {
    const response = await request.get(path);
    const html = await response.text();
    expect(html, path).not.toMatch(ASYNC_FRAMEWORK_SCRIPT);
    expect(html, path).not.toContain('<link rel="preload" as="script"');
    expect(html.match(/__strideliftLoadScript\("/g)?.length ?? 0, path).toBeGreaterThan(2);
    expect(response.headers()["content-length"] === undefined || Number(response.headers()["content-length"]) === Buffer.byteLength(html), path).toBe(true);
  }
});

test("the planner's scripts are requested only after the first frame, and the form then works", async ({ page }) => {
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { firstFrameAt: number }).firstFrameAt = performance.now();
    });
  });
  await page.goto("/");
  await expect(page.getByRole("form", { name: "Plan your strength season" })).toBeVisible();
  // Hydrated: a client-side check answers the submit of an empty form.
  await page.getByRole("button", { name: "Build my season" }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  const timing = await page.evaluate(() => ({
    firstFrameAt: (window as unknown as { firstFrameAt: number }).firstFrameAt,
    scripts: performance
      .getEntriesByType("resource")
      .filter((entry) => /\/_next\/static\/chunks\/.+\.js$/.test(entry.name))
      .map((entry) => entry.startTime),
  }));
  expect(timing.scripts.length).toBeGreaterThan(2);
  for (const start of timing.scripts) expect(start).toBeGreaterThanOrEqual(timing.firstFrameAt);
});
