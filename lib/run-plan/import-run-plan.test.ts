import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importRunPlan } from "@/lib/run-plan/import-run-plan";
import { RunPlanError } from "@/lib/run-plan/run-plan-error";
import { allDay, vcalendar, vevent } from "@/tests/fixtures/calendar-text";
import type { TRunPlanImport } from "@/lib/run-plan/types";

const FIXTURES = path.resolve(__dirname, "../../tests/fixtures/run-plans");

/** A hand-written expected file: `days` maps date -> kind, a trailing `?` meaning low confidence. */
type TExpected = {
  timeZone: string;
  from?: string;
  to?: string;
  days: Record<string, string>;
  races: TRunPlanImport["races"];
  ignored: { date: string; reason: string }[];
  warnings?: string[];
};

function load(name: string): { ics: string; expected: TExpected } {
  return {
    ics: readFileSync(path.join(FIXTURES, `${name}.ics`), "utf8"),
    expected: JSON.parse(readFileSync(path.join(FIXTURES, `${name}.expected.json`), "utf8")) as TExpected,
  };
}

/** Dates whose kind (and confidence) match the expected file, over the expected dates. */
function accuracy(result: TRunPlanImport, expected: TExpected): { right: number; total: number } {
  const byDate = new Map(result.days.map((day) => [day.date, day.confidence === "low" ? `${day.kind}?` : day.kind]));
  const dates = Object.keys(expected.days);
  return { right: dates.filter((date) => byDate.get(date) === expected.days[date]).length, total: dates.length };
}

describe.each(["runna-like", "trainingpeaks-like", "calendar-hack-like", "google-like", "rrule-weekly", "broken-lines", "no-runs"])(
  "fixture %s",
  (name) => {
    const { ics, expected } = load(name);
    const result = importRunPlan({ ics, timeZone: expected.timeZone, from: expected.from, to: expected.to });

    it("gives every date the hand-written kind, and no other date", () => {
      const got = Object.fromEntries(result.days.map((day) => [day.date, day.confidence === "low" ? `${day.kind}?` : day.kind]));
      expect(got).toEqual(expected.days);
      const { right, total } = accuracy(result, expected);
      console.info(`[run-plan accuracy] ${name}: ${right}/${total}`);
    });

    it("sorts the days and covers exactly first to last run date", () => {
      const dates = result.days.map((day) => day.date);
      expect(dates).toEqual([...dates].sort());
      const expectedDates = Object.keys(expected.days).sort();
      expect(result.range).toEqual(expectedDates.length > 0 ? { start: expectedDates[0], end: expectedDates.at(-1) } : null);
    });

    it("offers the race-like events and lists the ignored ones", () => {
      expect(result.races).toEqual(expected.races);
      expect(result.ignored.map(({ date, reason }) => ({ date, reason }))).toEqual(expected.ignored);
    });

    it("warns as expected", () => {
      const codes = result.warnings.map((warning) => warning.code);
      for (const code of expected.warnings ?? []) expect(codes).toContain(code);
      expect(codes.includes("no_runs")).toBe(Object.keys(expected.days).length === 0);
      expect(codes.includes("low_confidence")).toBe(Object.values(expected.days).some((kind) => kind.endsWith("?")));
    });
  },
);

describe("importRunPlan: the result shape", () => {
  it("is exactly { days, range, races, ignored, warnings } with { summary, kind } events", () => {
    const result = importRunPlan({
      ics: vcalendar(allDay("20270104", "Easy run"), allDay("20270106", "Berlin Half"), allDay("20270105", "Strength")),
      timeZone: "Europe/London",
    });
    expect(result).toEqual({
      days: [
        { date: "2027-01-04", kind: "easy", confidence: "high", events: [{ summary: "Easy run", kind: "easy" }] },
        { date: "2027-01-05", kind: "rest", confidence: "high", events: [] },
        { date: "2027-01-06", kind: "hard", confidence: "high", events: [{ summary: "Berlin Half", kind: "hard" }] },
      ],
      range: { start: "2027-01-04", end: "2027-01-06" },
      races: [{ date: "2027-01-06", name: "Berlin Half", distance: "half" }],
      ignored: [{ date: "2027-01-05", summary: "Strength", reason: "strength" }],
      warnings: [],
    });
  });

  it("omits a race's distance when the title gives none it can guess", () => {
    const result = importRunPlan({ ics: vcalendar(allDay("20270104", "Kilian's Marathon")), timeZone: "UTC" });
    expect(result.races).toEqual([{ date: "2027-01-04", name: "Kilian's Marathon", distance: "marathon" }]);
    const unnamed = importRunPlan({ ics: vcalendar(allDay("20270104", "Mud race 7 mi")), timeZone: "UTC" });
    expect(unnamed.races).toEqual([{ date: "2027-01-04", name: "Mud race 7 mi", distance: "other" }]);
  });

  it("reads only from..to and says how many events it left out", () => {
    const ics = vcalendar(allDay("20270104", "Easy run"), allDay("20270111", "Tempo"), allDay("20270118", "Long run"));
    const result = importRunPlan({ ics, timeZone: "Europe/London", from: "2027-01-10", to: "2027-01-12" });
    expect(result.days.map((day) => day.date)).toEqual(["2027-01-11"]);
    expect(result.warnings.find((warning) => warning.code === "events_outside_range")?.message).toBe(
      "2 event(s) outside 2027-01-10 to 2027-01-12 were left out.",
    );
  });

  it("shortens very long titles and names untitled events", () => {
    const result = importRunPlan({ ics: vcalendar(allDay("20270104", `Easy ${"x".repeat(500)}`), vevent("DTSTART;VALUE=DATE:20270105")), timeZone: "UTC" });
    expect(result.days[0].events[0].summary).toHaveLength(200);
    expect(result.days[1].events[0].summary).toBe("(no title)");
  });

  it("accepts the zone in any case and as a link", () => {
    const ics = vcalendar(vevent("DTSTART:20270303T233000Z", "SUMMARY:Easy run"));
    expect(importRunPlan({ ics, timeZone: "us/eastern" }).days[0].date).toBe("2027-03-03");
    expect(importRunPlan({ ics, timeZone: "ASIA/TOKYO" }).days[0].date).toBe("2027-03-04");
  });
});

describe("importRunPlan: hostile calendars", () => {
  function codeOf(run: () => unknown): string | null {
    try {
      run();
      return null;
    } catch (error) {
      return error instanceof RunPlanError ? error.code : String(error);
    }
  }

  it("refuses 10,000 events in the range with too_many_events, stopping at 5,001", () => {
    const events = Array.from({ length: 10_000 }, (_, index) => {
      const day = String(1 + (index % 28)).padStart(2, "0");
      return vevent(`UID:e${index}@flood`, `DTSTART;VALUE=DATE:202702${day}`, `SUMMARY:Easy run ${index}`);
    });
    expect(codeOf(() => importRunPlan({ ics: vcalendar(...events), timeZone: "Europe/London" }))).toBe("too_many_events");
    expect(() => importRunPlan({ ics: vcalendar(...events.slice(0, 5_000)), timeZone: "Europe/London" })).not.toThrow();
  });

  it("refuses text that is not a calendar with invalid_calendar", () => {
    expect(codeOf(() => importRunPlan({ ics: "<html>Log in to see this calendar</html>", timeZone: "UTC" }))).toBe("invalid_calendar");
  });

  it("reads an empty calendar as no runs", () => {
    const result = importRunPlan({ ics: vcalendar(), timeZone: "UTC" });
    expect(result).toMatchObject({ days: [], range: null, races: [], ignored: [] });
    expect(result.warnings.map((warning) => warning.code)).toEqual(["no_runs"]);
  });
});
