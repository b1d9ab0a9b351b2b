/** Unknown plans and pages get the friendly 404, with the right status. */
import { expect, test } from "@playwright/test";

test("an unknown plan id shows the friendly not-found page with status 404", async ({ page }) => {
  const response = await page.goto("/plans/NoSuchPlanAtAll1234567");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We couldn't find that plan" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Make a new plan" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("form", { name: "Plan your strength season" })).toBeVisible();
});

test("the print and edit pages of an unknown plan, and an unknown page, are 404 too", async ({ page }) => {
  for (const path of ["/plans/NoSuchPlanAtAll1234567/print", "/plans/NoSuchPlanAtAll1234567/edit", "/no-such-page"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toContainText("couldn't find");
  }
});

test("dot-segment and trailing-slash API paths answer JSON 4xx, never a redirect", async ({ request }) => {
  // Found by the fuzzer: Next would 308 `/api/plans/%2E` to `/api/plans` (no JSON, no security headers).
  for (const path of ["/api/plans/%2E", "/api/plans/%2e%2e", "/api/plans/x/%2E", "/api/%2E", "/api/plans/"]) {
    for (const method of ["GET", "DELETE", "PUT"] as const) {
      const response = await request.fetch(path, { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(response.status(), `${method} ${path}`).toBeLessThan(500);
      expect(response.headers()["content-type"], `${method} ${path}`).toMatch(/^application\/json/);
      expect(response.headers()["x-content-type-options"], `${method} ${path}`).toBe("nosniff");
      const body = (await response.json()) as { error?: { message?: string } };
      expect(body.error?.message, `${method} ${path}`).toBeTruthy();
    }
  }
});
