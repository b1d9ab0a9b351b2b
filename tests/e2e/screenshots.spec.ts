/**
 * Regenerates the README screenshots under docs/ (desktop and 360 px mobile, form and plan).
 * Not part of the normal run: `SCREENSHOTS=1 npx playwright test screenshots` after `npm run build`.
 */
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { addDays, BROWSER_ZONE, createPlanViaApi, sampleInput, todayIn, waitForFormReady } from "./support";

test.use({ timezoneId: BROWSER_ZONE, locale: "en-GB", colorScheme: "light" });

test.skip(!process.env.SCREENSHOTS, "set SCREENSHOTS=1 to regenerate docs/*.png");

const DOCS = path.join(process.cwd(), "docs");

function file(kind: "form" | "plan", isMobile: boolean): string {
  return path.join(DOCS, `screenshot-${kind}-${isMobile ? "mobile" : "desktop"}.png`);
}

/** Scrolls so `selector`'s element starts `margin` px below the top of the viewport. */
async function scrollToTop(page: Page, selector: string, margin = 16): Promise<void> {
  await page.evaluate(
    ([sel, offset]) => {
      const element = document.querySelector(sel as string);
      if (element) window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - (offset as number));
    },
    [selector, margin],
  );
}

test("the planner form", async ({ page, isMobile }) => {
  if (!isMobile) await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto("/");
  await waitForFormReady(page);
  const race = page.getByRole("group", { name: /^Race 1/ });
  await race.getByLabel("Race date").fill(addDays(todayIn(), 150));
  await race.getByLabel(/^Name/).fill("Lakeside Half");
  await page.getByRole("checkbox", { name: "Dumbbells" }).check();
  await page.getByRole("checkbox", { name: "Loop band" }).check();
  await expect(page.getByRole("complementary", { name: "Live preview" }).getByRole("heading", { name: /^Strength on / })).toBeVisible();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  if (isMobile) await scrollToTop(page, "form");
  else await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: file("form", isMobile) });
});

test("the plan page", async ({ page, request, isMobile }) => {
  if (!isMobile) await page.setViewportSize({ width: 1280, height: 1000 });
  const start = todayIn();
  const { id, editToken, plan } = await createPlanViaApi(
    request,
    sampleInput({
      races: [
        { date: addDays(start, 150), name: "Lakeside Half", distance: "half", priority: "A" },
        { date: addDays(start, 70), name: "Parkside 10K", distance: "10k", priority: "B" },
      ],
    }),
  );
  // The runner's own browser: it holds the edit token, so the Edit button shows.
  await page.addInitScript(([planId, token]) => window.localStorage.setItem(`stridelift:edit:${planId}`, token), [id, editToken]);
  const week = plan.weeks[2];
  await page.goto(`/plans/${id}?week=${week.start}`);
  await expect(page.getByRole("heading", { level: 2, name: /^Week 3 of/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit plan" })).toBeVisible();
  if (isMobile) await scrollToTop(page, "#week");
  else await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: file("plan", isMobile) });
});
