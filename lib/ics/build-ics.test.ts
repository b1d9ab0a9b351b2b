import { describe, expect, it } from "vitest";
import { buildPlan } from "@/lib/engine/build-plan";
import type { TPlan } from "@/lib/engine/types";
import type { TPlanInput } from "@/lib/plan-input";
import { buildIcs, sessionUid } from "@/lib/ics/build-ics";
import { describePrescription } from "@/lib/ics/describe-prescription";
import { calendarFileName, slugify } from "@/lib/ics/calendar-file-name";
import { FIXTURE_NOW, FIXTURE_PLAN_ID, FIXTURE_PLAN_URL, GOLDEN_CASES, makeFixturePlan, TRICKY_RACE_NAME } from "@/tests/golden/ics/fixture-plans";
import { readIcs } from "@/tests/golden/ics/read-ics";

const OPTIONS = { planId: FIXTURE_PLAN_ID, planUrl: FIXTURE_PLAN_URL, now: FIXTURE_NOW };

function engineInput(overrides: Partial<TPlanInput> = {}): TPlanInput {
  return {
    races: [{ date: "2027-12-05", name: "Winter Marathon", distance: "marathon", priority: "A" }],
    startDate: "2027-08-30",
    schedule: { mon: "rest", tue: "hard", wed: "easy", thu: "easy", fri: "rest", sat: "easy", sun: "long" },
    equipment: ["kettlebell", "loop-band", "dumbbells", "step"],
    experience: "experienced",
    sessionMinutes: 45,
    taper: "full",
    units: "kg",
    timeZone: "Europe/London",
    ...overrides,
  };
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The UTC offset (minutes) of `timeZone` at `instant`, from Intl (not from our code or the .ics). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" }).formatToParts(instant);
  const name = parts.find((part) => part.type === "timeZoneName")!.value; // "GMT+01:00" or "GMT"
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** Checks every session and race of `plan` against the parsed .ics (independent parser: ical.js). */
function expectCalendarMatchesPlan(plan: TPlan, ics: string): void {
  const parsed = readIcs(ics);
  const byUid = new Map(parsed.events.map((event) => [event.uid, event]));
  expect(parsed.events).toHaveLength(plan.sessions.length + plan.input.races.length);
  expect(byUid.size).toBe(parsed.events.length);
  const { sessionTime, timeZone } = plan.input;
  for (const session of plan.sessions) {
    const event = byUid.get(sessionUid(FIXTURE_PLAN_ID, session));
    expect(event, `event for ${session.id}`).toBeDefined();
    expect(event!.summary).toBe(`${session.title} (${session.minutes} min)`);
    if (!sessionTime) {
      expect(event!.allDay).toBe(true);
      expect(event!.start).toBe(session.date);
      expect(event!.end).toBe(nextDay(session.date));
      continue;
    }
    expect(event!.allDay).toBe(false);
    // With a TZID the wall time is written as is; without one (UTC fallback) it is a UTC instant.
    if (event!.tzid !== null) expect(event!.start).toBe(`${session.date}T${sessionTime}`);
    // The instant the parser computes from the VTIMEZONE must equal the wall time minus the zone's
    // real offset on that date (Intl's tz database), which flips at DST changes.
    const startUtc = Date.parse(event!.startUtc!);
    const naiveUtc = Date.parse(`${session.date}T${sessionTime}:00Z`);
    expect((naiveUtc - startUtc) / 60_000).toBe(offsetMinutes(new Date(startUtc), timeZone));
    expect(Date.parse(event!.endUtc!) - startUtc).toBe(session.minutes * 60_000);
  }
  for (const race of plan.input.races) {
    const event = parsed.events.find((candidate) => candidate.uid.startsWith(`race-${race.date}-${race.distance}`));
    expect(event, `event for race ${race.date}`).toBeDefined();
    expect(event!.allDay).toBe(true);
    expect(event!.start).toBe(race.date);
    expect(event!.end).toBe(nextDay(race.date));
  }
}

describe("buildIcs: every session and race read back by ical.js", () => {
  it("all-day plan: each session on its date, DTEND the next day; races all-day", () => {
    const plan = GOLDEN_CASES["all-day"];
    expectCalendarMatchesPlan(plan, buildIcs(plan, OPTIONS));
  });

  it("timed plan across the March DST change in Europe/London: 18:30 is 18:30Z before and 17:30Z after", () => {
    const plan = GOLDEN_CASES["timed-london-dst"];
    const ics = buildIcs(plan, OPTIONS);
    expectCalendarMatchesPlan(plan, ics);
    const parsed = readIcs(ics);
    expect(parsed.timezones).toEqual(["Europe/London"]);
    const before = parsed.events.find((event) => event.start === "2027-03-26T18:30")!;
    const after = parsed.events.find((event) => event.start === "2027-03-30T18:30")!;
    expect(before.tzid).toBe("Europe/London");
    expect(before.startUtc).toBe("2027-03-26T18:30:00.000Z");
    expect(after.startUtc).toBe("2027-03-30T17:30:00.000Z");
  });

  it("engine plan, timed in Europe/London across late October: offsets flip from +1 h to 0", () => {
    const plan = buildPlan(engineInput({ sessionTime: "07:00" }), { today: "2027-08-30" });
    expect(plan.sessions.some((s) => s.date < "2027-10-31")).toBe(true);
    expect(plan.sessions.some((s) => s.date > "2027-10-31")).toBe(true);
    const ics = buildIcs(plan, OPTIONS);
    expectCalendarMatchesPlan(plan, ics);
    const utcHours = new Set(readIcs(ics).events.filter((e) => !e.allDay).map((e) => new Date(e.startUtc!).getUTCHours()));
    expect([...utcHours].sort()).toEqual([6, 7]);
  });

  it("engine plan, all-day, with a light taper: every session on its date", () => {
    const plan = buildPlan(engineInput({ taper: "light", experience: "new", sessionMinutes: 60 }), { today: "2027-08-30" });
    expectCalendarMatchesPlan(plan, buildIcs(plan, OPTIONS));
  });

  it("engine plan, timed in America/New_York across early November", () => {
    const plan = buildPlan(engineInput({ timeZone: "America/New_York", sessionTime: "19:45" }), { today: "2027-08-30" });
    expectCalendarMatchesPlan(plan, buildIcs(plan, OPTIONS));
  });

  it("UTC and zones without a bundled VTIMEZONE fall back to exact UTC instants", () => {
    for (const timeZone of ["UTC", "America/Ciudad_Juarez"]) {
      const plan = makeFixturePlan({ startDate: "2027-03-01", weeks: 3, timeZone, sessionTime: "12:00" });
      const ics = buildIcs(plan, OPTIONS);
      expect(ics).not.toContain("TZID=");
      expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/);
      expectCalendarMatchesPlan(plan, ics);
    }
  });
});

describe("buildIcs: calendar and event properties", () => {
  it("writes X-WR-CALNAME, REFRESH-INTERVAL and X-PUBLISHED-TTL of 12 hours", () => {
    const ics = buildIcs(GOLDEN_CASES["timed-london-dst"], OPTIONS);
    expect(ics).toContain("\r\nX-WR-CALNAME:Stridelift: Brighton Half\r\n");
    expect(ics).toContain("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n");
    expect(ics).toContain("\r\nX-PUBLISHED-TTL:PT12H\r\n");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    // RFC 5545: calendar properties first, then components; every line ends with CRLF.
    expect(ics.indexOf("X-PUBLISHED-TTL")).toBeLessThan(ics.indexOf("BEGIN:VTIMEZONE"));
    expect(ics.indexOf("BEGIN:VTIMEZONE")).toBeLessThan(ics.indexOf("BEGIN:VEVENT"));
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("every event has DTSTAMP = now (UTC) and the output is deterministic", () => {
    const plan = GOLDEN_CASES["all-day"];
    const ics = buildIcs(plan, OPTIONS);
    expect(buildIcs(plan, OPTIONS)).toBe(ics);
    const stamps = ics.split("\r\n").filter((line) => line.startsWith("DTSTAMP"));
    expect(stamps).toHaveLength(plan.sessions.length + plan.input.races.length);
    expect(new Set(stamps)).toEqual(new Set(["DTSTAMP:20270101T090000Z"]));
  });

  it("the description lists every exercise with its dose, the effort cue and the plan link", () => {
    const plan = GOLDEN_CASES["all-day"];
    const events = readIcs(buildIcs(plan, OPTIONS)).events;
    for (const session of plan.sessions) {
      const event = events.find((candidate) => candidate.uid === sessionUid(FIXTURE_PLAN_ID, session))!;
      for (const exercise of session.exercises) expect(event.description).toContain(describePrescription(exercise));
      for (const reason of session.why) expect(event.description).toContain(reason.text);
      expect(event.description).toMatch(/2 to 3 reps still in reserve/);
      expect(event.description).toContain(FIXTURE_PLAN_URL);
    }
  });

  it("doses read in plain words: reps each side, holds in seconds, tempo, load note", () => {
    const [first] = GOLDEN_CASES["all-day"].sessions;
    const byId = (id: string) => first.exercises.find((exercise) => exercise.exerciseId === id)!;
    expect(describePrescription(byId("single-leg-romanian-deadlift"))).toBe("Single-leg Romanian deadlift: 3 x 10 each side, moderate, rest 60 s");
    expect(describePrescription(byId("side-plank"))).toBe("Side plank: 3 x 30 s each side, bodyweight, rest 45 s");
    expect(describePrescription(byId("single-leg-calf-raise"))).toBe(
      "Single-leg calf raise (slow lowering): 3 x 12 each side, challenging, lower for 3-4 s, rest 60 s",
    );
    const swing = GOLDEN_CASES["all-day"].sessions[1].exercises.find((exercise) => exercise.exerciseId === "kettlebell-swing")!;
    expect(describePrescription(swing)).toBe("Kettlebell swing: 3 x 12, moderate, rest 60 s (12-16 kg kettlebell)");
  });

  it("commas, semicolons, backslashes, quotes, newlines and emoji in a race name read back exactly", () => {
    const ics = buildIcs(GOLDEN_CASES["all-day"], OPTIONS);
    const parsed = readIcs(ics);
    expect(parsed.name).toBe(`Stridelift: ${TRICKY_RACE_NAME}`);
    const race = parsed.events.find((event) => event.uid.startsWith("race-") && event.summary.includes("Big"))!;
    expect(race.summary).toBe(`Race: ${TRICKY_RACE_NAME} (Half marathon, A)`);
    // Folded lines stay within 75 octets and never split an emoji.
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(ics).not.toContain("\uFFFD");
  });

  it("no reminders unless reminderMinutes is set", () => {
    expect(buildIcs(GOLDEN_CASES["timed-london-dst"], OPTIONS)).not.toContain("BEGIN:VALARM");
  });

  it("timed reminders fire reminderMinutes before the start", () => {
    const plan = GOLDEN_CASES["timed-reminders-new-york"];
    const events = readIcs(buildIcs(plan, OPTIONS)).events.filter((event) => !event.uid.startsWith("race-"));
    expect(events).toHaveLength(plan.sessions.length);
    for (const event of events) {
      expect(event.alarmTriggers).toEqual(["-PT30M"]);
      expect(event.alarmRelated).toEqual(["START"]);
    }
  });

  it("all-day reminders fire at 08:00 on the day (8 h after the all-day start)", () => {
    const plan = GOLDEN_CASES["all-day-reminders"];
    const events = readIcs(buildIcs(plan, OPTIONS)).events;
    for (const event of events.filter((candidate) => !candidate.uid.startsWith("race-"))) {
      expect(event.alarmTriggers).toEqual(["PT8H"]);
      expect(event.alarmRelated).toEqual(["START"]);
    }
    // Races are not training sessions: no reminder.
    for (const race of events.filter((candidate) => candidate.uid.startsWith("race-"))) expect(race.alarmTriggers).toEqual([]);
  });
});

describe("buildIcs: stable UIDs", () => {
  it("a second export (later DTSTAMP) has the same UIDs", () => {
    const plan = buildPlan(engineInput(), { today: "2027-08-30" });
    const first = readIcs(buildIcs(plan, OPTIONS)).events.map((event) => event.uid);
    const second = readIcs(buildIcs(plan, { ...OPTIONS, now: new Date("2027-09-15T12:00:00Z") })).events.map((event) => event.uid);
    expect(second).toEqual(first);
    expect(first.every((uid) => uid.endsWith(`.${FIXTURE_PLAN_ID}@stridelift`))).toBe(true);
  });

  it("a regenerate with a changed schedule keeps the UIDs of sessions on the same date and slot", () => {
    const before = buildPlan(engineInput(), { today: "2027-08-30" });
    // Friday and Sunday become easy runs: session B moves off Friday, A stays on Wednesday.
    const after = buildPlan(
      engineInput({ schedule: { mon: "rest", tue: "hard", wed: "easy", thu: "easy", fri: "easy", sat: "easy", sun: "easy" } }),
      { today: "2027-08-30" },
    );
    const uidsBefore = new Map(readIcs(buildIcs(before, OPTIONS)).events.map((event) => [event.uid, event.start]));
    const uidsAfter = new Map(readIcs(buildIcs(after, OPTIONS)).events.map((event) => [event.uid, event.start]));
    const keptKeys = after.sessions.filter((s) => before.sessions.some((b) => b.date === s.date && b.slot === s.slot));
    const movedKeys = after.sessions.filter((s) => !before.sessions.some((b) => b.date === s.date && b.slot === s.slot));
    expect(keptKeys.length).toBeGreaterThan(0);
    expect(movedKeys.length).toBeGreaterThan(0);
    for (const session of keptKeys) expect(uidsBefore.get(sessionUid(FIXTURE_PLAN_ID, session))).toBe(session.date);
    for (const session of movedKeys) expect(uidsBefore.has(sessionUid(FIXTURE_PLAN_ID, session))).toBe(false);
    for (const session of after.sessions) expect(uidsAfter.get(sessionUid(FIXTURE_PLAN_ID, session))).toBe(session.date);
  });

  it("UIDs differ between plans with the same sessions", () => {
    const plan = GOLDEN_CASES["all-day"];
    const a = readIcs(buildIcs(plan, OPTIONS)).events.map((event) => event.uid);
    const b = readIcs(buildIcs(plan, { ...OPTIONS, planId: "zzzzzzzzzzzzzzzzzzzzzz" })).events.map((event) => event.uid);
    expect(a.some((uid) => b.includes(uid))).toBe(false);
  });
});

describe("calendar file name", () => {
  it.each([
    ["Zürich Marathon, 2027!", "zurich-marathon-2027"],
    ["  --Ben's \"Big\" Half--  ", "ben-s-big-half"],
    ["🏃‍♀️🏃", ""],
    ["../../etc/passwd", "etc-passwd"],
  ])("slugify(%j) = %j", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("uses the target race and falls back to distance and date when its name has nothing ASCII", () => {
    const plan = makeFixturePlan({ startDate: "2027-02-01", weeks: 2, timeZone: "UTC", raceName: "🏃‍♀️" });
    expect(calendarFileName({ races: plan.input.races, today: "2027-02-01" })).toBe(`stridelift-half-${plan.input.races[0].date}.ics`);
    const named = makeFixturePlan({ startDate: "2027-02-01", weeks: 2, timeZone: "UTC", raceName: "Bath Half" });
    expect(calendarFileName({ races: named.input.races, today: "2027-02-01" })).toBe("stridelift-bath-half.ics");
  });

  it("with two A races names the next upcoming one, then the last once both are past", () => {
    const races = [
      { date: "2027-05-02", name: "Spring Half", distance: "half" as const, priority: "A" as const },
      { date: "2027-10-10", name: "Autumn Marathon", distance: "marathon" as const, priority: "A" as const },
    ];
    expect(calendarFileName({ races, today: "2027-04-01" })).toBe("stridelift-spring-half.ics");
    expect(calendarFileName({ races, today: "2027-05-02" })).toBe("stridelift-spring-half.ics");
    expect(calendarFileName({ races, today: "2027-05-03" })).toBe("stridelift-autumn-marathon.ics");
    expect(calendarFileName({ races, today: "2028-01-01" })).toBe("stridelift-autumn-marathon.ics");
  });
});
