import { describe, expect, it } from "vitest";
import { readCalendar } from "@/lib/run-plan/read-calendar";
import { RunPlanError } from "@/lib/run-plan/run-plan-error";
import { allDay, vcalendar } from "@/tests/fixtures/calendar-text";

function summaries(text: string): string[] {
  return readCalendar(text).calendars.flatMap((calendar) =>
    calendar.getAllSubcomponents("vevent").map((event) => String(event.getFirstPropertyValue("summary"))),
  );
}

describe("readCalendar", () => {
  it("reads a well-formed calendar with no skipped line", () => {
    const result = readCalendar(vcalendar(allDay("20270104", "Easy run"), allDay("20270105", "Tempo")));
    expect(result.skippedLines).toBe(0);
    expect(summaries(vcalendar(allDay("20270104", "Easy run")))).toEqual(["Easy run"]);
  });

  it("unfolds folded lines and accepts LF-only and CR-only line breaks", () => {
    const folded = vcalendar(allDay("20270104", "Long run with 3 x 2 km\r\n  at marathon pace"));
    expect(summaries(folded)).toEqual(["Long run with 3 x 2 km at marathon pace"]);
    expect(summaries(folded.replace(/\r\n/g, "\n"))).toEqual(["Long run with 3 x 2 km at marathon pace"]);
    expect(summaries(folded.replace(/\r\n/g, "\r"))).toEqual(["Long run with 3 x 2 km at marathon pace"]);
  });

  it("skips junk lines, bad values and stray END lines, keeping the rest", () => {
    const text = [
      "\uFEFFjunk before the calendar",
      "BEGIN:VCALENDAR",
      "this line was wrapped without a leading space",
      "BEGIN:VEVENT",
      "UID:a",
      "DTSTART;VALUE=DATE:20270104",
      "SUMMARY:Easy run",
      'DTEND;TZID="unterminated:20270105',
      "END:VTODO",
      "END:VEVENT",
      "END:VCALENDAR",
      "trailing junk",
    ].join("\r\n");
    const result = readCalendar(text);
    expect(summaries(text)).toEqual(["Easy run"]);
    expect(result.skippedLines).toBe(5);
  });

  it("keeps what a truncated file holds (components never closed)", () => {
    const text = ["BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:a", "DTSTART;VALUE=DATE:20270104", "SUMMARY:Tempo"].join("\r\n");
    expect(summaries(text)).toEqual(["Tempo"]);
  });

  it.each(["", "<!doctype html><html><body>Sign in</body></html>", '{"events": []}', "BEGIN:VCARD\r\nFN:Alice\r\nEND:VCARD"])(
    "refuses %j as invalid_calendar",
    (text) => {
      expect(() => readCalendar(text)).toThrow(RunPlanError);
      try {
        readCalendar(text);
      } catch (error) {
        expect((error as RunPlanError).code).toBe("invalid_calendar");
      }
    },
  );

  it("reads every VCALENDAR of concatenated files", () => {
    expect(summaries(vcalendar(allDay("20270104", "A")) + vcalendar(allDay("20270105", "B")))).toEqual(["A", "B"]);
  });
});
