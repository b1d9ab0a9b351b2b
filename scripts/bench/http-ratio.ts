/**
 * HTTP speed of the API relative to a static page of the same server (issue 15, "API"):
 * autocannon at 20 connections against the production server, one kind at a time:
 * GET / (prerendered) vs POST /api/plans vs GET /api/plans/{id}/calendar.ics.
 * Targets: create >= 0.5x and .ics >= 1.0x of the static page's requests/s, and create's p99
 * <= 3x the static page's p99, all in the same run.
 *
 * As a library: `measureHttpRatios({ baseUrl })` against a server started with
 * RATE_LIMIT_CREATE_PER_MINUTE=0. Standalone: `npx tsx scripts/bench/http-ratio.ts` starts one
 * itself (needs `npm run build`). BENCH_SECONDS sets the time per kind (default 10).
 */
import autocannon from "autocannon";
import { removeDatabaseFile, startProductionServer } from "../../tests/load/production-server";
import { typicalPlanInput } from "../../tests/load/plan-fixtures";

export type TKindFigures = { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number; statuses?: Record<string, number> };
export type THttpRatios = {
  connections: number;
  seconds: number;
  staticPage: TKindFigures;
  create: TKindFigures & { ratio: number };
  ics: TKindFigures & { ratio: number };
  targets: { createRatio: boolean; icsRatio: boolean; createP99: boolean };
};

export type THttpRatioOptions = { baseUrl: string; connections?: number; seconds?: number; staticPath?: string };

/** One autocannon run: requests/s, latency percentiles, errors. */
export function measureKind(options: autocannon.Options): Promise<TKindFigures> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => {
      if (error) return reject(error);
      resolve({
        requestsPerSecond: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        statuses: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([status, { count }]) => [status, count])),
      });
    });
  });
}

export async function measureHttpRatios({ baseUrl, connections = 20, seconds = 10, staticPath = "/" }: THttpRatioOptions): Promise<THttpRatios> {
  const seed = await fetch(`${baseUrl}/api/plans`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(typicalPlanInput(0)),
  });
  if (seed.status !== 201) throw new Error(`could not create a plan to read: ${seed.status} ${await seed.text()}`);
  const { id } = (await seed.json()) as { id: string };
  const common = { connections, duration: seconds, timeout: 10 };
  // One warm-up second each, so the JIT and route bundles are loaded before measuring.
  await measureKind({ ...common, duration: 1, url: `${baseUrl}${staticPath}` });
  const staticPage = await measureKind({ ...common, url: `${baseUrl}${staticPath}` });
  const createOptions = { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(typicalPlanInput(1)) };
  await measureKind({ ...common, ...createOptions, duration: 1, url: `${baseUrl}/api/plans` });
  const create = await measureKind({ ...common, ...createOptions, url: `${baseUrl}/api/plans` });
  await measureKind({ ...common, duration: 1, url: `${baseUrl}/api/plans/${id}/calendar.ics` });
  const ics = await measureKind({ ...common, url: `${baseUrl}/api/plans/${id}/calendar.ics` });
  const createRatio = create.requestsPerSecond / staticPage.requestsPerSecond;
  const icsRatio = ics.requestsPerSecond / staticPage.requestsPerSecond;
  return {
    connections,
    seconds,
    staticPage,
    create: { ...create, ratio: createRatio },
    ics: { ...ics, ratio: icsRatio },
    targets: { createRatio: createRatio >= 0.5, icsRatio: icsRatio >= 1, createP99: create.p99Ms <= 3 * staticPage.p99Ms },
  };
}

export function formatHttpRatios(r: THttpRatios): string {
  const line = (name: string, k: TKindFigures, ratio?: number) =>
    `${name.padEnd(30)} ${k.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${k.p50Ms.toFixed(1)} ms  p99 ${k.p99Ms.toFixed(1)} ms` +
    (ratio === undefined ? "" : `  ratio ${ratio.toFixed(2)}x`) +
    (k.errors || k.non2xx ? `  (errors ${k.errors}, non-2xx ${k.non2xx})` : "");
  return [
    `HTTP at ${r.connections} connections, ${r.seconds} s per kind:`,
    line("static page GET /", r.staticPage),
    line("create POST /api/plans", r.create, r.create.ratio),
    line("ics GET .../calendar.ics", r.ics, r.ics.ratio),
    `targets: create >= 0.5x ${r.targets.createRatio ? "met" : "MISSED"}; ics >= 1.0x ${r.targets.icsRatio ? "met" : "MISSED"}; ` +
      `create p99 <= 3x static p99 (${(r.create.p99Ms / r.staticPage.p99Ms).toFixed(1)}x) ${r.targets.createP99 ? "met" : "MISSED"}`,
  ].join("\n");
}

/** Starts the production server (needs `npm run build`), measures, stops: for scripts/bench.ts. */
export async function benchHttpRatios(seconds = Number(process.env.BENCH_SECONDS ?? 10)): Promise<THttpRatios> {
  const server = await startProductionServer({ env: { RATE_LIMIT_CREATE_PER_MINUTE: "0" } });
  try {
    return await measureHttpRatios({ baseUrl: server.baseUrl, seconds });
  } finally {
    await server.stop();
    removeDatabaseFile(server.databaseFile);
  }
}

if (process.argv[1]?.endsWith("http-ratio.ts")) {
  benchHttpRatios()
    .then((result) => console.log(formatHttpRatios(result)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
