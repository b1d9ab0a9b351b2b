/** axe-core finds no violations in workout mode, light and dark: first exercise, a running rest, RIR, the result. */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { BROWSER_ZONE } from "./support";
import { createStartedPlan, loggableSession, rememberToken, waitForWorkoutReady, workoutPath } from "./workout-support";

test.use({ timezoneId: BROWSER_ZONE, locale: "en-GB" });

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length, `axe checked nothing on ${what}`).toBeGreaterThan(10);
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

for (const scheme of ["light", "dark"] as const) {
  test(`workout mode has no axe violations in ${scheme} mode`, async ({ page, request }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const created = await createStartedPlan(request);
    const session = loggableSession(created);
    await rememberToken(page, created);
    await page.goto(workoutPath(created.id, session.id));
    await waitForWorkoutReady(page);
    await expectNoViolations(page, "the first exercise");

    const first = session.exercises[0];
    for (let set = 1; set <= first.sets; set++) await page.getByRole("checkbox", { name: `Done: set ${set}` }).check();
    await expect(page.getByRole("timer", { name: "Rest time left" })).toBeVisible();
    await page.getByRole("radio", { name: "3" }).check();
    await expectNoViolations(page, "a running rest with the RIR question");

    // Every tap target is at least 44 px high.
    const small = await page.evaluate(() =>
      [...document.querySelectorAll("main button, main a, main input, main label:has(input), section[aria-label$=timer] button")]
        .filter((el) => !(el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox")))
        .map((el) => ({ text: (el.textContent ?? el.getAttribute("aria-label") ?? "").trim(), height: el.getBoundingClientRect().height }))
        .filter((target) => target.height > 0 && target.height < 44),
    );
    expect(small).toEqual([]);

    const unknown = await page.goto(workoutPath(created.id, "2000-01-01-A"));
    expect(unknown?.status()).toBe(404);
    await expectNoViolations(page, "the 404 page of a session");
  });
}
