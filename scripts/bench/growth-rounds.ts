/**
 * The growth benches' measurement: each database gets the production server in turn, read through
 * its sample of plans, in alternating rounds so machine noise hits both. Each path is read once
 * before the clock starts. Both samples are plans with logs, so a read does the same work on both.
 */
import { measureKind, type TKindFigures } from "./http-ratio";
import type { TProductionServer } from "../../tests/load/production-server";

type TRoute = "plan" | "feed";
type TSize = "small" | "big";
export type TGrowthBench = {
  provider: string;
  plans: Record<TSize, number>;
  loggedSets: Record<TSize, number>;
  bigMb: number;
  rounds: number;
  p50Ms: Record<TRoute, Record<TSize, number> & { ratio: number }>;
  p99Ms: Record<TRoute, Record<TSize, number>>;
  errors: number;
};
export type TGrowthRoundsOptions = {
  rounds: number;
  seconds: number;
  samples: Record<TSize, string[]>;
  start: (size: TSize) => Promise<TProductionServer>;
};

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

export async function measureGrowthRounds({ rounds, seconds, samples, start }: TGrowthRoundsOptions): Promise<Pick<TGrowthBench, "p50Ms" | "p99Ms" | "errors">> {
  const figures: Record<TRoute, Record<TSize, TKindFigures[]>> = { plan: { small: [], big: [] }, feed: { small: [], big: [] } };
  let errors = 0;
  for (let round = 0; round < rounds; round++) {
    for (const size of ["small", "big"] as const) {
      const server = await start(size);
      try {
        for (const route of ["plan", "feed"] as const) {
          const paths = readPaths(samples[size], route);
          for (const item of paths) {
            const response = await fetch(`${server.baseUrl}${item}`);
            await response.arrayBuffer();
            if (response.status !== 200) throw new Error(`GET ${item} on the ${size} database: ${response.status}`);
          }
          const result = await measurePaths(server.baseUrl, paths, seconds);
          errors += result.errors + result.non2xx;
          figures[route][size].push(result);
        }
      } finally {
        await server.stop();
      }
    }
  }
  const p50 = (route: TRoute, size: TSize) => median(figures[route][size].map((item) => item.p50Ms));
  const p99 = (route: TRoute, size: TSize) => median(figures[route][size].map((item) => item.p99Ms));
  // autocannon reports whole milliseconds; a floor of 0.5 ms keeps a 0 ms p50 from dividing by zero.
  const routeP50 = (route: TRoute) => ({ small: p50(route, "small"), big: p50(route, "big"), ratio: p50(route, "big") / Math.max(p50(route, "small"), 0.5) });
  return {
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
    `Growth (${r.provider}, 10 connections, median of ${r.rounds} alternating rounds, plans with logs read on both): ` +
      `${r.plans.small} plans / ${r.loggedSets.small.toLocaleString("en")} logged sets -> ` +
      `${r.plans.big.toLocaleString("en")} plans / ${r.loggedSets.big.toLocaleString("en")} logged sets (${r.bigMb.toFixed(0)} MB)`,
    line("GET /api/plans/{id}", "plan"),
    line("GET .../calendar.ics", "feed"),
    `target p50 within 1.2x${r.errors ? `; ${r.errors} errors or non-2xx answers` : ""}`,
  ].join("\n");
}
