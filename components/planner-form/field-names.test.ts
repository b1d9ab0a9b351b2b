import { describe, expect, it } from "vitest";
import { describeField, formFieldForIssue } from "./field-names";

describe("formFieldForIssue", () => {
  it.each([
    ["races.0.date", 2, "races.0.date"],
    ["races.1.priority", 2, "races.1.priority"],
    ["races.5.date", 2, "races"],
    ["races", 1, "races"],
    ["schedule.wed", 1, "schedule.wed"],
    ["equipment.3", 1, "equipment"],
    ["reminderMinutes", 1, "reminderMinutes"],
    ["", 1, null],
    ["colour", 1, null],
  ])("%s -> %s", (path, raceCount, field) => {
    expect(formFieldForIssue(path, raceCount)).toBe(field);
  });
});

describe("describeField", () => {
  it("names fields the way the form labels them", () => {
    expect(describeField("races.1.date")).toBe("Race 2 date");
    expect(describeField("schedule.sun")).toBe("Sunday");
    expect(describeField("timeZone")).toBe("Time zone");
  });

  it("puts a break's issues on its own boxes and names the row elsewhere", () => {
    expect(formFieldForIssue("breaks.1.end", 1)).toBe("breaks.1.end");
    expect(describeField("breaks.1.end")).toBe("Break 2");
    expect(formFieldForIssue("runDays.2027-01-01", 1)).toBeNull();
  });
});
