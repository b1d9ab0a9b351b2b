/**
 * Engine benchmark: builds a 104-week, 3-race plan many times and compares the median with the
 * median `structuredClone` of the same plan (a machine-independent yardstick: "building the
 * plan costs N copies of it"). Target: ratio under 10.
 * Called from scripts/bench.ts; `npx tsx scripts/bench/run-engine.ts` runs it alone.
 */
import { performance } from "node:perf_hooks";
import { buildPlan } from "@/lib/engine/build-plan";
import { ZPlanInput, type TPlanInputRaw } from "@/lib/plan-input";

export type TEngineBenchResult = {
  runs: number;
  weeks: number;
  sessions: number;
  buildMedianMs: number;
  cloneMedianMs: number;
  ratio: number;
};

/** Start 2027-01-04; an A half, a B 10K and an A marathon 104 weeks out. */
export const HUNDRED_FOUR_WEEK_INPUT: TPlanInputRaw = {
  races: [
    { date: "2027-10-10", name: "Autumn Half", distance: "half", priority: "A" },
    { date: "2028-05-14", name: "Spring 10K", distance: "10k", priority: "B" },
    { date: "2028-12-31", name: "Year-end Marathon", distance: "marathon", priority: "A" },
  ],
  startDate: "2027-01-04",
  schedule: { mon: "rest", tue: "hard", wed: "easy", thu: "easy", fri: "rest", sat: "easy", sun: "long" },
  equipment: ["kettlebell", "loop-band", "dumbbells", "step", "bench", "pull-up-bar"],
  experience: "experienced",
  sessionMinutes: 60,
  taper: "light",
  units: "kg",
  timeZone: "Europe/London",
};

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Times `fn` in batches so sub-millisecond runs are measured above timer resolution. */
export function timeRuns(fn: () => unknown, runs: number, batch: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (let j = 0; j < batch; j++) fn();
    samples.push((performance.now() - t0) / batch);
  }
  return samples;
}

export function benchEngine(options: { runs?: number; batch?: number; warmup?: number } = {}): TEngineBenchResult {
  const runs = options.runs ?? 200;
  const batch = options.batch ?? 5;
  const input = ZPlanInput.parse(HUNDRED_FOUR_WEEK_INPUT);
  const today = "2027-01-04";
  const plan = buildPlan(input, { today });
  for (let i = 0; i < (options.warmup ?? 100); i++) {
    buildPlan(input, { today });
    structuredClone(plan);
  }
  // Interleave the two measurements so drift (other processes, GC) hits both alike.
  const build: number[] = [];
  const clone: number[] = [];
  for (let i = 0; i < runs; i++) {
    build.push(...timeRuns(() => buildPlan(input, { today }), 1, batch));
    clone.push(...timeRuns(() => structuredClone(plan), 1, batch));
  }
  const buildMedianMs = median(build);
  const cloneMedianMs = median(clone);
  return {
    runs: runs * batch,
    weeks: plan.weeks.length,
    sessions: plan.sessions.length,
    buildMedianMs,
    cloneMedianMs,
    ratio: buildMedianMs / cloneMedianMs,
  };
}

export function formatEngineBench(result: TEngineBenchResult): string {
  return [
    `engine: buildPlan, ${result.weeks} weeks, ${result.sessions} sessions, ${result.runs} runs`,
    `  median build          ${result.buildMedianMs.toFixed(3)} ms`,
    `  median structuredClone ${result.cloneMedianMs.toFixed(3)} ms`,
    `  ratio                 ${result.ratio.toFixed(2)}x (target < 10x) ${result.ratio < 10 ? "OK" : "ABOVE TARGET"}`,
  ].join("\n");
}
