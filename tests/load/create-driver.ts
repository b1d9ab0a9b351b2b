/**
 * Closed-loop POST /api/plans driver. Unlike autocannon, which destroys its sockets when time is up
 * (the server may still store a plan whose answer nobody reads), it stops sending at the deadline and
 * waits for every answer, so "plans stored == 201 answers" is an exact check.
 */
import http from "node:http";
import { sendRaw } from "./send-raw";
import { typicalPlanInput } from "./plan-fixtures";

export type TCreateStats = {
  sent: number;
  statuses: Record<number, number>;
  errors: number;
  timeouts: number;
  latenciesMs: number[];
  elapsedMs: number;
  /** Ids from 201 answers, in completion order, with the time each answer arrived. */
  created: { id: string; editToken: string; at: number; input: Record<string, unknown> }[];
};

export type TCreateOptions = {
  port: number;
  connections: number;
  /** Stop sending after this many ms (in-flight requests are still awaited). */
  durationMs: number;
  timeoutMs?: number;
  /** Optional external stop signal (crash test). */
  shouldStop?: () => boolean;
};

export async function driveCreates({ port, connections, durationMs, timeoutMs = 10_000, shouldStop }: TCreateOptions): Promise<TCreateStats> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections, timeout: 4_000 });
  const stats: TCreateStats = { sent: 0, statuses: {}, errors: 0, timeouts: 0, latenciesMs: [], elapsedMs: 0, created: [] };
  const started = performance.now();
  const deadline = started + durationMs;
  let counter = 0;
  const worker = async () => {
    while (performance.now() < deadline && !shouldStop?.()) {
      const input = typicalPlanInput(counter++);
      const began = performance.now();
      stats.sent++;
      try {
        const response = await sendRaw(
          { host: "127.0.0.1", port, agent },
          { method: "POST", path: "/api/plans", headers: { "content-type": "application/json" }, body: Buffer.from(JSON.stringify(input)) },
          timeoutMs,
        );
        stats.latenciesMs.push(performance.now() - began);
        stats.statuses[response.status] = (stats.statuses[response.status] ?? 0) + 1;
        if (response.status === 201) {
          const body = JSON.parse(response.body.toString("utf8")) as { id: string; editToken: string };
          stats.created.push({ id: body.id, editToken: body.editToken, at: performance.now(), input });
        }
      } catch (error) {
        if (/timeout/.test((error as Error).message)) stats.timeouts++;
        else stats.errors++;
        if (shouldStop?.()) break;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  stats.elapsedMs = performance.now() - started;
  agent.destroy();
  return stats;
}

/** The p-th percentile (0..100) of a list of numbers, nearest-rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}
