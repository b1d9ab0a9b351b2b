/**
 * The calendar feed after a move or a skip (issue 9): the moved event keeps its UID, its dates move
 * and its SEQUENCE rises; a skipped one is STATUS:CANCELLED. Read back with ical.js, and imported
 * into a real client, khal (Debian package `khal`), before and after a move.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/plans/route";
import { GET as calendarGet } from "@/app/api/plans/[id]/calendar.ics/route";
import { PATCH } from "@/app/api/plans/[id]/sessions/[sessionId]/route";
import { readIcs, type TParsedEvent } from "@/tests/golden/ics/read-ics";
import { setUpTempDatabase } from "./temp-database";
import { bareRequest, bearer, context, jsonRequest, validInput } from "./requests";

setUpTempDatabase();

type TCreated = { id: string; editToken: string };

/** Sessions on Monday and Thursday, with free legal dates between. */
const EASY_WEEK = { mon: "easy", tue: "easy", wed: "easy", thu: "easy", fri: "easy", sat: "easy", sun: "long" } as const;

async function create(overrides: Parameters<typeof validInput>[0] = {}): Promise<TCreated> {
  const response = await createRoute(jsonRequest("POST", "/api/plans", validInput({ schedule: EASY_WEEK, ...overrides })));
  expect(response.status).toBe(201);
  return (await response.json()) as TCreated;
}

async function feed(plan: TCreated): Promise<string> {
  const response = await calendarGet(bareRequest("GET", `/api/plans/${plan.id}/calendar.ics?download=1`), context({ id: plan.id }));
  expect(response.status).toBe(200);
  return response.text();
}

async function patch(plan: TCreated, sessionId: string, body: unknown): Promise<void> {
  const response = await PATCH(jsonRequest("PATCH", "/", body, bearer(plan.editToken)), context({ id: plan.id, sessionId }));
  expect(response.status, await response.clone().text()).toBe(200);
}

function eventOf(ics: string, sessionId: string): TParsedEvent {
  const events = readIcs(ics).events.filter((event) => event.uid.startsWith(`${sessionId}.`));
  expect(events).toHaveLength(1);
  return events[0];
}

describe("the feed after a move or a skip (ical.js)", () => {
  it("a moved session keeps its UID, its DTSTART/DTEND move, its SEQUENCE rises; moving back raises it again", async () => {
    const plan = await create();
    const before = eventOf(await feed(plan), "2027-01-11-A");
    expect(before).toMatchObject({ start: "2027-01-11", end: "2027-01-12", allDay: true, status: null });
    await patch(plan, "2027-01-11-A", { date: "2027-01-12" });
    const ics = await feed(plan);
    const after = eventOf(ics, "2027-01-11-A");
    expect(after.uid).toBe(before.uid);
    expect(after).toMatchObject({ start: "2027-01-12", end: "2027-01-13", status: null });
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.description).toContain("Moved from Mon 11 Jan.");
    // Nothing else moved, and nothing was added: one event per session and race, as before.
    expect(readIcs(ics).events.filter((event) => event.start === "2027-01-11")).toEqual([]);
    await patch(plan, "2027-01-11-A", { date: null });
    const back = eventOf(await feed(plan), "2027-01-11-A");
    expect(back).toMatchObject({ uid: before.uid, start: "2027-01-11", end: "2027-01-12" });
    expect(back.sequence).toBeGreaterThan(after.sequence);
  });

  it("a moved timed session keeps its time on the new date, in the runner's zone", async () => {
    const plan = await create({ sessionTime: "18:30", timeZone: "America/New_York" });
    const before = eventOf(await feed(plan), "2027-01-11-A");
    await patch(plan, "2027-01-11-A", { date: "2027-01-12" });
    const after = eventOf(await feed(plan), "2027-01-11-A");
    expect(before).toMatchObject({ start: "2027-01-11T18:30", tzid: "America/New_York", startUtc: "2027-01-11T23:30:00.000Z" });
    expect(after).toMatchObject({ uid: before.uid, start: "2027-01-12T18:30", end: "2027-01-12T19:15", tzid: "America/New_York", startUtc: "2027-01-12T23:30:00.000Z" });
    expect(after.sequence).toBeGreaterThan(before.sequence);
  });

  it("a skipped session is STATUS:CANCELLED with a higher SEQUENCE; unskipped, it is confirmed again", async () => {
    const plan = await create();
    const before = eventOf(await feed(plan), "2027-01-14-B");
    await patch(plan, "2027-01-14-B", { status: "skipped" });
    const skipped = eventOf(await feed(plan), "2027-01-14-B");
    expect(skipped).toMatchObject({ uid: before.uid, start: "2027-01-14", status: "CANCELLED" });
    expect(skipped.sequence).toBeGreaterThan(before.sequence);
    await patch(plan, "2027-01-14-B", { status: "planned" });
    const planned = eventOf(await feed(plan), "2027-01-14-B");
    expect(planned.status).not.toBe("CANCELLED");
    expect(planned.sequence).toBeGreaterThan(skipped.sequence);
  });
});

/** The khal binary when the Debian package is installed, else null (the test below then says so). */
function findKhal(): string | null {
  const probe = spawnSync("khal", ["--version"], { encoding: "utf8" });
  return probe.status === 0 ? "khal" : null;
}

const KHAL = findKhal();
if (!KHAL) console.warn("[calendar-adjust] khal is not installed: skipping the real-client test (apt-get install khal).");

describe("a real calendar client (khal)", () => {
  let dir = "";
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "stridelift-khal-"));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Runs khal with a throwaway config, calendar and cache, never the user's. */
  function khal(args: string[]): string {
    const result = spawnSync(KHAL!, ["-c", path.join(dir, "config"), ...args], {
      encoding: "utf8",
      env: { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_CACHE_HOME: dir, TZ: "Europe/London", LANG: "C.UTF-8" },
      timeout: 60_000,
    });
    expect(result.status, `khal ${args.join(" ")}: ${result.stderr}`).toBe(0);
    return result.stdout;
  }

  it.skipIf(!KHAL)("imports the feed twice, before and after a move, and lists one event on the new date and none on the old (needs the Debian package khal)", async () => {
    const calendarDir = path.join(dir, "calendar");
    fs.mkdirSync(calendarDir);
    fs.writeFileSync(
      path.join(dir, "config"),
      [
        "[calendars]",
        "[[stridelift]]",
        `path = ${calendarDir}`,
        "type = calendar",
        "[sqlite]",
        `path = ${path.join(dir, "khal.db")}`,
        "[locale]",
        "timeformat = %H:%M",
        "dateformat = %Y-%m-%d",
        "longdateformat = %Y-%m-%d",
        "datetimeformat = %Y-%m-%d %H:%M",
        "longdatetimeformat = %Y-%m-%d %H:%M",
        "default_timezone = Europe/London",
        "local_timezone = Europe/London",
        "",
      ].join("\n"),
    );
    const plan = await create();
    const list = () =>
      khal(["list", "--format", "{start-date} {title}", "--day-format", "", "2027-01-11", "7d"])
        .split("\n")
        .filter((line) => line.trim() !== "");
    const importFeed = (ics: string, name: string) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, ics);
      khal(["import", "--batch", "-a", "stridelift", file]);
    };

    const first = await feed(plan);
    importFeed(first, "before.ics");
    expect(list()).toEqual(["2027-01-11 Strength A · General (45 min)", "2027-01-14 Strength B · General (45 min)"]);
    const stored = fs.readdirSync(calendarDir).length;
    expect(stored).toBe(readIcs(first).events.length);

    await patch(plan, "2027-01-11-A", { date: "2027-01-12" });
    importFeed(await feed(plan), "after.ics");
    expect(list()).toEqual(["2027-01-12 Strength A · General (45 min)", "2027-01-14 Strength B · General (45 min)"]);
    // Updated in place by UID: no second copy of any event.
    expect(fs.readdirSync(calendarDir)).toHaveLength(stored);
  });
});
