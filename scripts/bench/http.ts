/**
 * HTTP-layer benchmark: POST /api/plans and the .ics of a 52-week plan, calling the route handlers
 * in-process against a throwaway SQLite file (real Prisma, real WAL database, no network).
 * Called from scripts/bench.ts; `npx tsx scripts/bench/run-http.ts` runs it alone.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { disconnectPrisma } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { getPlan } from "@/lib/plans/get-plan";
import { buildIcs } from "@/lib/ics/build-ics";
import type { TPlanInputRaw } from "@/lib/plan-input";

export type THttpBenchResult = { name: string; runs: number; medianMs: number; p95Ms: number; note?: string };

/** A full year: start 2027-01-04, A marathon 52 weeks later, a B and a C race on the way, timed with reminders. */
export const FIFTY_TWO_WEEK_INPUT: TPlanInputRaw = {
  races: [
    { date: "2027-05-16", name: "Spring Half", distance: "half", priority: "B" },
    { date: "2027-09-12", name: "Club 10K", distance: "10k", priority: "C" },
    { date: "2028-01-02", name: "New Year Marathon", distance: "marathon", priority: "A" },
  ],
  startDate: "2027-01-04",
  schedule: { mon: "rest", tue: "hard", wed: "easy", thu: "easy", fri: "rest", sat: "easy", sun: "long" },
  equipment: ["kettlebell", "loop-band", "dumbbells", "step", "bench", "pull-up-bar"],
  experience: "experienced",
  sessionMinutes: 60,
  taper: "light",
  units: "kg",
  timeZone: "Europe/London",
  sessionTime: "18:30",
  reminderMinutes: 30,
};

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

async function time(name: string, runs: number, warmup: number, task: () => Promise<unknown> | unknown, note?: string): Promise<THttpBenchResult> {
  for (let i = 0; i < warmup; i++) await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return { name, runs, medianMs: round(percentile(samples, 50)), p95Ms: round(percentile(samples, 95)), note };
}

export async function benchHttp(options: { runs?: number; warmup?: number } = {}): Promise<THttpBenchResult[]> {
  const runs = options.runs ?? 200;
  const warmup = options.warmup ?? 20;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stridelift-bench-"));
  const previousUrl = process.env.DATABASE_URL;
  await disconnectPrisma();
  process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
  // One client creating hundreds of plans: the per-client create limit is not what is measured.
  const { resetCreateRateLimiter } = await import("@/lib/http/rate-limit");
  const previousLimit = process.env.RATE_LIMIT_CREATE_PER_MINUTE;
  process.env.RATE_LIMIT_CREATE_PER_MINUTE = "0";
  resetCreateRateLimiter();
  await migrateDatabase({ url: process.env.DATABASE_URL });
  try {
    // Imported late so the route modules see the bench database.
    const { POST: createPlanRoute } = await import("@/app/api/plans/route");
    const { GET: calendarRoute } = await import("@/app/api/plans/[id]/calendar.ics/route");
    const body = JSON.stringify(FIFTY_TWO_WEEK_INPUT);
    const post = async () => {
      const response = await createPlanRoute(
        new Request("http://bench.local/api/plans", { method: "POST", headers: { "content-type": "application/json" }, body }),
      );
      if (response.status !== 201) throw new Error(`POST /api/plans answered ${response.status}`);
      return (await response.json()) as { id: string };
    };
    const { id } = await post();
    const loaded = await getPlan(id);
    if (!loaded) throw new Error("bench plan was not stored");
    const stored = { ...loaded.stored, plan: loaded.plan };
    const planUrl = `http://bench.local/plans/${id}`;
    const sessions = stored.plan.sessions.length;
    const weeks = stored.plan.weeks.length;
    const results = [
      await time("POST /api/plans (52-week plan, parse + engine + insert)", runs, warmup, post, `${weeks} weeks, ${sessions} sessions`),
      await time("buildIcs (52-week plan, timed + reminders)", runs, warmup, () => buildIcs(stored.plan, { planId: id, planUrl, now: stored.updatedAt })),
      await time("GET /api/plans/{id}/calendar.ics (52-week plan)", runs, warmup, async () => {
        const response = await calendarRoute(new Request(`http://bench.local/api/plans/${id}/calendar.ics`), {
          params: Promise.resolve({ id }),
        });
        if (response.status !== 200) throw new Error(`calendar answered ${response.status}`);
        return response.text();
      }),
    ];
    return results;
  } finally {
    await disconnectPrisma();
    if (previousUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previousUrl;
    if (previousLimit === undefined) delete process.env.RATE_LIMIT_CREATE_PER_MINUTE;
    else process.env.RATE_LIMIT_CREATE_PER_MINUTE = previousLimit;
    resetCreateRateLimiter();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One line per result, for the bench report. */
export function formatHttpBench(results: THttpBenchResult[]): string {
  return results
    .map((r) => `${r.name}: median ${r.medianMs.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms (${r.runs} runs)${r.note ? ` [${r.note}]` : ""}`)
    .join("\n");
}
