import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cloneId, growthLayout } from "./growth-layout";

describe("growthLayout", () => {
  it("lays out issue 15's database: 999 copies of 100 plans, logs every 12th round, over 1,000,000 sets", () => {
    const layout = growthLayout({ seedPlans: 100, seedSets: 12_600, plans: 100_000, sets: 1_000_000 });
    expect(layout.copies).toBe(999);
    expect(layout.logEvery).toBe(12);
    expect(12_600 * (1 + Math.floor(999 / 12))).toBe(1_058_400);
    expect(layout.sample).toHaveLength(100);
    expect(layout.sample[0]).toEqual({ seedIndex: 0, round: 12 });
    expect(layout.sample[99].round).toBe(996);
  });

  it("reaches the plan and set targets and samples only logged clones, spread over the rounds", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 50_000 }),
        fc.integer({ min: 1, max: 200_000 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        (seedPlans, seedSets, plans, sets) => {
          const layout = growthLayout({ seedPlans, seedSets, plans, sets });
          const loggedRounds = Math.floor(layout.copies / layout.logEvery);
          expect(seedPlans * (layout.copies + 1)).toBeGreaterThanOrEqual(plans);
          // Sets are capped by the plans there are to hold them: every round logged.
          expect(seedSets * (1 + loggedRounds)).toBeGreaterThanOrEqual(Math.min(sets, seedSets * (layout.copies + 1)));
          expect(layout.sample).toHaveLength(seedPlans);
          for (const { round } of layout.sample) {
            expect(round % layout.logEvery).toBe(0);
            expect(round).toBeGreaterThanOrEqual(1);
            expect(round).toBeLessThanOrEqual(layout.copies);
          }
          const rounds = layout.sample.map((item) => item.round);
          expect([...rounds].sort((a, b) => a - b)).toEqual(rounds);
        },
      ),
    );
  });
});

describe("cloneId", () => {
  it("is a plan id the app accepts, the same for the same seed and round, different across rounds", () => {
    const id = cloneId("AAAAAAAAAAAAAAAAAAAAAA", 7);
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(cloneId("AAAAAAAAAAAAAAAAAAAAAA", 7)).toBe(id);
    expect(cloneId("AAAAAAAAAAAAAAAAAAAAAA", 8)).not.toBe(id);
  });
});
