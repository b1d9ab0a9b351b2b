/**
 * The runner's whole journey on a laptop: plan a season in the form (with the live preview),
 * save it, keep the private edit link, browse the weeks, read a session, take the calendar,
 * and change the plan later through the edit link.
 */
import fs from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import type { TSession } from "@/lib/engine/types";
import { addDays, BROWSER_ZONE, fetchPlan, mondayOf, pick, readIcs, todayIn, waitForFormReady } from "./support";

test.use({ timezoneId: BROWSER_ZONE, locale: "en-GB" });

test.skip(({ isMobile }) => isMobile, "the mobile journey lives in mobile.spec.ts");

type TRunType = "Rest" | "Easy" | "Hard" | "Long" | "Cross";
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

async function setWeek(page: Page, week: readonly TRunType[]): Promise<void> {
  for (const [i, day] of DAYS.entries()) {
    await pick(page.getByRole("group", { name: day, exact: true }), week[i]);
  }
}

function preview(page: Page): Locator {
  return page.getByRole("complementary", { name: "Live preview" });
}

test("a runner plans a season, browses it, exports it and edits it with the private link", async ({ page, browser, request, baseURL }) => {
  const today = todayIn();
  const aRace = addDays(today, 150);
  const bRace = addDays(today, 63);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await waitForFormReady(page);

  // --- The form, filled the way a runner would (labels and roles only) ---
  const race1 = page.getByRole("group", { name: /^Race 1/ });
  await race1.getByLabel("Race date").fill(aRace);
  await race1.getByLabel(/^Name/).fill("Lakeside Half");
  await race1.getByLabel("Distance").selectOption({ label: "Half marathon" });
  await expect(race1.getByLabel("Priority")).toHaveValue("A");

  await page.getByRole("button", { name: "Add a race" }).click();
  const race2 = page.getByRole("group", { name: /^Race 2/ });
  // Adding a race puts the cursor in its date field.
  await expect(race2.getByLabel("Race date")).toBeFocused();
  await race2.getByLabel("Race date").fill(bRace);
  await race2.getByLabel(/^Name/).fill("Parkside 10K");
  await race2.getByLabel("Distance").selectOption({ label: "10K" });
  await race2.getByLabel("Priority").selectOption({ label: "B · tune-up" });

  // A third row, added and removed again: the form keeps two races.
  await page.getByRole("button", { name: "Add a race" }).click();
  await page.getByRole("button", { name: "Remove race 3" }).click();
  await expect(page.getByRole("group", { name: /^Race \d/ })).toHaveCount(2);

  // The live preview follows the form: the default week gives Wednesday and Sunday.
  const live = preview(page);
  await expect(live.getByRole("heading", { name: "Strength on Wednesday and Sunday" })).toBeVisible();
  await expect(live.getByText(/^Preview updated: \d+ strength sessions on Wednesday and Sunday\.$/)).toBeAttached();

  // An awkward week (hard/long runs almost everywhere) leaves one legal day: the preview warns.
  await setWeek(page, ["Hard", "Rest", "Hard", "Easy", "Easy", "Long", "Hard"]);
  await expect(live.getByRole("heading", { name: "Strength on Thursday" })).toBeVisible();
  await expect(live.getByRole("listitem").filter({ hasText: /^Warning: / }).first()).toContainText("Thursday");
  await expect(live.getByText(/^Preview updated: \d+ strength sessions on Thursday\. \d+ warnings?\.$/)).toBeAttached();
  // The same warning sits under the week, where the fix is made.
  const warning = (await live.getByRole("listitem").filter({ hasText: /^Warning: / }).first().innerText()).replace(/^Warning:\s*/, "");
  await expect(page.getByRole("region", { name: "Your running week" }).getByText(warning)).toBeVisible();

  // A workable week: two strength days again, no warning.
  await setWeek(page, ["Rest", "Easy", "Hard", "Easy", "Easy", "Rest", "Long"]);
  await expect(live.getByRole("heading", { name: /^Strength on \w+day and \w+day$/ })).toBeVisible();
  await expect(live.getByRole("listitem").filter({ hasText: /^Warning: / })).toHaveCount(0);

  await page.getByRole("button", { name: "Full gym" }).click();
  await expect(page.getByRole("checkbox", { name: "Barbell" })).toBeChecked();
  await page.getByRole("button", { name: "Bodyweight only" }).click();
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);
  await page.getByRole("checkbox", { name: "Dumbbells" }).check();
  await page.getByRole("checkbox", { name: "Kettlebell" }).check();
  await page.getByRole("checkbox", { name: "Loop band" }).check();

  await pick(page.getByRole("group", { name: "Lifting experience" }), /^Experienced/);
  await pick(page.getByRole("group", { name: "Session length" }), "60 min");
  await pick(page.getByRole("group", { name: "Units" }), "kg");
  await pick(page.getByRole("group", { name: "Taper before an A race" }), /^Light taper/);
  await page.getByLabel("Session time").fill("18:30");
  const lastPreview = page.waitForResponse(
    (r) => r.url().endsWith("/api/plans/preview") && (r.request().postDataJSON() as { reminderMinutes?: number }).reminderMinutes === 30,
  );
  await page.getByLabel(/^Reminder/).fill("30");
  // The preview of the finished form: the numbers the runner sees before saving.
  const previewed = ((await lastPreview.then((r) => r.json())) as { plan: { sessions: TSession[] } }).plan.sessions;
  await expect(live.getByRole("definition").first()).toHaveText(String(previewed.length));
  await expect(live.getByText(new RegExp(`^Preview updated: ${previewed.length} strength sessions on `))).toBeAttached();

  // --- Submit: progress is shown while the server works ---
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/plans", async (route) => {
    await held;
    await route.continue();
  });
  const created = page.waitForResponse((r) => r.url().endsWith("/api/plans") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Build my season" }).click();
  await expect(page.getByRole("button", { name: "Building your season…" })).toBeDisabled();
  release();
  const response = await created;
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await page.unroute("**/api/plans");

  await page.waitForURL(`**/plans/${id}`);
  const planPath = `/plans/${id}`;

  // --- The one-time private edit link ---
  const banner = page.getByRole("region", { name: /Save your private edit link/ });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("only way to edit");
  const linkBox = banner.getByRole("textbox", { name: "Private edit link" });
  await expect(linkBox).toHaveValue(new RegExp(`/plans/${id}/edit#token=[A-Za-z0-9_-]{20,}$`));
  const editLink = await linkBox.inputValue();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await banner.getByRole("button", { name: "Copy link" }).click();
  await expect(banner.getByRole("status")).toHaveText("Copied to your clipboard.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(editLink);

  const { plan } = await fetchPlan(request, id);
  expect(plan.input.sessionMinutes).toBe(60);
  expect(plan.input.sessionTime).toBe("18:30");
  expect(plan.input.equipment).toEqual(["loop-band", "dumbbells", "kettlebell"]);
  expect(plan.sessions.length).toBeGreaterThan(10);
  // What was saved is what the preview showed.
  expect(plan.sessions.map((x) => x.id)).toEqual(previewed.map((x) => x.id));

  // --- Header ---
  await expect(page.getByRole("heading", { level: 1, name: "Strength plan for Lakeside Half" })).toBeVisible();
  const races = page.getByRole("list", { name: "Races" });
  await expect(races.getByRole("listitem")).toHaveCount(2);
  await expect(races.getByRole("listitem").filter({ hasText: "Lakeside Half" })).toContainText("150 days to go");
  await expect(races.getByRole("listitem").filter({ hasText: "Parkside 10K" })).toContainText("63 days to go");
  await expect(page.getByTestId("phase-now")).toContainText("General preparation");
  const subscribe = page.getByRole("link", { name: /Subscribe/ });
  await expect(subscribe).toHaveAttribute("href", new RegExp(`^webcal://[^/]+/api/plans/${id}/calendar\\.ics$`));

  // The link is shown once: a reload no longer shows it, but this browser can still edit.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit plan" })).toBeVisible();
  await expect(page.getByRole("region", { name: /Save your private edit link/ })).toHaveCount(0);

  // --- Weeks: this week, next, previous, deep link ---
  const weekCount = plan.weeks.length;
  const weekHeading = page.getByRole("heading", { level: 2, name: /^Week \d+ of \d+/ });
  await expect(weekHeading).toContainText(`Week 1 of ${weekCount}`);
  await expect(page.locator(`li[data-date="${today}"]`)).toHaveAttribute("aria-current", "date");
  await expect(page.locator(`li[data-date="${today}"]`)).toContainText("Today");
  const weeksNav = page.getByRole("navigation", { name: "Weeks" });
  await weeksNav.getByRole("link", { name: /^Next week/ }).click();
  await expect(weekHeading).toContainText(`Week 2 of ${weekCount}`);
  await expect(page).toHaveURL(new RegExp(`\\?week=${plan.weeks[1].start}`));
  await weeksNav.getByRole("link", { name: /^Next week/ }).click();
  await expect(weekHeading).toContainText(`Week 3 of ${weekCount}`);
  await weeksNav.getByRole("link", { name: /^Previous week/ }).click();
  await expect(weekHeading).toContainText(`Week 2 of ${weekCount}`);
  await weeksNav.getByRole("link", { name: /^This week/ }).click();
  await expect(weekHeading).toContainText(`Week 1 of ${weekCount}`);

  const target = plan.weeks[5];
  await page.goto(`${planPath}?week=${target.start}`);
  await expect(weekHeading).toContainText(`Week ${target.index} of ${weekCount}`);
  // Any day of the week deep-links to its Monday-to-Sunday week.
  await page.goto(`${planPath}?week=${addDays(target.start, 3)}`);
  await expect(weekHeading).toContainText(`Week ${target.index} of ${weekCount}`);
  expect(mondayOf(target.start)).toBe(target.start);

  // The week shows each day's run and its strength sessions.
  const days = page.getByRole("list", { name: `Days of week ${target.index}` });
  await expect(days.getByRole("listitem")).toHaveCount(7);
  const weekSessions = plan.sessions.filter((s) => s.date >= target.start && s.date <= target.end);
  expect(weekSessions.length).toBeGreaterThan(0);
  for (const session of weekSessions) {
    await expect(days.locator(`li[data-date="${session.date}"] a[data-session-id="${session.id}"]`)).toBeVisible();
  }

  // --- Open a session from the calendar ---
  const chosen: TSession = weekSessions[weekSessions.length - 1];
  await days.locator(`a[data-session-id="${chosen.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`session=${encodeURIComponent(chosen.id)}`));
  const card = page.getByRole("article", { name: chosen.title });
  await expect(card).toBeVisible();
  const exercises = card.getByRole("listitem").filter({ has: page.getByTestId("dose") });
  await expect(exercises).toHaveCount(chosen.exercises.length);
  for (const [i, item] of chosen.exercises.entries()) {
    const row = exercises.nth(i);
    await expect(row.getByRole("heading")).toContainText(item.name);
    const dose =
      item.reps !== undefined ? `${item.sets} × ${item.reps}` : item.seconds !== undefined ? `${item.sets} × ${item.seconds} s` : `${item.sets} sets`;
    await expect(row.getByTestId("dose")).toHaveText(new RegExp(`^${dose}( each side)?$`));
    await expect(row).toContainText("How: ");
  }
  await expect(card.getByText(/^(Easier|Harder):$/).first()).toBeVisible();
  await expect(card).toContainText("60 min");

  // Another session of the week, opened from its summary (a closed <details>).
  if (weekSessions.length > 1) {
    const other = weekSessions[0];
    const details = page.locator(`details#session-${other.id}`);
    await expect(details).not.toHaveAttribute("open");
    await details.locator(":scope > summary").click();
    await expect(details.getByRole("article", { name: other.title })).toBeVisible();
  }

  // --- The .ics download, read back by an independent parser ---
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download .ics" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("stridelift-lakeside-half.ics");
  const ics = readIcs(fs.readFileSync((await download.path())!, "utf8"));
  expect(ics.name).toContain("Lakeside Half");
  for (const session of plan.sessions) {
    const event = ics.events.find((e) => e.uid.includes(session.id));
    expect(event, `no event for ${session.id}`).toBeDefined();
    // Timed at the chosen 18:30 in the runner's zone, on the session's date.
    expect(event!.isDate).toBe(false);
    expect(event!.start).toBe(`${session.date}T18:30`);
    expect(event!.summary).toContain(`(${session.minutes} min)`);
    for (const item of session.exercises) expect(event!.description).toContain(item.name);
  }
  for (const race of plan.input.races) {
    const event = ics.events.find((e) => e.isDate && e.start === race.date);
    expect(event, `no event for race on ${race.date}`).toBeDefined();
    expect(event!.summary).toContain(race.name!);
  }
  expect(ics.events).toHaveLength(plan.sessions.length + plan.input.races.length);
  const feed = await request.get(subscribeHttp(await subscribe.getAttribute("href"), baseURL!));
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");

  // --- Edit with the private link, in a browser that has never seen the plan ---
  const fresh = await browser.newContext({ timezoneId: BROWSER_ZONE, locale: "en-GB", baseURL });
  const editor = await fresh.newPage();
  await editor.goto(editLink);
  await expect(editor.getByRole("heading", { level: 1, name: "Edit your season" })).toBeVisible();
  await expect(editor.getByRole("group", { name: /^Race 1/ }).getByLabel(/^Name/)).toHaveValue("Lakeside Half");
  const length = editor.getByRole("group", { name: "Session length" });
  await expect(length.getByRole("radio", { name: "60 min" })).toBeChecked();
  await pick(length, "30 min");
  // Move the long run from Sunday to Saturday.
  await pick(editor.getByRole("group", { name: "Saturday", exact: true }), "Long");
  await pick(editor.getByRole("group", { name: "Sunday", exact: true }), "Easy");
  await editor.getByRole("button", { name: "Save and rebuild" }).click();
  await editor.waitForURL(`**/plans/${id}`);
  await expect(editor.getByRole("status").filter({ hasText: "Changes saved" })).toBeVisible();
  await editor.getByText("Plan settings").click();
  await expect(editor.getByRole("definition").filter({ hasText: /^30 minutes$/ })).toBeVisible();

  const after = await fetchPlan(request, id);
  expect(after.plan.input.sessionMinutes).toBe(30);
  expect(after.plan.input.schedule.sat).toBe("long");
  expect(after.plan.sessions.every((s) => s.minutes === 30 || s.slot === "light")).toBe(true);
  const firstSession = after.plan.sessions[0];
  await editor.goto(`${planPath}?session=${encodeURIComponent(firstSession.id)}`);
  await expect(editor.getByRole("article", { name: firstSession.title })).toContainText("30 min");
  await fresh.close();

  // The original tab sees the change too.
  await page.goto(planPath);
  await page.getByText("Plan settings").click();
  await expect(page.getByRole("definition").filter({ hasText: /^30 minutes$/ })).toBeVisible();
});

/** webcal://host/path -> the same feed over the test server's http. */
function subscribeHttp(href: string | null, baseURL: string): string {
  expect(href).toMatch(/^webcal:\/\//);
  return new URL(new URL(href!.replace(/^webcal:/, "http:")).pathname, baseURL).toString();
}
