import { describe, expect, it } from "vitest";
import { convertLoad, KETTLEBELLS, measurableImplement, stepLoad } from "./load-steps";

describe("load steps (DOMAIN.md section 11)", () => {
  it("kettlebells move to the next standard bell up or down, in kg and lb", () => {
    expect(stepLoad({ value: 16, steps: 1, implement: "kettlebell", unit: "kg" })).toEqual({ value: 20, unit: "kg" });
    expect(stepLoad({ value: 16, steps: -1, implement: "kettlebell", unit: "kg" })).toEqual({ value: 12, unit: "kg" });
    expect(stepLoad({ value: 35, steps: 1, implement: "kettlebell", unit: "lb" })).toEqual({ value: 44, unit: "lb" });
    expect(stepLoad({ value: 26, steps: -1, implement: "kettlebell", unit: "lb" })).toEqual({ value: 18, unit: "lb" });
  });

  it("a non-standard bell steps to the next standard one above or below it, and repeats at the nearest", () => {
    expect(stepLoad({ value: 14, steps: 1, implement: "kettlebell", unit: "kg" }).value).toBe(16);
    expect(stepLoad({ value: 14, steps: -1, implement: "kettlebell", unit: "kg" }).value).toBe(12);
    expect(stepLoad({ value: 15, steps: 0, implement: "kettlebell", unit: "kg" }).value).toBe(16);
  });

  it("kettlebells stop at the lightest and heaviest standard bell", () => {
    expect(stepLoad({ value: 32, steps: 1, implement: "kettlebell", unit: "kg" }).value).toBe(32);
    expect(stepLoad({ value: 8, steps: -1, implement: "kettlebell", unit: "kg" }).value).toBe(8);
    expect(KETTLEBELLS.kg).toEqual([8, 12, 16, 20, 24, 28, 32]);
    expect(KETTLEBELLS.lb).toEqual([18, 26, 35, 44, 53, 62, 70]);
  });

  it("barbell +2.5 kg / +5 lb, dumbbells +2 kg / +5 lb, never below one step", () => {
    expect(stepLoad({ value: 60, steps: 1, implement: "barbell", unit: "kg" })).toEqual({ value: 62.5, unit: "kg" });
    expect(stepLoad({ value: 135, steps: 1, implement: "barbell", unit: "lb" })).toEqual({ value: 140, unit: "lb" });
    expect(stepLoad({ value: 12, steps: 1, implement: "dumbbells", unit: "kg" })).toEqual({ value: 14, unit: "kg" });
    expect(stepLoad({ value: 25, steps: -1, implement: "dumbbells", unit: "lb" })).toEqual({ value: 20, unit: "lb" });
    expect(stepLoad({ value: 2, steps: -1, implement: "dumbbells", unit: "kg" })).toEqual({ value: 2, unit: "kg" });
  });

  it("the measurable implement is the load-bearing kit; bodyweight, bands and a step measure nothing", () => {
    expect(measurableImplement(["step", "dumbbells"])).toBe("dumbbells");
    expect(measurableImplement(["kettlebell"])).toBe("kettlebell");
    expect(measurableImplement(["loop-band"])).toBeNull();
    expect(measurableImplement([])).toBeNull();
  });

  it("converts between kg and lb to a tenth", () => {
    expect(convertLoad(16, "kg", "lb")).toBe(35.3);
    expect(convertLoad(35, "lb", "kg")).toBe(15.9);
    expect(convertLoad(20, "kg", "kg")).toBe(20);
  });
});
