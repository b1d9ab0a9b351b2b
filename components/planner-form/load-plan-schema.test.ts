import { describe, expect, it } from "vitest";
import { ZPlanInput } from "@/lib/plan-input";
import { loadedPlanSchema, loadPlanSchema } from "./load-plan-schema";

describe("loadPlanSchema", () => {
  it("loads the one shared schema once and keeps it for synchronous use afterwards", async () => {
    expect(loadedPlanSchema()).toBeNull();
    const first = loadPlanSchema();
    expect(loadPlanSchema()).toBe(first);
    await expect(first).resolves.toBe(ZPlanInput);
    expect(loadedPlanSchema()).toBe(ZPlanInput);
  });
});
