/** axe-core finds no violations on any page a runner sees, in light and in dark mode. */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { BROWSER_ZONE, createPlanViaApi, waitForFormReady, type TCreated } from "./support";

test.use({ timezoneId: BROWSER_ZONE, locale: "en-GB" });

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  // A page axe could not inspect would pass vacuously.
  expect(results.passes.length, `axe checked nothing on ${what}`).toBeGreaterThan(10);
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

let created: TCreated;

test.beforeAll(async ({ request }) => {
  created = await createPlanViaApi(request);
});

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} mode`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await page.evaluate(() => window.matchMedia("(prefers-color-scheme: dark)").matches)).toBe(scheme === "dark");
    });

    test("the planner form, with its live preview and an error shown", async ({ page }) => {
      await page.goto("/");
      await waitForFormReady(page);
      await expectNoViolations(page, "the empty form");
      await page.getByRole("group", { name: /^Race 1/ }).getByLabel("Race date").fill(created.plan.input.races[0].date);
      await expect(page.getByRole("complementary", { name: "Live preview" }).getByRole("heading", { name: /^Strength on / })).toBeVisible();
      await expectNoViolations(page, "the form with a preview");
      // A second race left without a date: the errors are checked too.
      await page.getByRole("button", { name: "Add a race" }).click();
      await page.getByRole("button", { name: "Build my season" }).click();
      await expect(page.getByRole("group", { name: /^Race 2/ }).getByLabel("Race date")).toBeFocused();
      await expectNoViolations(page, "the form with errors");
    });

    test("the plan page, with the edit-link banner and an open session", async ({ page }) => {
      const { id, editToken, plan } = created;
      // As right after creating it: the one-time banner and the Edit button are shown.
      await page.addInitScript(
        ([planId, token]) => {
          window.sessionStorage.setItem(`stridelift:new:${planId}`, token);
          window.localStorage.setItem(`stridelift:edit:${planId}`, token);
        },
        [id, editToken],
      );
      const session = plan.sessions[3];
      await page.goto(`/plans/${id}?session=${encodeURIComponent(session.id)}`);
      await expect(page.getByRole("region", { name: /Save your private edit link/ })).toBeVisible();
      await expect(page.getByRole("article", { name: session.title })).toBeVisible();
      await page.getByText("Plan settings").click();
      await expectNoViolations(page, "the plan page");
    });

    test("a race week and the last week of the plan", async ({ page }) => {
      const { id, plan } = created;
      const bRace = plan.input.races.find((r) => r.priority === "B")!;
      await page.goto(`/plans/${id}?week=${bRace.date}`);
      await expect(page.getByText(/Race day: Park 10K/)).toBeVisible();
      await expectNoViolations(page, "a race week");
      await page.goto(`/plans/${id}?week=${plan.weeks[plan.weeks.length - 1].start}`);
      await expect(page.getByRole("heading", { level: 2, name: `Week ${plan.weeks.length} of ${plan.weeks.length}` })).toBeVisible();
      await expectNoViolations(page, "the last week");
    });

    test("the print view", async ({ page }) => {
      await page.goto(`/plans/${created.id}/print`);
      await expect(page.getByRole("table")).toBeVisible();
      await expectNoViolations(page, "the print view");
    });

    test("the edit page", async ({ page }) => {
      await page.goto(`/plans/${created.id}/edit#token=${created.editToken}`);
      await expect(page.getByRole("button", { name: "Save and rebuild" })).toBeVisible();
      await expect(page.getByRole("complementary", { name: "Live preview" }).getByRole("heading", { name: /^Strength on / })).toBeVisible();
      await expectNoViolations(page, "the edit page");
    });

    test("the 404 page", async ({ page }) => {
      const response = await page.goto("/plans/NoSuchPlanAtAll1234567");
      expect(response?.status()).toBe(404);
      await expectNoViolations(page, "the 404 page");
    });
  });
}
