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
