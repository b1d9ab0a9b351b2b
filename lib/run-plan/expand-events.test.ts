import { describe, expect, it } from "vitest";
import { createExpansionBudget } from "@/lib/run-plan/expansion-budget";
import { expandEvents, type TExpandEventsOptions } from "@/lib/run-plan/expand-events";
import { readCalendar } from "@/lib/run-plan/read-calendar";
import { RunPlanError } from "@/lib/run-plan/run-plan-error";
import { allDay, vcalendar, vevent } from "@/tests/fixtures/calendar-text";

type TOptions = Omit<TExpandEventsOptions, "calendars" | "timeZone"> & { timeZone?: string };

function expand(text: string, options: TOptions = {}) {
  return expandEvents({ calendars: readCalendar(text).calendars, timeZone: "Europe/London", ...options });
}

function dated(text: string, options: TOptions = {}): string[] {
  return expand(text, options).instances.map((instance) => `${instance.date} ${instance.summary}`);
}

function thrownCode(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof RunPlanError ? error.code : "not a RunPlanError";
  }
}

/** A New York VTIMEZONE as Google Calendar writes it (current rules only). */
const NEW_YORK = [
  "BEGIN:VTIMEZONE",
  "TZID:America/New_York",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:-0500",
  "TZOFFSETTO:-0400",
  "TZNAME:EDT",
  "DTSTART:19700308T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:-0400",
  "TZOFFSETTO:-0500",
  "TZNAME:EST",
  "DTSTART:19701101T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

describe("expandEvents: dating each event in the runner's zone", () => {
  it("dates all-day events by their DATE whatever the runner's zone", () => {
    const text = vcalendar(allDay("20270303", "Easy run"));
    for (const timeZone of ["Pacific/Auckland", "America/Los_Angeles", "Europe/London"]) {
      expect(dated(text, { timeZone })).toEqual(["2027-03-03 Easy run"]);
    }
  });

  it("dates 23:30 London on the 3rd on the 3rd, however the file stores it", () => {
    const text = vcalendar(
      NEW_YORK,
      vevent("DTSTART:20270303T233000Z", "DTEND:20270304T003000Z", "SUMMARY:as UTC"),
      vevent("DTSTART;TZID=America/New_York:20270303T183000", "DTEND;TZID=America/New_York:20270303T193000", "SUMMARY:as New York"),
      vevent("DTSTART;TZID=Europe/London:20270303T233000", "DURATION:PT1H", "SUMMARY:as London"),
      vevent("DTSTART;TZID=/mozilla.org/20050126_1/America/New_York:20270303T183000", "SUMMARY:as prefixed TZID"),
    );
    expect(dated(text)).toEqual(["2027-03-03 as UTC", "2027-03-03 as New York", "2027-03-03 as London", "2027-03-03 as prefixed TZID"]);
  });

  it("dates 00:30 BST on the 4th on the 4th although it is still the 3rd in UTC", () => {
    expect(dated(vcalendar(vevent("DTSTART:20270603T233000Z", "SUMMARY:late")))).toEqual(["2027-06-04 late"]);
    expect(dated(vcalendar(vevent("DTSTART:20270603T233000Z", "SUMMARY:late")), { timeZone: "America/New_York" })).toEqual([
      "2027-06-03 late",
    ]);
  });

  it("reads floating times in the runner's zone", () => {
    expect(dated(vcalendar(vevent("DTSTART:20270303T233000", "SUMMARY:floating")), { timeZone: "Pacific/Auckland" })).toEqual([
      "2027-03-03 floating",
    ]);
  });

  it("uses the file's VTIMEZONE for a TZID the runtime does not know (Outlook names)", () => {
    const outlook = NEW_YORK.replace("TZID:America/New_York", "TZID:Eastern Standard Time");
    const text = vcalendar(outlook, vevent("DTSTART;TZID=Eastern Standard Time:20270303T193000", "SUMMARY:outlook"));
    expect(dated(text)).toEqual(["2027-03-04 outlook"]);
  });

  it("reads a TZID no one knows as floating and reports it", () => {
    const result = expand(vcalendar(vevent("DTSTART;TZID=Mars/Olympus:20270303T233000", "SUMMARY:mars")));
    expect(result.instances.map((instance) => instance.date)).toEqual(["2027-03-03"]);
    expect(result.unknownZones).toEqual(["Mars/Olympus"]);
  });

  it("keeps the wall date of a midnight-to-midnight event (an all-day event written as times)", () => {
    const text = vcalendar(vevent("DTSTART:20270303T000000Z", "DTEND:20270304T000000Z", "SUMMARY:all day as UTC"));
    expect(dated(text, { timeZone: "America/Los_Angeles" })).toEqual(["2027-03-03 all day as UTC"]);
  });

  it("marks events longer than a day as multi-day, not one that only crosses midnight", () => {
    const text = vcalendar(
      allDay("20270310", "Ski trip", "DTEND;VALUE=DATE:20270313"),
      allDay("20270311", "One day", "DTEND;VALUE=DATE:20270312"),
      vevent("DTSTART:20270312T230000Z", "DTEND:20270313T010000Z", "SUMMARY:night run"),
      vevent("DTSTART:20270314T080000Z", "DTEND:20270315T090000Z", "SUMMARY:25 hours"),
    );
    expect(expand(text).instances.map((instance) => [instance.summary, instance.multiDay, instance.durationMinutes])).toEqual([
      ["Ski trip", true, null],
      ["One day", false, null],
      ["night run", false, 120],
      ["25 hours", true, 1500],
    ]);
  });
});

describe("expandEvents: RRULE, EXDATE and RECURRENCE-ID", () => {
  const weekly = [
    "UID:club@test",
    "DTSTART;TZID=America/New_York:20270302T193000",
    "DTEND;TZID=America/New_York:20270302T203000",
    "RRULE:FREQ=WEEKLY;COUNT=6",
    "EXDATE;TZID=America/New_York:20270323T193000",
    "SUMMARY:Club run",
  ];

  it("expands a weekly rule in its own zone across both DST changes, skipping the EXDATE", () => {
    // New York moves on 14 March, London on 28 March: 19:30 New York is 00:30 next day, then 23:30, then 00:30.
    expect(dated(vcalendar(NEW_YORK, vevent(...weekly)))).toEqual([
      "2027-03-03 Club run",
      "2027-03-10 Club run",
      "2027-03-16 Club run",
      "2027-03-31 Club run",
      "2027-04-07 Club run",
    ]);
  });

  it("replaces a moved occurrence by its override, also moved into or out of the range", () => {
    const text = vcalendar(
      NEW_YORK,
      vevent(...weekly),
      vevent("UID:club@test", "RECURRENCE-ID;TZID=America/New_York:20270309T193000", "DTSTART;TZID=America/New_York:20270311T070000", "SUMMARY:Club run (moved to Thursday)"),
      vevent("UID:club@test", "RECURRENCE-ID;TZID=America/New_York:20270406T193000", "DTSTART;TZID=America/New_York:20270301T070000", "SUMMARY:Club run (moved early)"),
    );
    expect(dated(text, { from: "2027-03-01", to: "2027-03-31" })).toEqual([
      "2027-03-03 Club run",
      "2027-03-11 Club run (moved to Thursday)",
      "2027-03-16 Club run",
      "2027-03-31 Club run",
      "2027-03-01 Club run (moved early)",
    ]);
    const outOfRange = vcalendar(
      NEW_YORK,
      vevent(...weekly),
      vevent("UID:club@test", "RECURRENCE-ID;TZID=America/New_York:20270302T193000", "DTSTART;TZID=America/New_York:20270601T070000", "SUMMARY:moved away"),
    );
    expect(dated(outOfRange, { from: "2027-03-01", to: "2027-03-31" })).not.toContain("2027-03-03 Club run");
  });

  it("drops cancelled occurrences and cancelled series", () => {
    const text = vcalendar(
      NEW_YORK,
      vevent(...weekly),
      vevent("UID:club@test", "RECURRENCE-ID;TZID=America/New_York:20270309T193000", "DTSTART;TZID=America/New_York:20270309T193000", "STATUS:CANCELLED", "SUMMARY:Club run"),
      vevent("UID:gone@test", "DTSTART;VALUE=DATE:20270305", "RRULE:FREQ=DAILY;COUNT=3", "STATUS:CANCELLED", "SUMMARY:gone"),
      vevent("UID:gone@test", "RECURRENCE-ID;VALUE=DATE:20270306", "DTSTART;VALUE=DATE:20270306", "SUMMARY:gone too"),
    );
    const dates = dated(text);
    expect(dates).not.toContain("2027-03-10 Club run");
    expect(dates.filter((entry) => entry.includes("gone"))).toEqual([]);
  });

  it("keeps an override whose series is not in the file", () => {
    const text = vcalendar(vevent("UID:orphan@test", "RECURRENCE-ID;VALUE=DATE:20270306", "DTSTART;VALUE=DATE:20270307", "SUMMARY:orphan"));
    expect(dated(text)).toEqual(["2027-03-07 orphan"]);
  });

  it("stops an endless rule at the end of the range", () => {
    const text = vcalendar(vevent("DTSTART;VALUE=DATE:20270104", "RRULE:FREQ=DAILY", "SUMMARY:daily"));
    const result = expand(text, { from: "2027-01-01", to: "2027-01-31" });
    expect(result.instances).toHaveLength(28);
    expect(result.instances.at(-1)?.date).toBe("2027-01-31");
  });

  it("counts occurrences before the range as outside it", () => {
    const text = vcalendar(vevent("DTSTART;VALUE=DATE:20270104", "RRULE:FREQ=WEEKLY;COUNT=10", "SUMMARY:weekly"));
    const result = expand(text, { from: "2027-02-01", to: "2027-12-31" });
    expect(result.instances).toHaveLength(6);
    expect(result.outsideRange).toBe(4);
  });
});

describe("expandEvents: bounds", () => {
  it("throws too_many_events on the first occurrence past maxEvents, not after expanding everything", () => {
    const text = vcalendar(vevent("DTSTART;VALUE=DATE:20270101", "RRULE:FREQ=DAILY", "SUMMARY:daily"));
    expect(thrownCode(() => expand(text, { from: "2027-01-01", to: "2028-12-31", maxEvents: 100 }))).toBe("too_many_events");
    expect(expand(text, { from: "2027-01-01", to: "2027-04-10", maxEvents: 100 }).instances).toHaveLength(100);
  });

  it.each(["FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "FREQ=DAILY;BYMONTHDAY=-30;BYMONTH=2", "FREQ=DAILY;BYDAY=5MO", "FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30"])(
    "skips a rule ical.js would search forever for (%s), keeping the other events",
    (rule) => {
      const text = vcalendar(vevent("DTSTART:20270101T070000Z", `RRULE:${rule}`, "SUMMARY:never"), allDay("20270105", "Tempo"));
      const result = expand(text);
      expect(result.skippedEvents).toBe(1);
      expect(result.instances.map((instance) => instance.summary)).toEqual(["Tempo"]);
    },
  );

  it("still expands a rule that matches rarely (29 February)", () => {
    const text = vcalendar(vevent("DTSTART;VALUE=DATE:20270101", "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29", "SUMMARY:leap day"));
    expect(dated(text, { from: "2027-01-01", to: "2028-12-31" })).toEqual(["2027-01-01 leap day", "2028-02-29 leap day"]);
  });

  it("refuses a rule that repeats every second with too_many_events", () => {
    const text = vcalendar(vevent("DTSTART:20270101T070000Z", "RRULE:FREQ=SECONDLY", "SUMMARY:every second"));
    expect(thrownCode(() => expand(text))).toBe("too_many_events");
  });

  it("refuses many never-matching rules together once the shared budget is spent", () => {
    const never = Array.from({ length: 30 }, (_, index) =>
      vevent(`UID:never-${index}@test`, "DTSTART:20270101T070000Z", "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "SUMMARY:never"),
    );
    expect(thrownCode(() => expand(vcalendar(...never)))).toBe("too_many_events");
  });

  it("charges every rule against one shared budget", () => {
    const text = vcalendar(vevent("DTSTART;VALUE=DATE:20270101", "RRULE:FREQ=DAILY;COUNT=50", "SUMMARY:a"));
    expect(thrownCode(() => expand(text, { budget: createExpansionBudget(20) }))).toBe("too_many_events");
    expect(expand(text, { budget: createExpansionBudget(200) }).instances).toHaveLength(50);
  });

  it("skips an event whose rule ical.js refuses, or without a start, and keeps the others", () => {
    const text = vcalendar(
      vevent("DTSTART;VALUE=DATE:20270104", "RRULE:FREQ=WEEKLY;BYMONTHDAY=3", "SUMMARY:refused rule"),
      vevent("SUMMARY:no start"),
      allDay("20270105", "Tempo"),
    );
    const result = expand(text);
    expect(result.instances.map((instance) => instance.summary)).toEqual(["Tempo"]);
    expect(result.skippedEvents).toBe(2);
  });
});

describe("expandEvents: the default range", () => {
  it("spans 104 weeks from the first event", () => {
    const text = vcalendar(
      allDay("20270104", "first"),
      allDay("20281231", "last"),
      vevent("DTSTART;VALUE=DATE:20270110", "RRULE:FREQ=WEEKLY", "SUMMARY:weekly, endless"),
    );
    const result = expand(text);
    expect(result.range).toEqual({ from: "2027-01-04", to: "2028-12-31" });
    const weekly = result.instances.filter((instance) => instance.summary === "weekly, endless");
    expect(weekly).toHaveLength(104);
    expect(weekly.at(-1)?.date).toBe("2028-12-31");
  });

  it("ends at the last single event when the feed is longer (years of history before the plan)", () => {
    const text = vcalendar(allDay("20200106", "old"), allDay("20270104", "plan"), allDay("20270425", "race"));
    expect(expand(text).range).toEqual({ from: "2025-04-28", to: "2027-04-25" });
  });

  it("spans 104 weeks from `from`, or up to `to`, when only one is given", () => {
    const text = vcalendar(allDay("20270104", "a"));
    expect(expand(text, { from: "2027-01-01" }).range).toEqual({ from: "2027-01-01", to: "2028-12-28" });
    expect(expand(text, { to: "2027-12-31" }).range).toEqual({ from: "2026-01-03", to: "2027-12-31" });
  });

  it("is null for a calendar without a dated event", () => {
    expect(expand(vcalendar()).range).toBeNull();
  });
});
