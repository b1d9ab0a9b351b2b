/** The core journey on a 360 px phone: a minimal form, the plan, one session, no sideways scrolling. */
import { expect, test } from "@playwright/test";
import { addDays, BROWSER_ZONE, expectNoHorizontalScroll, pick, todayIn, waitForFormReady } from "./support";

test.use({ timezoneId: BROWSER_ZONE, locale: "en-GB" });

test.skip(({ isMobile }) => !isMobile, "runs in the mobile project only");

test("on a 360 px phone a runner builds a plan and opens a session without horizontal scrolling", async ({ page, viewport }) => {
  expect(viewport?.width).toBe(360);
  await page.goto("/");
  await waitForFormReady(page);
  await expectNoHorizontalScroll(page, 360);

  // The minimal form: one race date; everything else keeps its defaults.
  const race = page.getByRole("group", { name: /^Race 1/ });
  await race.getByLabel("Race date").fill(addDays(todayIn(), 120));
  await race.getByLabel(/^Name/).fill("Riverside Marathon with a rather long name");
  await race.getByLabel("Distance").selectOption({ label: "Marathon" });
  // The compact week control is usable with a thumb: switch Thursday to a hard run.
  await pick(page.getByRole("group", { name: "Thursday", exact: true }), "Hard");
  const live = page.getByRole("complementary", { name: "Live preview" });
  await expect(live.getByRole("heading", { name: /^Strength on / })).toBeVisible();
  await expectNoHorizontalScroll(page, 360);

  await page.getByRole("button", { name: "Build my season" }).tap();
  await page.waitForURL(/\/plans\/[A-Za-z0-9_-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: /Riverside Marathon/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /Save your private edit link/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download .ics" })).toBeVisible();
  await expectNoHorizontalScroll(page, 360);

  // Next week, then its first session opened from the day list.
  await page.getByRole("navigation", { name: "Weeks" }).getByRole("link", { name: /^Next week/ }).tap();
  await expect(page.getByRole("heading", { level: 2, name: /^Week 2 of \d+/ })).toBeVisible();
  const sessionLink = page.locator("a[data-session-id]").first();
  const sessionId = await sessionLink.getAttribute("data-session-id");
  await sessionLink.tap();
  await expect(page).toHaveURL(new RegExp(`session=${sessionId}`));
  const card = page.locator(`article[data-session-id="${sessionId}"]`);
  await expect(card).toBeVisible();
  await expect(card.getByTestId("dose").first()).toHaveText(/^\d+ × \d+/);
  // The cues are folded away; a tap opens the first exercise's, and it still fits.
  await card.getByText("How to do it, and why").first().tap();
  await expect(card.getByText("How:").first()).toBeVisible();
  await expectNoHorizontalScroll(page, 360);

  // The print view and the edit page fit too.
  await page.goto(page.url().replace(/\?.*$/, "") + "/print");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoHorizontalScroll(page, 360);
});
