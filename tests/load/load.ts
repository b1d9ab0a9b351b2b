/**
 * Load test: 50 connections against the production server on loopback for LOAD_SECONDS (default 60):
 * 16 creating plans (closed-loop driver, so every answer is counted), 17 reading plans and 17
 * fetching calendar feeds (autocannon). Asserts 0 errors, 0 timeouts, only 2xx answers, and that
 * the database holds exactly the seeded plans plus one per 201 answer.
 *
 * Usage: npm run build && npm run test:load   (LOAD_SECONDS=10 for a quick run)
 * On PostgreSQL: npm run test:load:pg (or with TEST_POSTGRES_URL set: a fresh database on that server).
 */
import autocannon from "autocannon";
import { createEmptyDatabase } from "../integration/empty-database";
import { driveCreates, percentile } from "./create-driver";
import { typicalPlanInput } from "./plan-fixtures";
import { startProductionServer } from "./production-server";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = { create: 16, read: 17, ics: 17 };
const SEEDS = 20;

type TKindReport = { kind: string; requests: number; rps: number; p50: number; p99: number; errors: number; timeouts: number; non2xx: number };


function runAutocannon(kind: string, options: autocannon.Options): Promise<TKindReport> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => {
      if (error) return reject(error);
      resolve({
        kind,
        requests: result.requests.total,
        rps: result.requests.total / (result.duration || SECONDS),
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
      });
    });
  });
}

/** GETs rotating over the seeded plan ids. */
function rotating(paths: string[]): autocannon.Request[] {
  let next = 0;
  return [{ method: "GET", setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }];
}

async function main(): Promise<void> {
  const database = await createEmptyDatabase();
  const countPlans = async () => Number((await database.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM "Plan"'))[0].n);
  const server = await startProductionServer({ databaseUrl: database.url, env: { RATE_LIMIT_CREATE_PER_MINUTE: "0" } });
  let failed = false;
  try {
    const ids: string[] = [];
    for (let i = 0; i < SEEDS; i++) {
      const response = await fetch(`${server.baseUrl}/api/plans`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(typicalPlanInput(i)),
      });
      if (response.status !== 201) throw new Error(`seed: ${response.status} ${await response.text()}`);
      ids.push(((await response.json()) as { id: string }).id);
    }
    const before = await countPlans();
    console.log(`load on ${database.provider}: ${SECONDS} s, ${CONNECTIONS.create + CONNECTIONS.read + CONNECTIONS.ics} connections (create ${CONNECTIONS.create}, read ${CONNECTIONS.read}, ics ${CONNECTIONS.ics}) on ${server.baseUrl}`);

    const common = { url: server.baseUrl, duration: SECONDS, timeout: 10 };
    const [creates, read, ics] = await Promise.all([
      driveCreates({ port: server.port, connections: CONNECTIONS.create, durationMs: SECONDS * 1000 }),
      runAutocannon("read  GET /api/plans/{id}", { ...common, connections: CONNECTIONS.read, requests: rotating(ids.map((id) => `/api/plans/${id}`)) }),
      runAutocannon("ics   GET .../calendar.ics", { ...common, connections: CONNECTIONS.ics, requests: rotating(ids.map((id) => `/api/plans/${id}/calendar.ics`)) }),
    ]);
    const created201 = creates.statuses[201] ?? 0;
    const create: TKindReport = {
      kind: "create POST /api/plans",
      requests: creates.latenciesMs.length,
      rps: creates.latenciesMs.length / (creates.elapsedMs / 1000),
      p50: percentile(creates.latenciesMs, 50),
      p99: percentile(creates.latenciesMs, 99),
      errors: creates.errors,
      timeouts: creates.timeouts,
      non2xx: Object.entries(creates.statuses).filter(([status]) => Number(status) < 200 || Number(status) > 299).reduce((sum, [, n]) => sum + n, 0),
    };
    const reports = [create, read, ics];
    for (const r of reports) {
      console.log(
        `${r.kind.padEnd(28)} ${String(r.requests).padStart(7)} req  ${r.rps.toFixed(1).padStart(8)} req/s  p50 ${r.p50.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms  errors ${r.errors}  timeouts ${r.timeouts}  non-2xx ${r.non2xx}`,
      );
    }
    const total = reports.reduce((sum, r) => sum + r.requests, 0);
    console.log(`total ${total} requests, ${(total / SECONDS).toFixed(1)} req/s`);

    const after = await countPlans();
    console.log(`plans stored during the run: ${after - before}; 201 answers: ${created201}`);
    for (const r of reports) {
      if (r.errors || r.timeouts || r.non2xx) {
        console.log(`FAIL ${r.kind}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx`);
        failed = true;
      }
    }
    if (after - before !== created201) {
      console.log(`FAIL stored ${after - before} plans but answered 201 ${created201} times`);
      failed = true;
    }
    if (created201 === 0 || read.requests === 0 || ics.requests === 0) {
      console.log("FAIL some kind of request never completed");
      failed = true;
    }
  } finally {
    await server.stop();
    await database.drop();
  }
  console.log(failed ? "load: FAILED" : "load: OK");
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
