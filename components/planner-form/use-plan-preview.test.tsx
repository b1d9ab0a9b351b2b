// @vitest-environment jsdom
import { renderHook } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { defaultFormValues, toPayload } from "./form-values";

const loadPlanSchema = vi.fn(() => new Promise<never>(() => undefined));
vi.mock("./load-plan-schema", () => ({ loadPlanSchema: () => loadPlanSchema(), loadedPlanSchema: () => null }));

const { usePlanPreview } = await import("./use-plan-preview");

describe("usePlanPreview before the schema is loaded", () => {
  it("shows the blank form's hint without loading the schema while every race date is blank", () => {
    const payload = toPayload(defaultFormValues({ today: "2027-01-04", timeZone: "Europe/London", units: "kg" }));
    const { result } = renderHook(() => usePlanPreview(payload));
    expect(result.current).toEqual({ status: "incomplete", issues: [{ path: "races.0.date", message: "add the race date" }], onlyMissingDates: true });
    expect(loadPlanSchema).not.toHaveBeenCalled();
  });

  it("loads the schema once a race date is filled in", () => {
    const values = defaultFormValues({ today: "2027-01-04", timeZone: "Europe/London", units: "kg" });
    const payload = toPayload({ ...values, races: [{ ...values.races[0], date: "2027-05-02" }] });
    const { result } = renderHook(() => usePlanPreview(payload));
    expect(result.current.status).toBe("loading");
    expect(loadPlanSchema).toHaveBeenCalled();
  });
});
