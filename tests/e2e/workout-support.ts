/** Helpers for the workout-mode specs (not a spec itself). */
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import type { TSession } from "@/lib/engine/types";
import type { TLogJson } from "@/lib/plans/plan-response";
import { addDays, createPlanViaApi, sampleInput, todayIn, type TCreated } from "./support";

/**
 * A plan whose season began three weeks ago, so sessions up to today can be logged (the API takes
 * logs only for sessions dated up to tomorrow in the plan's zone).
 */
export async function createStartedPlan(request: APIRequestContext): Promise<TCreated> {
  const today = todayIn();
  return createPlanViaApi(
    request,
    sampleInput({
      startDate: addDays(today, -21),
      races: [{ date: addDays(today, 120), name: "Harbour Half", distance: "half", priority: "A" }],
    }),
  );
}

/** The latest session dated today or earlier, preferring one with a hold in it. */
export function loggableSession(created: TCreated): TSession {
  const today = todayIn();
  const past = created.plan.sessions.filter((session) => session.date <= today && session.exercises.length > 0);
  expect(past.length, "the plan has no session to log yet").toBeGreaterThan(0);
  const withHold = past.filter((session) => session.exercises.some((item) => item.seconds !== undefined));
  return (withHold.length > 0 ? withHold : past)[(withHold.length > 0 ? withHold : past).length - 1];
}

export function workoutPath(planId: string, sessionId: string): string {
  return `/plans/${planId}/sessions/${encodeURIComponent(sessionId)}/workout`;
}

/** This browser holds the plan's edit token, as after creating the plan here. */
export async function rememberToken(page: Page, created: TCreated): Promise<void> {
  await page.addInitScript(([planId, token]) => window.localStorage.setItem(`stridelift:edit:${planId}`, token), [created.id, created.editToken]);
}

/** Waits until the runner island has hydrated (ticks before that would be lost). */
export async function waitForWorkoutReady(page: Page): Promise<void> {
  await expect(page.locator("[data-hydrated=true]")).toBeAttached();
}

/** The logs as the API serves them. */
export async function fetchLogs(request: APIRequestContext, planId: string): Promise<Record<string, TLogJson>> {
  // The request context's socket sat idle through the workout, past the server's 5 s keep-alive:
  // reusing it as the server closes it is a reset before any answer (seen once in CI). Browsers
  // resend an idempotent GET then; so does this, once.
  const get = () => request.get(`/api/plans/${planId}`);
  const response = await get().catch((error: unknown) => {
    if (error instanceof Error && error.message.includes("ECONNRESET")) return get();
    throw error;
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { logs: Record<string, TLogJson> }).logs;
}

/** Ticks every set of every exercise, skipping each rest, answers RIR 2 and presses Finish. */
export async function tickThroughWorkout(page: Page, session: TSession): Promise<void> {
  for (const [index, item] of session.exercises.entries()) {
    await expect(page.getByRole("heading", { level: 2, name: item.name })).toBeVisible();
    for (let set = 1; set <= item.sets; set++) {
      await page.getByRole("checkbox", { name: `Done: set ${set}` }).check();
      const skip = page.getByRole("button", { name: "Skip the rest" });
      if (await skip.isVisible()) await skip.click();
    }
    await page.getByRole("group", { name: "Reps in reserve on the last set" }).getByRole("radio", { name: "2" }).check();
    if (index < session.exercises.length - 1) await page.getByRole("button", { name: "Next exercise" }).click();
  }
  await page.getByRole("button", { name: "Finish workout" }).click();
}
