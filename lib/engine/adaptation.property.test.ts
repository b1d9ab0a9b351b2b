/**
 * Section 11's properties over random plans and random logs: logging is optional (no logs, the
 * same plan), adaptation only flows forward, nothing goes up in the race block, and every concrete
 * load is a legal step.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildPlan } from "./build-plan";
import { KETTLEBELLS } from "./load-steps";
import type { TPlan, TPlanInput, TSessionLog } from "./types";
import { makeInput } from "@/tests/fixtures/plan-inputs";

const RUNS = 120;
const SEED = 20270111;

const arbInput = fc
  .record({
    equipment: fc.subarray(["kettlebell", "dumbbells", "barbell", "loop-band", "step", "bench", "cable"] as const),
    units: fc.constantFrom("kg" as const, "lb" as const),
    experience: fc.constantFrom("new" as const, "experienced" as const),
    weeks: fc.integer({ min: 12, max: 40 }),
    distance: fc.constantFrom("10k" as const, "half" as const, "marathon" as const),
  })
  .map((r) => {
    const race = new Date(Date.UTC(2027, 0, 4) + r.weeks * 7 * 86_400_000).toISOString().slice(0, 10);
    return makeInput({ equipment: r.equipment, units: r.units, experience: r.experience, races: [{ date: race, distance: r.distance, priority: "A" }] });
  });

type TLogSpec = { index: number; skipped: boolean; delta: number; rir?: number; load?: number };

/** Random logs for a random subset of the plan's sessions, close to and around each prescription. */
const arbLogSpecs: fc.Arbitrary<TLogSpec[]> = fc.array(
  fc.record({
    index: fc.nat({ max: 90 }),
    skipped: fc.boolean(),
    delta: fc.integer({ min: -3, max: 3 }),
    rir: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    load: fc.option(fc.integer({ min: 4, max: 120 }), { nil: undefined }),
  }),
  { maxLength: 25 },
);

function toLogs(plan: TPlan, entries: readonly TLogSpec[]): Record<string, TSessionLog> {
  const sessions = plan.sessions;
  {
    {
      const logs: Record<string, TSessionLog> = {};
      for (const entry of entries) {
        const session = sessions[entry.index];
        if (!session) continue;
        logs[session.id] = entry.skipped
          ? { status: "skipped", unit: plan.input.units, exercises: [] }
          : {
              status: "done",
              unit: plan.input.units,
              exercises: session.exercises.map((item) => ({
                exerciseId: item.exerciseId,
                sets: Array.from({ length: item.sets }, () =>
                  item.seconds !== undefined
                    ? { seconds: Math.max(0, item.seconds + entry.delta * 5) }
                    : { reps: Math.max(0, (item.reps ?? 10) + entry.delta), ...(entry.load === undefined ? {} : { load: entry.load }) },
                ),
                ...(entry.rir === undefined ? {} : { rir: entry.rir }),
              })),
            };
      }
      return logs;
    }
  }
}

function check(predicate: (options: { input: TPlanInput; base: TPlan; adapted: TPlan; logs: Record<string, TSessionLog> }) => void) {
  fc.assert(
    fc.property(arbInput, arbLogSpecs, (input, specs) => {
      const base = buildPlan(input, { today: "2027-01-04" });
      const logs = toLogs(base, specs);
      predicate({ input, base, logs, adapted: buildPlan(input, { today: "2027-01-04", logs }) });
    }),
    { numRuns: RUNS, seed: SEED },
  );
}

describe("adaptation properties (section 11)", () => {
  it("without logs the plan is exactly the engine's plan", () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        expect(buildPlan(input, { today: "2027-01-04", logs: {} })).toEqual(buildPlan(input, { today: "2027-01-04" }));
      }),
      { numRuns: 40, seed: SEED },
    );
  });

  it("a log never changes a session dated on or before the earliest logged session", () => {
    check(({ base, adapted, logs }) => {
      const first = Object.keys(logs).map((id) => base.sessions.find((session) => session.id === id)!.date).sort()[0];
      if (!first) return;
      const upTo = (plan: TPlan) => plan.sessions.filter((session) => session.date <= first).map((session) => session.exercises);
      expect(upTo(adapted)).toEqual(upTo(base));
    });
  });

  it("loads never go up in the race block", () => {
    check(({ adapted }) => {
      const last = new Map<string, number>();
      for (const session of adapted.sessions) {
        for (const item of session.exercises) {
          if (!item.targetLoad) continue;
          const previous = last.get(item.exerciseId);
          if (session.phase === "race-specific" && previous !== undefined) expect(item.targetLoad.value).toBeLessThanOrEqual(previous);
          last.set(item.exerciseId, item.targetLoad.value);
        }
      }
    });
  });

  it("every target load is in the plan's units and a legal step (kettlebells on standard bells)", () => {
    check(({ input, adapted }) => {
      for (const item of adapted.sessions.flatMap((session) => session.exercises)) {
        if (!item.targetLoad) continue;
        expect(item.targetLoad.unit).toBe(input.units);
        expect(item.targetLoad.value).toBeGreaterThan(0);
        if (item.equipment.includes("kettlebell") && !item.equipment.some((kit) => kit === "barbell")) {
          expect(KETTLEBELLS[input.units]).toContain(item.targetLoad.value);
        }
        expect(Number.isInteger(Math.round(item.targetLoad.value * 10))).toBe(true);
      }
    });
  });

  it("statuses follow the logs, and adaptation never changes dates, ids or the number of sessions", () => {
    check(({ base, adapted, logs }) => {
      expect(adapted.sessions.map((session) => [session.id, session.date])).toEqual(base.sessions.map((session) => [session.id, session.date]));
      for (const session of adapted.sessions) expect(session.status).toBe(logs[session.id]?.status ?? "planned");
    });
  });
});
