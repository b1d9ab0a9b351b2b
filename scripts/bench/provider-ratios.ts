/**
 * Throughput of create / read / .ics on SQLite vs PostgreSQL, one instance vs two behind nginx, each
 * as a ratio to the static page (GET /) measured in the same configuration and run, plus every
 * figure relative to SQLite's static page (one yardstick for the whole run). autocannon at
 * BENCH_CONNECTIONS (default 20) for BENCH_SECONDS (default 8) per kind, after a 1 s warm-up.
 *
 * Usage: npm run build && npm run bench:providers   (starts a throwaway durable PostgreSQL)
 */
import { createEmptyDatabase, type TEmptyDatabase } from "../../tests/integration/empty-database";
import { startNginx, type TNginx } from "../../tests/cluster/nginx";
import { typicalPlanInput } from "../../tests/load/plan-fixtures";
import { findFreePort, startProductionServer, type TProductionServer } from "../../tests/load/production-server";
import { measureKind, type TKindFigures } from "./http-ratio";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const KINDS = ["static", "create", "read", "ics"] as const;
type TKind = (typeof KINDS)[number];
type TSetup = { name: string; provider: "sqlite" | "postgresql"; instances: 1 | 2; nginx: boolean };
type TResult = { setup: TSetup; figures: Record<TKind, TKindFigures> };

const SETUPS: TSetup[] = [
  { name: "SQLite, 1 instance", provider: "sqlite", instances: 1, nginx: false },
  { name: "PostgreSQL, 1 instance", provider: "postgresql", instances: 1, nginx: false },
  { name: "PostgreSQL, 1 instance + nginx", provider: "postgresql", instances: 1, nginx: true },
  { name: "PostgreSQL, 2 instances + nginx", provider: "postgresql", instances: 2, nginx: true },
];

async function measureSetup(setup: TSetup): Promise<TResult> {
  const database: TEmptyDatabase = await createEmptyDatabase(setup.provider);
  const servers: TProductionServer[] = [];
  let nginx: TNginx | undefined;
  try {
    for (let i = 0; i < setup.instances; i++) servers.push(await startProductionServer({ databaseUrl: database.url, env: { RATE_LIMIT_CREATE_PER_MINUTE: "0" } }));
    nginx = setup.nginx ? await startNginx(await findFreePort(), servers.map((server) => server.port)) : undefined;
    const base = nginx?.baseUrl ?? servers[0].baseUrl;
    const body = JSON.stringify(typicalPlanInput(1));
    const seed = await fetch(`${base}/api/plans`, { method: "POST", headers: { "content-type": "application/json" }, body });
    const { id } = (await seed.json()) as { id: string };
    const options: Record<TKind, Parameters<typeof measureKind>[0]> = {
      static: { url: `${base}/` },
      create: { url: `${base}/api/plans`, method: "POST", headers: { "content-type": "application/json" }, body },
      read: { url: `${base}/api/plans/${id}` },
      ics: { url: `${base}/api/plans/${id}/calendar.ics` },
    };
    const figures = {} as Record<TKind, TKindFigures>;
    for (const kind of KINDS) {
      await measureKind({ ...options[kind], connections: CONNECTIONS, duration: 1, timeout: 10 });
      figures[kind] = await measureKind({ ...options[kind], connections: CONNECTIONS, duration: SECONDS, timeout: 10 });
    }
    return { setup, figures };
  } finally {
    await nginx?.stop();
    for (const server of servers) await server.stop();
    await database.drop();
  }
}

async function main(): Promise<void> {
  if (!process.env.TEST_POSTGRES_URL) throw new Error("TEST_POSTGRES_URL is not set: run `npm run bench:providers`, which starts PostgreSQL");
  const results: TResult[] = [];
  for (const setup of SETUPS) {
    console.log(`measuring ${setup.name} ...`);
    results.push(await measureSetup(setup));
  }
  const yardstick = results[0].figures.static.requestsPerSecond;
  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per kind. "x static": req/s over the static page of the same setup; "x SQLite static": over SQLite's static page (${yardstick.toFixed(0)} req/s)`);
  console.log(`${"setup".padEnd(32)} ${"kind".padEnd(7)} ${"req/s".padStart(7)} ${"x static".padStart(9)} ${"x SQLite static".padStart(16)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)}  errors/non-2xx`);
  for (const { setup, figures } of results) {
    for (const kind of KINDS) {
      const f = figures[kind];
      console.log(
        `${setup.name.padEnd(32)} ${kind.padEnd(7)} ${f.requestsPerSecond.toFixed(0).padStart(7)} ${(f.requestsPerSecond / figures.static.requestsPerSecond).toFixed(2).padStart(9)} ${(f.requestsPerSecond / yardstick).toFixed(2).padStart(16)} ${f.p50Ms.toFixed(0).padStart(7)} ${f.p99Ms.toFixed(0).padStart(7)}  ${f.errors}/${f.non2xx}${f.non2xx ? ` ${JSON.stringify(f.statuses)}` : ""}`,
      );
    }
  }
  const failed = results.some(({ figures }) => KINDS.some((kind) => figures[kind].errors || figures[kind].non2xx));
  if (failed) console.log("some runs had errors or non-2xx answers");
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
