/**
 * Issue 15, growth, on SQLite: with 100,000 stored plans and 1,000,000 logged sets,
 * `GET /api/plans/{id}` and the feed keep their p50 within 1.2x of the same figure on a database of
 * 100 plans.
 *
 * 100 plans are created and logged through the API (growth-seed.ts); the big database is a copy of
 * that file with the rows cloned under new ids (growth-layout.ts) until it holds GROWTH_PLANS plans
 * and GROWTH_SETS logged sets; then both are read in alternating rounds (growth-rounds.ts).
 * Standalone: `npx tsx scripts/bench/growth.ts` (needs `npm run build`).
 */
import fs from "node:fs";
import Database from "better-sqlite3";
import { growthLayout, cloneId, type TGrowthLayout } from "./growth-layout";
import { formatGrowthBench, measureGrowthRounds, type TGrowthBench } from "./growth-rounds";
import { countSets, seedLoggedPlans, SEED_PLANS } from "./growth-seed";
import { newDatabaseFile, removeDatabaseFile, startProductionServer } from "../../tests/load/production-server";

export type TGrowthOptions = { plans?: number; sets?: number; rounds?: number; seconds?: number };

/** Logged sets in a database file (the logs' JSON, counted set by set). */
function countLoggedSets(db: Database.Database): number {
  return (db.prepare('SELECT "exercises" FROM "SessionLog"').all() as { exercises: string }[]).reduce((sum, row) => sum + countSets(row.exercises), 0);
}

function missing(id: string): never {
  throw new Error(`seeded plan ${id} is not in the copy`);
}

/** Clones the seeded rows in `file` as `layout` says; returns the plan and logged-set counts. */
function grow(file: string, seedIds: string[], layout: TGrowthLayout): { plans: number; sets: number } {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const planOf = db.prepare('SELECT * FROM "Plan" WHERE "id" = ?');
  const logsOf = db.prepare('SELECT * FROM "SessionLog" WHERE "planId" = ?');
  const feedOf = db.prepare('SELECT * FROM "PlanFeed" WHERE "planId" = ?');
  const sources = seedIds.map((id) => ({
    id,
    plan: (planOf.get(id) as Record<string, unknown> | undefined) ?? missing(id),
    logs: logsOf.all(id) as Record<string, unknown>[],
    feed: feedOf.get(id) as Record<string, unknown> | undefined,
  }));
  const insertRow = (table: string, row: Record<string, unknown>) =>
    db.prepare(`INSERT INTO "${table}" (${Object.keys(row).map((key) => `"${key}"`).join(", ")}) VALUES (${Object.keys(row).map(() => "?").join(", ")})`);
  const planInsert = insertRow("Plan", sources[0].plan);
  const logInsert = insertRow("SessionLog", sources.find((source) => source.logs.length > 0)!.logs[0]);
  const feedInsert = insertRow("PlanFeed", sources.find((source) => source.feed)!.feed!);
  const cloneRound = db.transaction((round: number) => {
    for (const source of sources) {
      const id = cloneId(source.id, round);
      planInsert.run(...Object.values({ ...source.plan, id }));
      if (source.feed) feedInsert.run(...Object.values({ ...source.feed, planId: id }));
      if (round % layout.logEvery === 0) for (const log of source.logs) logInsert.run(...Object.values({ ...log, planId: id }));
    }
  });
  for (let round = 1; round <= layout.copies; round++) cloneRound(round);
  db.pragma("wal_checkpoint(TRUNCATE)");
  const plans = (db.prepare('SELECT count(*) AS n FROM "Plan"').get() as { n: number }).n;
  const sets = countLoggedSets(db);
  db.close();
  return { plans, sets };
}

export async function benchGrowth(options: TGrowthOptions = {}): Promise<TGrowthBench> {
  const targetPlans = options.plans ?? Number(process.env.GROWTH_PLANS ?? 100_000);
  const targetSets = options.sets ?? Number(process.env.GROWTH_SETS ?? 1_000_000);
  const smallFile = newDatabaseFile("stridelift-growth-");
  const bigFile = newDatabaseFile("stridelift-growth-");
  try {
    const seeder = await startProductionServer({ databaseFile: smallFile, env: { RATE_LIMIT_CREATE_PER_MINUTE: "0" } });
    let seedIds: string[];
    try {
      seedIds = await seedLoggedPlans(seeder.baseUrl);
    } finally {
      await seeder.stop();
    }
    const smallDb = new Database(smallFile, { readonly: true });
    const smallSets = countLoggedSets(smallDb);
    // VACUUM INTO reads through the WAL; a file copy would miss rows not yet checkpointed.
    fs.rmSync(bigFile, { force: true });
    smallDb.prepare("VACUUM INTO ?").run(bigFile);
    smallDb.close();
    const layout = growthLayout({ seedPlans: SEED_PLANS, seedSets: smallSets, plans: targetPlans, sets: targetSets });
    const big = grow(bigFile, seedIds, layout);
    const measured = await measureGrowthRounds({
      rounds: options.rounds ?? 3,
      seconds: options.seconds ?? Number(process.env.BENCH_SECONDS ?? 8),
      samples: { small: seedIds, big: layout.sample.map(({ seedIndex, round }) => cloneId(seedIds[seedIndex], round)) },
      start: (size) => startProductionServer({ databaseFile: size === "small" ? smallFile : bigFile }),
    });
    return {
      provider: "SQLite",
      plans: { small: SEED_PLANS, big: big.plans },
      loggedSets: { small: smallSets, big: big.sets },
      bigMb: fs.statSync(bigFile).size / (1024 * 1024),
      rounds: options.rounds ?? 3,
      ...measured,
    };
  } finally {
    removeDatabaseFile(smallFile);
    removeDatabaseFile(bigFile);
  }
}

if (process.argv[1]?.endsWith("growth.ts")) {
  benchGrowth()
    .then((result) => console.log(formatGrowthBench(result)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
