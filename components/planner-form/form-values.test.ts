import { describe, expect, it } from "vitest";
import { ZPlanInput, type TPlanInputRaw } from "@/lib/plan-input";
import { isLegalDay } from "@/lib/engine/placement";
import { DEFAULT_SCHEDULE, defaultFormValues, formValuesFromInput, newRace, toPayload } from "./form-values";

const BROWSER = { today: "2027-01-04", timeZone: "America/Chicago", units: "lb" as const };

describe("toPayload", () => {
  it("omits empty optional fields and sends numbers as numbers", () => {
    const values = { ...defaultFormValues(BROWSER), sessionTime: " ", reminderMinutes: "" };
    values.races[0] = { ...values.races[0], date: "2027-04-04", name: "  " };
    const payload = toPayload(values);
    expect(payload).not.toHaveProperty("sessionTime");
    expect(payload).not.toHaveProperty("reminderMinutes");
    expect(payload.races[0]).not.toHaveProperty("name");
    expect(payload.sessionMinutes).toBe(45);
    expect(ZPlanInput.safeParse(payload).success).toBe(true);
  });

  it("keeps a reminder of 0 minutes (at the start time) as the number 0", () => {
    const payload = toPayload({ ...defaultFormValues(BROWSER), sessionTime: "06:00", reminderMinutes: "0" });
    expect(payload.reminderMinutes).toBe(0);
    expect(payload.sessionTime).toBe("06:00");
  });

  it("omits an empty start date so the server defaults it to today in the runner's zone", () => {
    expect(toPayload({ ...defaultFormValues(BROWSER), startDate: "" })).not.toHaveProperty("startDate");
  });

  it("orders equipment like the schema and drops anything unknown", () => {
    const payload = toPayload({ ...defaultFormValues(BROWSER), equipment: ["mat", "dumbbells", "loop-band"] });
    expect(payload.equipment).toEqual(["loop-band", "dumbbells", "mat"]);
  });

  it("round-trips a stored input through the form unchanged", () => {
    const stored: TPlanInputRaw = {
      races: [{ date: "2027-05-02", name: "Spring Half", distance: "half", priority: "A" }],
      startDate: "2027-01-04",
      schedule: { ...DEFAULT_SCHEDULE },
      equipment: ["kettlebell"],
      experience: "new",
      sessionMinutes: 30,
      taper: "full",
      units: "kg",
      timeZone: "Asia/Tokyo",
      reminderMinutes: 15,
    };
    expect(toPayload(formValuesFromInput(stored))).toEqual(stored);
  });

  it("keeps dated run days, breaks and the run plan link through an edit (saving never drops them)", () => {
    const stored: TPlanInputRaw = {
      races: [{ date: "2027-05-02", distance: "half", priority: "A" }],
      startDate: "2027-01-04",
      schedule: { ...DEFAULT_SCHEDULE },
      equipment: [],
      experience: "new",
      sessionMinutes: 45,
      taper: "full",
      units: "kg",
      timeZone: "UTC",
      runDays: { "2027-02-06": "long", "2027-02-07": "rest" },
      breaks: [{ start: "2027-03-01", end: "2027-03-07", reason: "travel" }],
      runPlanSource: { url: "https://example.com/plan.ics", name: "Runna" },
    };
    expect(toPayload(formValuesFromInput(stored))).toEqual(stored);
  });
});

describe("defaults", () => {
  it("the default week has at least two legal strength days that are not back to back", () => {
    const legal = [0, 1, 2, 3, 4, 5, 6].filter((day) => isLegalDay(DEFAULT_SCHEDULE, day));
    const spread = legal.some((a) => legal.some((b) => Math.min(Math.abs(a - b), 7 - Math.abs(a - b)) > 1));
    expect(spread).toBe(true);
  });

  it("a new race is the A race only when there is none yet", () => {
    expect(newRace([]).priority).toBe("A");
    expect(newRace([{ date: "", name: "", distance: "half", priority: "A" }]).priority).toBe("B");
  });
});
