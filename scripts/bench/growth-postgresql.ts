/**
 * Issue 15, growth, on PostgreSQL: the same figures as growth.ts (100 plans vs 100,000 plans and
 * 1,000,000 logged sets, p50 of `GET /api/plans/{id}` and the feed within 1.2x), for deployments
 * that moved off SQLite.
 *
 * The small database is seeded through the API (growth-seed.ts); the big one starts as a copy of it
 * (CREATE DATABASE ... TEMPLATE) and is grown by INSERT ... SELECT inside PostgreSQL, with the ids
 * and log spread of growth-layout.ts, then VACUUM ANALYZE, as autovacuum would leave a table that
 * size. Uses the server TEST_POSTGRES_URL names, or starts a throwaway durable cluster
 * (scripts/pg-test-cluster.ts). Standalone: `npx tsx scripts/bench/growth-postgresql.ts` (needs
 * `npm run build`).
 */
import pg from "pg";
import { growthLayout, cloneId } from "./growth-layout";
import { formatGrowthBench, measureGrowthRounds, type TGrowthBench } from "./growth-rounds";
import { seedLoggedPlans, SEED_PLANS } from "./growth-seed";
import type { TGrowthOptions } from "./growth";
import { startPgCluster, type TPgCluster } from "../pg-test-cluster";
import { withDatabase } from "../../tests/integration/empty-database";
import { startProductionServer } from "../../tests/load/production-server";

// Same bytes as cloneId(): md5 of "<seed id>:<round>" as unpadded base64url.
const CLONE_ID = (column: string) => `translate(rtrim(encode(decode(md5(${column} || ':' || g), 'hex'), 'base64'), '='), '+/', '-_')`;
const SETS_SQL = `SELECT coalesce(sum((SELECT sum(jsonb_array_length(e->'sets')) FROM jsonb_array_elements(l."exercises"::jsonb->'exercises') e)), 0)::bigint AS n FROM "SessionLog" l`;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: "stridelift-growth-bench" });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function columnsOf(client: pg.Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
    [table],
  );
  return rows.map((row) => row.name);
}

/** INSERT ... SELECT of `table`'s rows once per round in `rounds`, the id column replaced by its clone's. */
async function cloneTable(client: pg.Client, options: { table: string; idColumn: string; rounds: string }): Promise<void> {
  const columns = await columnsOf(client, options.table);
  const select = columns.map((column) => (column === options.idColumn ? CLONE_ID(`t."${column}"`) : `t."${column}"`)).join(", ");
  await client.query(`INSERT INTO "${options.table}" (${columns.map((column) => `"${column}"`).join(", ")}) SELECT ${select} FROM "${options.table}" t CROSS JOIN ${options.rounds} AS g`);
}

export async function benchGrowthPostgresql(options: TGrowthOptions = {}): Promise<TGrowthBench> {
  const targetPlans = options.plans ?? Number(process.env.GROWTH_PLANS ?? 100_000);
  const targetSets = options.sets ?? Number(process.env.GROWTH_SETS ?? 1_000_000);
  let cluster: TPgCluster | undefined;
  const serverUrl = process.env.TEST_POSTGRES_URL ?? (cluster = await startPgCluster({ durable: true })).url;
  const names = { small: `stridelift_growth_small_${process.pid}`, big: `stridelift_growth_big_${process.pid}` };
  const urls = { small: withDatabase(serverUrl, names.small), big: withDatabase(serverUrl, names.big) };
  try {
    await withClient(serverUrl, (admin) => admin.query(`CREATE DATABASE "${names.small}"`));
    const seeder = await startProductionServer({ databaseUrl: urls.small, env: { RATE_LIMIT_CREATE_PER_MINUTE: "0" } });
    let seedIds: string[];
    try {
      seedIds = await seedLoggedPlans(seeder.baseUrl);
    } finally {
      await seeder.stop();
    }
    const smallSets = await withClient(urls.small, async (client) => Number((await client.query<{ n: string }>(SETS_SQL)).rows[0].n));
    // TEMPLATE needs the small database idle: the seeder is stopped.
    await withClient(serverUrl, (admin) => admin.query(`CREATE DATABASE "${names.big}" TEMPLATE "${names.small}"`));
    const layout = growthLayout({ seedPlans: SEED_PLANS, seedSets: smallSets, plans: targetPlans, sets: targetSets });
    const sample = layout.sample.map(({ seedIndex, round }) => cloneId(seedIds[seedIndex], round));
    const big = await withClient(urls.big, async (client) => {
      await client.query("BEGIN");
      // Each statement reads its table as it was when the statement began: the seeded rows only.
      await cloneTable(client, { table: "Plan", idColumn: "id", rounds: `generate_series(1, ${layout.copies})` });
      await cloneTable(client, { table: "SessionLog", idColumn: "planId", rounds: `generate_series(${layout.logEvery}, ${layout.copies}, ${layout.logEvery})` });
      await cloneTable(client, { table: "PlanFeed", idColumn: "planId", rounds: `generate_series(1, ${layout.copies})` });
      await client.query("COMMIT");
      await client.query("VACUUM ANALYZE");
      const found = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Plan" p WHERE p."id" = ANY($1) AND EXISTS (SELECT 1 FROM "SessionLog" l WHERE l."planId" = p."id")', [sample]);
      if (found.rows[0].n !== sample.length) throw new Error(`only ${found.rows[0].n} of the ${sample.length} sampled clones exist with logs`);
      const plans = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Plan"')).rows[0].n;
      const sets = Number((await client.query<{ n: string }>(SETS_SQL)).rows[0].n);
      const bytes = Number((await client.query<{ n: string }>("SELECT pg_database_size(current_database()) AS n")).rows[0].n);
      return { plans, sets, bigMb: bytes / (1024 * 1024) };
    });
    const rounds = options.rounds ?? 3;
    const measured = await measureGrowthRounds({
      rounds,
      seconds: options.seconds ?? Number(process.env.BENCH_SECONDS ?? 8),
      samples: { small: seedIds, big: sample },
      start: (size) => startProductionServer({ databaseUrl: urls[size] }),
    });
    return {
      provider: "PostgreSQL",
      plans: { small: SEED_PLANS, big: big.plans },
      loggedSets: { small: smallSets, big: big.sets },
      bigMb: big.bigMb,
      rounds,
      ...measured,
    };
  } finally {
    await withClient(serverUrl, async (admin) => {
      for (const name of [names.big, names.small]) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }).catch(() => undefined);
    cluster?.destroy();
  }
}

if (process.argv[1]?.endsWith("growth-postgresql.ts")) {
  benchGrowthPostgresql()
    .then((result) => console.log(formatGrowthBench(result)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
