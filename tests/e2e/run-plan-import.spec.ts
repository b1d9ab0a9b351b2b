/**
 * Importing a run plan on the form (DOMAIN.md section 10): upload a Runna-like feed, review it,
 * change one day, apply, and the saved plan places its sessions around the real weeks.
 */
import path from "node:path";
import { expect, test } from "@playwright/test";
import { BROWSER_ZONE } from "./support";
import type { TPlan } from "@/lib/engine/types";

test.use({ timezoneId: BROWSER_ZONE, locale: "en-GB" });
test.skip(({ isMobile }) => isMobile, "one run on the desktop is enough for the flow");

const FIXTURE = path.join(process.cwd(), "tests", "fixtures", "run-plans", "runna-like.ics");

test("upload a calendar, review it, change a day, apply: sessions go around the real weeks", async ({ page, request }) => {
  await page.goto("/");
  await expect(page.locator("form[aria-label='Plan your strength season']")).toBeVisible();
  await page.getByLabel("Start date").fill("2027-03-01");
  await page.getByLabel("Race date").fill("2027-03-28");
  await page.getByLabel("Time zone").fill(BROWSER_ZONE);

  await page.getByRole("radio", { name: "Upload a .ics file" }).check();
  await page.getByLabel("Calendar file (.ics)").setInputFiles(FIXTURE);
  await page.getByRole("button", { name: "Read my run plan" }).click();
  await expect(page.getByRole("heading", { name: "Review your run weeks" })).toBeVisible();
  // The feed's strength add-on is listed, not read as a run.
  await expect(page.getByText(/Strength: Lower Body/).first()).toBeVisible();

  // Tuesday 9 March is an easy run in the feed; the runner makes it a hard session.
  const ninth = page.getByLabel(/^Tuesday,? 9 March/);
  await expect(ninth).toHaveValue("easy");
  await ninth.selectOption("hard");
  await page.getByRole("button", { name: "Apply to my plan" }).click();
  await expect(page.getByText(/Applied: \d+ days from your run plan/)).toBeVisible();

  await page.getByRole("button", { name: "Build my season" }).click();
  await expect(page).toHaveURL(/\/plans\/[A-Za-z0-9_-]+$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  const body = (await (await request.get(`/api/plans/${id}`)).json()) as { input: { runDays: Record<string, string> }; plan: TPlan };
  expect(body.input.runDays["2027-03-09"]).toBe("hard");
  expect(body.input.runDays["2027-03-03"]).toBe("hard");
  const blocked = Object.entries(body.input.runDays).filter(([, kind]) => kind === "hard" || kind === "long").map(([date]) => date);
  const dayBefore = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  for (const session of body.plan.sessions) {
    expect(blocked, `session on ${session.date}`).not.toContain(session.date);
    expect(blocked.map(dayBefore), `session on ${session.date}`).not.toContain(session.date);
  }
  expect(body.plan.sessions.some((session) => session.date < "2027-03-28")).toBe(true);
});
