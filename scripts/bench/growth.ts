/**
 * Issue 15, growth: with 100,000 stored plans and 1,000,000 logged sets, `GET /api/plans/{id}` and
 * the feed keep their p50 within 1.2x of the same figure on a database of 100 plans.
 *
 * 100 plans that started six weeks ago are created through the API and their past sessions logged
 * through it (so every row is one the app wrote); the big database is a copy of that file with the
 * rows cloned under new ids until it holds GROWTH_PLANS plans and GROWTH_SETS logged sets. Each
 * database then gets the production server in turn, read through 100 plans (spread over the big table),
 * in alternating rounds so machine noise hits both. Each path is read once before the clock starts. Standalone: `npx tsx scripts/bench/growth.ts`
 * (needs `npm run build`).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import Database from "better-sqlite3";
import { measureKind, type TKindFigures } from "./http-ratio";
import { newDatabaseFile, removeDatabaseFile, startProductionServer } from "../../tests/load/production-server";
import { typicalPlanInput } from "../../tests/load/plan-fixtures";

type TSeedPlan = { id: string; editToken: string };
type TSessionJson = { id: string; date: string; exercises: { exerciseId: string; sets: number; reps?: number; seconds?: number }[] };
type TRoute = "plan" | "feed";
export type TGrowthBench = {
  plans: { small: number; big: number };
  loggedSets: { small: number; big: number };
  bigFileMb: number;
  rounds: number;
  p50Ms: Record<TRoute, { small: number; big: number; ratio: number }>;
  p99Ms: Record<TRoute, { small: number; big: number }>;
  errors: number;
};

const SEED_PLANS = 100;
/** Plans read per database: the same count on both, so the feed's 256-entry cache treats them alike. */
const SAMPLE = SEED_PLANS;

function isoDaysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function createLoggedPlan(baseUrl: string, index: number): Promise<TSeedPlan> {
  const input = { ...typicalPlanInput(index), startDate: isoDaysFromToday(-42) };
  const created = await fetch(`${baseUrl}/api/plans`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) });
  if (created.status !== 201) throw new Error(`seed plan ${index}: ${created.status} ${await created.text()}`);
  const { id, editToken, plan } = (await created.json()) as TSeedPlan & { plan: { sessions: TSessionJson[] } };
  const today = isoDaysFromToday(0);
  for (const session of plan.sessions.filter((item) => item.date < today)) {
    const exercises = session.exercises
      .filter((item) => item.reps !== undefined || item.seconds !== undefined)
      .map((item, position) => ({
        exerciseId: item.exerciseId,
        sets: Array.from({ length: item.sets }, () => (item.seconds !== undefined ? { seconds: item.seconds } : { reps: item.reps, load: 12 + position * 2 })),
        rir: 2,
      }));
    const logged = await fetch(`${baseUrl}/api/plans/${id}/sessions/${session.id}/log`, {
      method: "PUT",
      headers: { "content-type": "application/json", authorization: `Bearer ${editToken}` },
      body: JSON.stringify({ status: "done", exercises }),
    });
    if (logged.status !== 200) throw new Error(`seed log ${index}/${session.id}: ${logged.status} ${await logged.text()}`);
  }
  // The feed's memory row exists once a calendar app has read the feed.
  const feed = await fetch(`${baseUrl}/api/plans/${id}/calendar.ics`);
  if (feed.status !== 200) throw new Error(`seed feed ${index}: ${feed.status}`);
  return { id, editToken };
}

function countSets(exercisesJson: string): number {
  // Stored as { unit, exercises } (lib/plans/log-session.ts).
  return (JSON.parse(exercisesJson) as { exercises: { sets: unknown[] }[] }).exercises.reduce((sum, item) => sum + item.sets.length, 0);
}

/** Logged sets in a database file (the logs' JSON, counted set by set). */
function countLoggedSets(db: Database.Database): number {
  return (db.prepare("SELECT exercises FROM SessionLog").all() as { exercises: string }[]).reduce((sum, row) => sum + countSets(row.exercises), 0);
}

function newId(): string {
  return crypto.randomBytes(16).toString("base64url");
}

/** Clones the seeded rows under new ids until the file holds `plans` plans and about `sets` logged sets. */
function grow(file: string, options: { plans: number; sets: number }): { plans: number; sets: number; ids: string[] } {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const plans = db.prepare("SELECT * FROM Plan").all() as Record<string, unknown>[];
  const logsOf = db.prepare("SELECT * FROM SessionLog WHERE planId = ?");
  const feedOf = db.prepare("SELECT * FROM PlanFeed WHERE planId = ?");
  const insertRow = (table: string, row: Record<string, unknown>) =>
    db.prepare(`INSERT INTO ${table} (${Object.keys(row).map((key) => `"${key}"`).join(", ")}) VALUES (${Object.keys(row).map(() => "?").join(", ")})`);
  const planInsert = insertRow("Plan", plans[0]);
  const sources = plans.map((plan) => ({
    plan,
    logs: logsOf.all(plan.id) as Record<string, unknown>[],
    feed: feedOf.get(plan.id) as Record<string, unknown> | undefined,
  }));
  const logInsert = insertRow("SessionLog", sources.find((source) => source.logs.length > 0)!.logs[0]);
  const feedInsert = insertRow("PlanFeed", sources.find((source) => source.feed)!.feed!);
  let sets = countLoggedSets(db);
  let count = plans.length;
  const ids: string[] = [];
  const sampleEvery = Math.max(1, Math.floor((options.plans - count) / SAMPLE));
  const batch = db.transaction((size: number) => {
    for (let i = 0; i < size && count < options.plans; i++, count++) {
      const source = sources[count % sources.length];
      const id = newId();
      planInsert.run(...Object.values({ ...source.plan, id }));
      if (source.feed) feedInsert.run(...Object.values({ ...source.feed, planId: id }));
      // Logs go to the first plans until the set count is reached; the sample reads both kinds.
      if (sets < options.sets) {
        for (const log of source.logs) {
          logInsert.run(...Object.values({ ...log, planId: id }));
          sets += countSets(log.exercises as string);
        }
      }
      if (count % sampleEvery === 0 && ids.length < SAMPLE) ids.push(id);
    }
  });
  while (count < options.plans) batch(5_000);
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  return { plans: count, sets, ids };
}

function readPaths(ids: string[], route: TRoute): string[] {
  return ids.map((id) => (route === "plan" ? `/api/plans/${id}` : `/api/plans/${id}/calendar.ics`));
}

async function measurePaths(baseUrl: string, paths: string[], seconds: number): Promise<TKindFigures> {
  let next = 0;
  return measureKind({
    url: baseUrl,
    connections: 10,
    duration: seconds,
    timeout: 10,
    requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function benchGrowth(options: { plans?: number; sets?: number; rounds?: number; seconds?: number } = {}): Promise<TGrowthBench> {
  const targetPlans = options.plans ?? Number(process.env.GROWTH_PLANS ?? 100_000);
  const targetSets = options.sets ?? Number(process.env.GROWTH_SETS ?? 1_000_000);
  const rounds = options.rounds ?? 3;
  const seconds = options.seconds ?? Number(process.env.BENCH_SECONDS ?? 8);
  const smallFile = newDatabaseFile("stridelift-growth-");
  const seeder = await startProductionServer({ databaseFile: smallFile, env: { RATE_LIMIT_CREATE_PER_MINUTE: "0" } });
  let seeded: TSeedPlan[];
  try {
    seeded = [];
    for (let i = 0; i < SEED_PLANS; i++) seeded.push(await createLoggedPlan(seeder.baseUrl, i));
  } finally {
    await seeder.stop();
  }
  const bigFile = newDatabaseFile("stridelift-growth-");
  fs.copyFileSync(smallFile, bigFile);
  const smallDb = new Database(smallFile, { readonly: true });
  const smallSets = countLoggedSets(smallDb);
  smallDb.close();
  const big = grow(bigFile, { plans: targetPlans, sets: targetSets });
  const samples = { small: seeded.map((plan) => plan.id), big: big.ids };
  const figures: Record<TRoute, Record<"small" | "big", TKindFigures[]>> = { plan: { small: [], big: [] }, feed: { small: [], big: [] } };
  let errors = 0;
  const bigFileMb = fs.statSync(bigFile).size / (1024 * 1024);
  try {
    for (let round = 0; round < rounds; round++) {
      for (const size of ["small", "big"] as const) {
        const server = await startProductionServer({ databaseFile: size === "small" ? smallFile : bigFile });
        try {
          for (const route of ["plan", "feed"] as const) {
            const paths = readPaths(samples[size], route);
            for (const item of paths) await fetch(`${server.baseUrl}${item}`).then((response) => response.arrayBuffer());
            const result = await measurePaths(server.baseUrl, paths, seconds);
            errors += result.errors + result.non2xx;
            figures[route][size].push(result);
          }
        } finally {
          await server.stop();
        }
      }
    }
  } finally {
    removeDatabaseFile(smallFile);
    removeDatabaseFile(bigFile);
  }
  const p50 = (route: TRoute, size: "small" | "big") => median(figures[route][size].map((item) => item.p50Ms));
  const p99 = (route: TRoute, size: "small" | "big") => median(figures[route][size].map((item) => item.p99Ms));
  const routeP50 = (route: TRoute) => ({ small: p50(route, "small"), big: p50(route, "big"), ratio: p50(route, "big") / Math.max(p50(route, "small"), 0.5) });
  return {
    plans: { small: SEED_PLANS, big: big.plans },
    loggedSets: { small: smallSets, big: big.sets },
    bigFileMb,
    rounds,
    p50Ms: { plan: routeP50("plan"), feed: routeP50("feed") },
    p99Ms: { plan: { small: p99("plan", "small"), big: p99("plan", "big") }, feed: { small: p99("feed", "small"), big: p99("feed", "big") } },
    errors,
  };
}

export function formatGrowthBench(r: TGrowthBench): string {
  const line = (name: string, route: TRoute) =>
    `${name.padEnd(26)} p50 ${r.p50Ms[route].small.toFixed(1)} ms -> ${r.p50Ms[route].big.toFixed(1)} ms  ${r.p50Ms[route].ratio.toFixed(2)}x` +
    `  (p99 ${r.p99Ms[route].small.toFixed(1)} -> ${r.p99Ms[route].big.toFixed(1)} ms)  ${r.p50Ms[route].ratio <= 1.2 ? "met" : "MISSED"}`;
  return [
    `Growth (SQLite, 10 connections, median of ${r.rounds} alternating rounds): ${r.plans.small} plans / ${r.loggedSets.small.toLocaleString("en")} logged sets -> ` +
      `${r.plans.big.toLocaleString("en")} plans / ${r.loggedSets.big.toLocaleString("en")} logged sets (${r.bigFileMb.toFixed(0)} MB)`,
    line("GET /api/plans/{id}", "plan"),
    line("GET .../calendar.ics", "feed"),
    `target p50 within 1.2x${r.errors ? `; ${r.errors} errors or non-2xx answers` : ""}`,
  ].join("\n");
}

if (process.argv[1]?.endsWith("growth.ts")) {
  benchGrowth()
    .then((result) => console.log(formatGrowthBench(result)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
