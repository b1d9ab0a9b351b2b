/**
 * Bad-input fuzzer: >= 10,000 malformed requests (fast-check) against the production server.
 * Every answer must be a 4xx JSON error with a message and the security headers, none may hang,
 * and the database must hold exactly the plans it held before, unchanged.
 *
 * Usage: npm run build && npm run test:fuzz   (env: FUZZ_RUNS=10000, FUZZ_SEED, FUZZ_CONCURRENCY=8)
 * On PostgreSQL: npm run test:fuzz:pg (or with TEST_POSTGRES_URL set: a fresh database on that server).
 */
import http from "node:http";
import fc from "fast-check";
import { createEmptyDatabase } from "../integration/empty-database";
import { startProductionServer } from "../load/production-server";
import { typicalPlanInput } from "../load/plan-fixtures";
import { sendOverSocket, sendRaw, type TRawResponse } from "../load/send-raw";
import { requestArbitrary, type TFuzzRequest, type TFuzzTarget } from "./arbitraries";

const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 8);
const TIMEOUT_MS = 10_000;
const BATCH = 250;
const REQUIRED_HEADERS = ["content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options", "permissions-policy"];


/** Why this response is wrong, or null when it is a proper 4xx JSON error. */
function problemWith(response: TRawResponse): string | null {
  if (response.status < 400 || response.status > 499) return `status ${response.status}`;
  const missing = REQUIRED_HEADERS.filter((name) => !response.headers[name]);
  if (missing.length > 0) return `missing headers ${missing.join(", ")}`;
  if (!/^application\/json\b/.test(response.headers["content-type"] ?? "")) return `content-type ${response.headers["content-type"]}`;
  let body: unknown;
  try {
    body = JSON.parse(response.body.toString("utf8"));
  } catch {
    return `body is not JSON: ${response.body.toString("utf8").slice(0, 80)}`;
  }
  const error = (body as { error?: { code?: unknown; message?: unknown } }).error;
  if (typeof error?.code !== "string" || typeof error.message !== "string" || error.message.trim() === "") {
    return `no { error: { code, message } }: ${JSON.stringify(body).slice(0, 120)}`;
  }
  return null;
}

async function createSeedPlan(baseUrl: string, index: number): Promise<TFuzzTarget> {
  const response = await fetch(`${baseUrl}/api/plans`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(typicalPlanInput(index)),
  });
  if (response.status !== 201) throw new Error(`seed plan: ${response.status} ${await response.text()}`);
  const { id, editToken } = (await response.json()) as TFuzzTarget;
  return { id, editToken };
}

async function main(): Promise<void> {
  const started = Date.now();
  const database = await createEmptyDatabase();
  const readRows = () => database.query('SELECT * FROM "Plan" ORDER BY id');
  const server = await startProductionServer({ databaseUrl: database.url, env: { RATE_LIMIT_CREATE_PER_MINUTE: "0" } });
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY, timeout: 4_000 });
  const origin = { host: "127.0.0.1", port: server.port, agent };
  const failures: { request: TFuzzRequest; problem: string }[] = [];
  const statusCounts = new Map<number, number>();
  let sent = 0;
  try {
    const target = await createSeedPlan(server.baseUrl, 0);
    const other = await createSeedPlan(server.baseUrl, 1);
    const before = await readRows();
    console.log(`fuzz on ${database.provider}: ${RUNS} requests, seed ${SEED}, concurrency ${CONCURRENCY}, server ${server.baseUrl}`);

    const arbitrary = requestArbitrary(target, other);
    for (let batchStart = 0; batchStart < RUNS; batchStart += BATCH) {
      // Generated batch by batch: oversized bodies would not all fit in memory at once.
      const requests = fc.sample(arbitrary, { numRuns: Math.min(BATCH, RUNS - batchStart), seed: SEED + batchStart });
      let next = 0;
      const worker = async () => {
        while (next < requests.length) {
          const request = requests[next++];
          // Large bodies get their own plain socket: a 413 may close it before the upload ends.
          const large = request.body !== undefined && request.body.length > 32 * 1024;
          try {
            const response = large ? await sendOverSocket(origin, request, TIMEOUT_MS) : await sendRaw(origin, request, TIMEOUT_MS);
            statusCounts.set(response.status, (statusCounts.get(response.status) ?? 0) + 1);
            const problem = problemWith(response);
            if (problem) failures.push({ request, problem });
          } catch (error) {
            // The server drains a refused upload before answering (lib/http/drain-body.ts), so a
            // reset or a close without an answer is a failure, oversized upload or not.
            const code = (error as NodeJS.ErrnoException).code;
            failures.push({ request, problem: `no answer: ${(error as Error).message}${code ? ` (${code})` : ""}` });
          }
          sent++;
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      if ((batchStart / BATCH) % 8 === 7) console.log(`  ${sent} sent, ${failures.length} failures`);
    }

    const after = await readRows();
    if (after.length !== before.length) failures.push({ request: { kind: "database", method: "-", path: "-", headers: {} }, problem: `plan count changed: ${before.length} -> ${after.length}` });
    else if (JSON.stringify(after) !== JSON.stringify(before)) failures.push({ request: { kind: "database", method: "-", path: "-", headers: {} }, problem: "a stored plan changed" });
    const logs = server.output();
    for (const seed of [target, other]) {
      if (logs.includes(seed.editToken)) failures.push({ request: { kind: "logs", method: "-", path: "-", headers: {} }, problem: "an edit token appears in the server log" });
    }
    console.log(`plans in database: ${before.length} before, ${after.length} after`);
  } finally {
    agent.destroy();
    await server.stop();
    await database.drop();
  }

  const statuses = [...statusCounts.entries()].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`).join(", ");
  console.log(`statuses: ${statuses}`);
  for (const { request, problem } of failures.slice(0, 25)) {
    console.log(`FAIL ${request.method} ${request.path.slice(0, 100)} [${request.kind.slice(0, 100)}] -> ${problem}`);
  }
  console.log(`${sent} requests, ${failures.length} failures (seed ${SEED}, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  process.exit(failures.length === 0 && sent >= RUNS ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
