/**
 * Bad answers never create a plan: the message sits next to the field, is announced, and the
 * first field to fix gets the focus. A wrong edit link changes nothing.
 */
import { expect, test, type Page } from "@playwright/test";
import { addDays, BROWSER_ZONE, createPlanViaApi, fetchPlan, pick, todayIn, waitForFormReady } from "./support";

test.use({ timezoneId: BROWSER_ZONE, locale: "en-GB" });

test.skip(({ isMobile }) => isMobile, "desktop only: the mobile spec covers the small screen");

/** Records every POST /api/plans the page makes (the preview has its own route). */
function watchCreates(page: Page): string[] {
  const creates: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === "/api/plans") creates.push(request.url());
  });
  return creates;
}

test("a race before the start date is flagged on the race date, which gets the focus", async ({ page }) => {
  const creates = watchCreates(page);
  await page.goto("/");
  await waitForFormReady(page);
  const start = addDays(todayIn(), 14);
  await page.getByLabel("Start date").fill(start);
  const race = page.getByRole("group", { name: /^Race 1/ });
  const raceDate = race.getByLabel("Race date");
  await raceDate.fill(addDays(start, -7));

  await page.getByRole("button", { name: "Build my season" }).click();

  await expect(raceDate).toBeFocused();
  await expect(raceDate).toHaveAttribute("aria-invalid", "true");
  await expect(raceDate).toHaveAccessibleDescription("Race date must be after the start date");
  // Next to the field (inside the same race row) and announced.
  await expect(race.getByRole("alert")).toHaveText("Race date must be after the start date");
  await expect(page.getByRole("alert").filter({ hasText: /thing to fix above|things to fix above/ })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  expect(creates).toHaveLength(0);

  // Fixing the date clears the message as the runner types.
  await raceDate.fill(addDays(start, 120));
  await expect(race.getByRole("alert")).toHaveCount(0);
  await expect(raceDate).not.toHaveAttribute("aria-invalid", "true");
});

test("a season without an A race is refused and the priority picker gets the focus", async ({ page }) => {
  const creates = watchCreates(page);
  await page.goto("/");
  await waitForFormReady(page);
  const race = page.getByRole("group", { name: /^Race 1/ });
  await race.getByLabel("Race date").fill(addDays(todayIn(), 100));
  const priority = race.getByLabel("Priority");
  await priority.selectOption("B");

  await page.getByRole("button", { name: "Build my season" }).click();

  await expect(priority).toBeFocused();
  await expect(priority).toHaveAttribute("aria-invalid", "true");
  await expect(priority).toHaveAccessibleDescription(/Mark at least one race as your A race/);
  await expect(page.getByRole("alert").filter({ hasText: "Mark at least one race as your A race" })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  expect(creates).toHaveLength(0);
});

test("an empty race date and an unknown time zone: the first field in the form is focused", async ({ page }) => {
  const creates = watchCreates(page);
  await page.goto("/");
  await waitForFormReady(page);
  await page.getByLabel("Time zone").fill("Mars/Olympus_Mons");

  await page.getByRole("button", { name: "Build my season" }).click();

  const raceDate = page.getByRole("group", { name: /^Race 1/ }).getByLabel("Race date");
  await expect(raceDate).toBeFocused();
  await expect(raceDate).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Time zone")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Time zone")).toHaveAccessibleDescription(/Unknown time zone/);
  await expect(page.getByRole("alert").filter({ hasText: "things to fix above" })).toBeVisible();
  expect(creates).toHaveLength(0);
});

test("a wrong edit link cannot change a plan", async ({ page, request }) => {
  const { id } = await createPlanViaApi(request);
  const before = await fetchPlan(request, id);
  await page.goto(`/plans/${id}/edit#token=not-the-right-token`);
  await pick(page.getByRole("group", { name: "Session length" }), "30 min");
  await page.getByRole("button", { name: "Save and rebuild" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "doesn't match this plan" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/plans/${id}/edit`));
  const after = await fetchPlan(request, id);
  expect(after.updatedAt).toBe(before.updatedAt);
  expect(after.plan.input.sessionMinutes).toBe(45);
});
