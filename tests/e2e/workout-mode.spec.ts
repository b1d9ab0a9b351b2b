/**
 * Workout mode on a 360 px phone: one exercise at a time, the rest timer on a fake clock (its
 * announcements at the start, at 10 s left and at the end), a hold countdown, RIR on the last set,
 * and Finish saving the log through the API.
 */
import { expect, test, type Page } from "@playwright/test";
import { BROWSER_ZONE, expectNoHorizontalScroll } from "./support";
import { createStartedPlan, fetchLogs, loggableSession, rememberToken, tickThroughWorkout, waitForWorkoutReady, workoutPath } from "./workout-support";

test.use({ timezoneId: BROWSER_ZONE, locale: "en-GB" });

test.skip(({ isMobile }) => !isMobile, "workout mode is tested on the phone");

/** m:ss, as the countdown shows it. */
function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

function announcer(page: Page) {
  return page.locator("p[aria-live=polite]");
}

test("a runner does a whole session with the rest timer and a hold, and Finish saves the log", async ({ page, request }) => {
  const created = await createStartedPlan(request);
  const session = loggableSession(created);
  await rememberToken(page, created);
  await page.clock.install();
  const response = await page.goto(workoutPath(created.id, session.id));
  expect(response?.status()).toBe(200);
  await waitForWorkoutReady(page);
  // From here on time moves only when the test says so.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);

  const first = session.exercises[0];
  await expect(page.getByRole("heading", { level: 1 })).toContainText(session.title);
  await expect(page.getByRole("heading", { level: 2, name: first.name })).toBeVisible();
  await expect(page.getByText(`Exercise 1 of ${session.exercises.length}`)).toBeVisible();
  await expect(page.getByTestId("workout-dose")).toContainText(`${first.sets} ×`);
  await expectNoHorizontalScroll(page, 360);

  // The first set's boxes hold the prescription; ticking it starts the rest.
  const amount = first.seconds ?? first.reps;
  if (amount !== undefined) await expect(page.getByRole("textbox", { name: /^Set 1 (Reps|Seconds|Metres)$/ })).toHaveValue(String(amount));
  await page.getByRole("checkbox", { name: "Done: set 1" }).check();
  const timer = page.getByRole("timer", { name: "Rest time left" });
  await expect(timer).toHaveText(clock(first.restSeconds));
  await expect(announcer(page)).toHaveText(/^Rest \d/);

  // Not announced every second: nothing new until ten seconds are left.
  await page.clock.runFor(5_000);
  await expect(timer).toHaveText(clock(first.restSeconds - 5));
  await expect(announcer(page)).toHaveText(/^Rest \d/);
  await page.clock.runFor((first.restSeconds - 15) * 1_000);
  await expect(timer).toHaveText("0:10");
  await expect(announcer(page)).toHaveText("10 seconds left.");

  // +15 s, then the end.
  await page.getByRole("button", { name: "+15 s more rest" }).click();
  await expect(timer).toHaveText("0:25");
  await page.clock.runFor(25_000);
  await expect(timer).toBeHidden();
  await expect(announcer(page)).toHaveText(/^Rest over\. /);

  // A hold counts down and ticks its own set when it ends.
  const holdIndex = session.exercises.findIndex((item) => item.seconds !== undefined);
  if (holdIndex > 0) {
    const hold = session.exercises[holdIndex];
    for (let i = 0; i < holdIndex; i++) await page.getByRole("button", { name: "Next exercise" }).click();
    await expect(page.getByRole("heading", { level: 2, name: hold.name })).toBeFocused();
    await page.getByRole("button", { name: "Start hold for set 1" }).click();
    const holdTimer = page.getByRole("timer", { name: "Hold time left" });
    await expect(holdTimer).toHaveText(clock(hold.seconds!));
    await page.getByRole("button", { name: "Pause the hold" }).click();
    await page.clock.runFor(60_000);
    await expect(holdTimer).toHaveText(clock(hold.seconds!));
    await page.getByRole("button", { name: "Resume the hold" }).click();
    await page.clock.runFor(hold.seconds! * 1_000);
    await expect(page.getByRole("checkbox", { name: "Done: set 1" })).toBeChecked();
    await expect(page.getByRole("timer", { name: "Rest time left" })).toBeVisible();
    await expect(announcer(page)).toHaveText(/^Hold done\. Rest /);
    await page.getByRole("button", { name: "Skip the rest" }).click();
    for (let i = holdIndex; i > 0; i--) await page.getByRole("button", { name: /^Previous/ }).click();
  }

  // The rest of the session, ticked through; the first set stays ticked.
  await expect(page.getByRole("checkbox", { name: "Done: set 1" })).toBeChecked();
  await page.getByRole("checkbox", { name: "Done: set 1" }).uncheck();
  await tickThroughWorkout(page, session);
  await expect(page.getByRole("heading", { level: 2, name: "Workout saved" })).toBeFocused();

  const logs = await fetchLogs(request, created.id);
  const log = logs[session.id];
  expect(log?.status).toBe("done");
  const ids = [...new Set(session.exercises.map((item) => item.exerciseId))];
  expect(log.exercises.map((exercise) => exercise.exerciseId)).toEqual(ids);
  for (const exercise of log.exercises) {
    const items = session.exercises.filter((item) => item.exerciseId === exercise.exerciseId);
    expect(exercise.sets).toHaveLength(Math.min(10, items.reduce((sum, item) => sum + item.sets, 0)));
    expect(exercise.rir).toBe(2);
    const item = items[0];
    if (item.seconds !== undefined) expect(exercise.sets[0].seconds).toBe(item.seconds);
    else expect(exercise.sets[0].reps).toBe(item.reps);
  }
  // The plan page shows the session as done (the API's adapted plan).
  const plan = (await (await request.get(`/api/plans/${created.id}`)).json()) as { plan: { sessions: { id: string; status: string }[] } };
  expect(plan.plan.sessions.find((s) => s.id === session.id)?.status).toBe("done");
});

test("without the edit token the runner can still do the workout, and is told why it is not saved", async ({ page, request }) => {
  const created = await createStartedPlan(request);
  const session = loggableSession(created);
  await page.goto(workoutPath(created.id, session.id));
  await waitForWorkoutReady(page);
  await expect(page.getByText(/does not have your private edit link/)).toBeVisible();
  await tickThroughWorkout(page, session);
  await expect(page.getByRole("alert").getByRole("heading", { name: /this phone needs your private edit link/ })).toBeFocused();
  expect((await fetchLogs(request, created.id))[session.id]).toBeUndefined();
});

test("progress survives a reload mid-workout", async ({ page, request }) => {
  const created = await createStartedPlan(request);
  const session = loggableSession(created);
  await rememberToken(page, created);
  await page.goto(workoutPath(created.id, session.id));
  await waitForWorkoutReady(page);
  await page.getByRole("checkbox", { name: "Done: set 1" }).check();
  await page.getByRole("button", { name: "Next exercise" }).click();
  await page.reload();
  await waitForWorkoutReady(page);
  await expect(page.getByRole("heading", { level: 2, name: session.exercises[1].name })).toBeVisible();
  await page.getByRole("button", { name: /^Previous/ }).click();
  await expect(page.getByRole("checkbox", { name: "Done: set 1" })).toBeChecked();
});

test("an unknown session, or another plan's session, is a 404", async ({ page, request }) => {
  const created = await createStartedPlan(request);
  const other = await createStartedPlan(request);
  for (const path of [workoutPath(created.id, "2000-01-01-A"), workoutPath("NoSuchPlanAtAll1234567", created.plan.sessions[0].id)]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toContainText("couldn't find");
  }
  // Session ids are dates and slots, so another plan may have the same id; an id this plan lacks is a 404.
  const foreign = other.plan.sessions.find((s) => !created.plan.sessions.some((mine) => mine.id === s.id));
  if (foreign) expect((await page.goto(workoutPath(created.id, foreign.id)))?.status()).toBe(404);
});
