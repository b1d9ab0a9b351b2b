/**
 * Offline in the gym: a plan page and its workout mode opened once load with no network (from
 * the service worker), a log made offline waits on the phone and reaches the server exactly once
 * when the network returns, and the edit token is never in a cache.
 */
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { BROWSER_ZONE } from "./support";
import { createStartedPlan, fetchLogs, loggableSession, rememberToken, tickThroughWorkout, waitForWorkoutReady, workoutPath } from "./workout-support";

test.use({ timezoneId: BROWSER_ZONE, locale: "en-GB" });

test.skip(({ isMobile }) => !isMobile, "the gym is a phone thing");

/** Waits until the service worker controls the page and holds a copy of `path`. */
async function waitUntilCached(page: Page, path: string): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  await page.waitForFunction(async (url) => (await caches.match(url)) !== undefined, path, { timeout: 30_000 });
}

/** The outbox entries in IndexedDB, read the way the app stores them. */
function readOutbox(page: Page): Promise<{ key: string; authorization: string; body: unknown }[]> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("stridelift-offline", 1);
        open.onupgradeneeded = () => open.result.createObjectStore("log-outbox", { keyPath: "key" });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction("log-outbox").objectStore("log-outbox").getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Every URL and body the service worker's caches hold. */
function readCaches(page: Page): Promise<{ url: string; text: string }[]> {
  return page.evaluate(async () => {
    const all: { url: string; text: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        all.push({ url: request.url, text: response ? await response.text() : "" });
      }
    }
    return all;
  });
}

/** PUTs of session logs that got an answer from the server, from the page or its service worker. */
function countLogPuts(context: BrowserContext): { count: number } {
  const seen = { count: 0 };
  context.on("requestfinished", (request) => {
    if (request.method() === "PUT" && /\/api\/plans\/[^/]+\/sessions\/[^/]+\/log$/.test(new URL(request.url()).pathname)) seen.count++;
  });
  return seen;
}

test("opened once, the plan and workout pages work offline; an offline log is sent once when the network returns", async ({ page, context, request }) => {
  const created = await createStartedPlan(request);
  const session = loggableSession(created);
  const planPath = `/plans/${created.id}`;
  const workout = workoutPath(created.id, session.id);
  await rememberToken(page, created);
  const puts = countLogPuts(context);

  // Online: the plan page (the worker installs after load and keeps a copy), then workout mode.
  await page.goto(planPath);
  await waitUntilCached(page, planPath);
  await page.goto(workout);
  await waitForWorkoutReady(page);
  await waitUntilCached(page, workout);

  // Offline: both pages load from the worker; a page never opened gets the offline page.
  await context.setOffline(true);
  const planResponse = await page.goto(planPath);
  expect(planResponse?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const printResponse = await page.goto(`${planPath}/print`);
  expect(printResponse?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole("heading", { level: 1, name: "You're offline" })).toBeVisible();
  await page.goto(workout);
  await waitForWorkoutReady(page);
  await expect(page.getByRole("heading", { level: 2, name: session.exercises[0].name })).toBeVisible();

  // The workout, logged with no network: kept on the phone, and said so.
  await tickThroughWorkout(page, session);
  await expect(page.getByRole("heading", { level: 2, name: "Saved on this phone" })).toBeVisible();
  await expect(page.getByTestId("outbox-status")).toContainText("1 workout log waiting to be sent");
  expect((await fetchLogs(request, created.id))[session.id]).toBeUndefined();
  const queued = await readOutbox(page);
  expect(queued).toHaveLength(1);
  expect(queued[0].key).toBe(`${created.id}/${session.id}`);
  expect(queued[0].authorization).toBe(`Bearer ${created.editToken}`);
  expect(JSON.stringify(queued[0].body)).not.toContain(created.editToken);
  expect(puts.count).toBe(0);

  // Back online: the outbox empties itself and the server has the log, from one PUT.
  await context.setOffline(false);
  await expect(page.getByTestId("outbox-status")).not.toContainText("waiting", { timeout: 20_000 });
  await expect.poll(async () => (await fetchLogs(request, created.id))[session.id]?.status).toBe("done");
  expect(await readOutbox(page)).toEqual([]);
  expect(puts.count).toBe(1);

  // A later visit flushes again and finds nothing to send.
  await page.goto(planPath);
  await page.goto(workout);
  await waitForWorkoutReady(page);
  await page.waitForTimeout(1_000);
  expect(puts.count).toBe(1);

  // The edit token is in no cache key and no cached body.
  const cached = await readCaches(page);
  expect(cached.length).toBeGreaterThan(10);
  expect(cached.some((entry) => entry.url.endsWith(workout))).toBe(true);
  for (const entry of cached) {
    expect(entry.url).not.toContain(created.editToken);
    expect(entry.text.includes(created.editToken), entry.url).toBe(false);
  }
});
