import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { POST as previewRoute } from "@/app/api/plans/preview/route";
import { POST as createRoute } from "@/app/api/plans/route";
import { countPlans } from "@/lib/db/plans";
import { DAY_TYPES, DISTANCES, EQUIPMENT, PRIORITIES } from "@/lib/plan-input";
import { setUpTempDatabase } from "./temp-database";
import { jsonRequest } from "./requests";

setUpTempDatabase();

const isoDate = fc
  .date({ min: new Date("2026-06-01T00:00:00Z"), max: new Date("2029-06-01T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const dayType = fc.constantFrom(...DAY_TYPES);

/** Inputs shaped like the schema with random values: most valid, some not (dates out of range, no A race). */
const planLike = fc.record({
  races: fc.array(
    fc.record({
      date: isoDate,
      name: fc.option(fc.string({ unit: "grapheme", maxLength: 90 }), { nil: undefined }),
      distance: fc.constantFrom(...DISTANCES),
      priority: fc.constantFrom(...PRIORITIES),
    }, { requiredKeys: ["date", "distance", "priority"] }),
    { minLength: 1, maxLength: 6 },
  ),
  startDate: isoDate,
  schedule: fc.record({ mon: dayType, tue: dayType, wed: dayType, thu: dayType, fri: dayType, sat: dayType, sun: dayType }),
  equipment: fc.subarray([...EQUIPMENT]),
  experience: fc.constantFrom("new", "experienced"),
  sessionMinutes: fc.constantFrom(30, 45, 60),
  taper: fc.constantFrom("full", "light"),
  units: fc.constantFrom("kg", "lb"),
  timeZone: fc.constantFrom("Europe/London", "Pacific/Auckland", "America/Los_Angeles", "UTC", "Asia/Kolkata"),
  sessionTime: fc.option(fc.constantFrom("00:00", "06:15", "18:30", "23:59", "01:30"), { nil: undefined }),
  reminderMinutes: fc.option(fc.integer({ min: 0, max: 1440 }), { nil: undefined }),
}, { requiredKeys: ["races", "schedule", "experience", "units"] });

describe("no request gets a 500", () => {
  it("plan-shaped inputs with random values: 200 or 422, never a 500", async () => {
    await fc.assert(
      fc.asyncProperty(planLike, async (input) => {
        const response = await previewRoute(jsonRequest("POST", "/api/plans/preview", input));
        expect([200, 422]).toContain(response.status);
      }),
      { numRuns: 150 },
    );
  });

  it("arbitrary JSON: 4xx with the error shape, and create writes no row", async () => {
    const before = await countPlans();
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const response = await createRoute(jsonRequest("POST", "/api/plans", JSON.stringify(value)));
        expect(response.status).toBe(422);
        const body = (await response.json()) as { error: { code: string; issues: unknown[] } };
        expect(body.error.code).toBe("validation_failed");
        expect(body.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
    expect(await countPlans()).toBe(before);
  });
});
