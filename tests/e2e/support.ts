/** Shared helpers for the end-to-end specs (not a spec itself). */
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import ICAL from "ical.js";
import type { TPlan } from "@/lib/engine/types";
import type { TPlanInputRaw } from "@/lib/plan-input";

/** The zone every spec's browser runs in, so "today" and the form's time zone are predictable. */
export const BROWSER_ZONE = "Europe/London";

const DAY_MS = 86_400_000;

/** Today (`YYYY-MM-DD`) in `timeZone`, read the same way the app reads it. */
export function todayIn(timeZone: string = BROWSER_ZONE): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

/** `iso` moved by `days`, in calendar days (UTC arithmetic: no machine zone involved). */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of the week holding `iso`. */
export function mondayOf(iso: string): string {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, -((weekday + 6) % 7));
}

/** A valid plan input for API-created plans: season starts today, A race 20 weeks out. */
export function sampleInput(overrides: Partial<TPlanInputRaw> = {}): TPlanInputRaw {
  const start = todayIn();
  return {
    races: [
      { date: addDays(start, 140), name: "Harbour Half", distance: "half", priority: "A" },
      { date: addDays(start, 70), name: "Park 10K", distance: "10k", priority: "B" },
    ],
    startDate: start,
    schedule: { mon: "rest", tue: "hard", wed: "easy", thu: "easy", fri: "rest", sat: "long", sun: "easy" },
    equipment: ["dumbbells", "loop-band", "mat"],
    experience: "experienced",
    sessionMinutes: 45,
    taper: "light",
    units: "kg",
    timeZone: BROWSER_ZONE,
    ...overrides,
  };
}

export type TCreated = { id: string; editToken: string; plan: TPlan };

/** Creates a plan through the public API (for specs that are about the plan pages, not the form). */
export async function createPlanViaApi(request: APIRequestContext, input: TPlanInputRaw = sampleInput()): Promise<TCreated> {
  const response = await request.post("/api/plans", { data: input });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as TCreated;
}

/** The stored plan as the API serves it. */
export async function fetchPlan(request: APIRequestContext, id: string): Promise<{ updatedAt: string; plan: TPlan }> {
  const response = await request.get(`/api/plans/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as { updatedAt: string; plan: TPlan };
}

/**
 * The form fills in the browser's date and zone after hydration (a reset); typing before that
 * would be wiped, so every form spec waits for it first.
 */
export async function waitForFormReady(page: Page): Promise<void> {
  await expect(page.getByLabel("Start date")).toHaveValue(todayIn());
  await expect(page.getByLabel("Time zone")).toHaveValue(BROWSER_ZONE);
}

/**
 * Chooses a radio in a segmented control the way a runner does: by clicking its visible segment
 * (the native radio inside is visually hidden, a 1 px box a pointer cannot reliably hit).
 */
export async function pick(scope: Locator, name: string | RegExp): Promise<void> {
  const radio = scope.getByRole("radio", { name, exact: typeof name === "string" });
  const inner = scope.page().getByRole("radio", { name, exact: typeof name === "string" });
  await scope.locator("label").filter({ has: inner }).click();
  await expect(radio).toBeChecked();
}

/** The horizontal overflow check for small screens. */
export async function expectNoHorizontalScroll(page: Page, width: number): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, "page is wider than the viewport").toBeLessThanOrEqual(width);
}

export type TIcsEvent = {
  uid: string;
  summary: string;
  description: string;
  isDate: boolean;
  /** All-day: `YYYY-MM-DD`; timed: `YYYY-MM-DDTHH:mm` as a wall clock in the zone given to readIcs. */
  start: string;
};

/** The wall-clock time of an instant in `timeZone`, as `YYYY-MM-DDTHH:mm`. */
function wallClock(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * Reads an .ics with ical.js (a parser independent of the app's ical-generator). Timed events
 * (UTC or TZID with a VTIMEZONE) are turned into the wall-clock time a calendar app in
 * `timeZone` would show.
 */
export function readIcs(text: string, timeZone: string = BROWSER_ZONE): { name: string | null; events: TIcsEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    const start = event.startDate;
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description ?? "",
      isDate: start.isDate,
      start: start.isDate ? start.toString() : wallClock(start.toJSDate(), timeZone),
    };
  });
  const name = calendar.getFirstPropertyValue("x-wr-calname");
  return { name: typeof name === "string" ? name : null, events };
}
