/**
 * Multi-instance test: two `next start` instances on one PostgreSQL behind nginx (the committed
 * deploy/nginx/stridelift.conf), CLUSTER_SECONDS (default 30) of mixed load through nginx (create,
 * read, .ics, PUT, plus tests/cluster/extra-kinds.ts), one instance SIGKILLed mid-run and
 * restarted. Then, against each instance directly:
 * - every create answered 201 and every edit answered 200 reads back from both instances;
 * - no 5xx, except 502s (or a dropped connection) for requests that were in flight on the killed
 *   instance when it died;
 * - the create limit is one count across both instances: LIMIT creates spread over both succeed,
 *   the next one gets 429 on either; nginx overwrites a client's own X-Forwarded-For.
 * Creates come from many loopback addresses (127.1.x.y), so the load stays under the per-client limit.
 *
 * Usage: npm run build && npm run test:cluster   (starts a throwaway PostgreSQL; needs nginx)
 */
import http from "node:http";
import { createEmptyDatabase } from "../integration/empty-database";
import { percentile } from "../load/create-driver";
import { typicalPlanInput } from "../load/plan-fixtures";
import { findFreePort, startProductionServer, type TProductionServer } from "../load/production-server";
import { sendRaw, type TRawRequest, type TRawResponse } from "../load/send-raw";
import { EXTRA_KINDS, type TClusterKind, type TClusterPlan } from "./extra-kinds";
import { startNginx } from "./nginx";

const SECONDS = Number(process.env.CLUSTER_SECONDS ?? 30);
const LIMIT = Number(process.env.CLUSTER_RATE_LIMIT ?? 40);
const SEEDS = 20;
const CLIENT_ADDRESSES = 1_000;

type TRecord = { kind: string; start: number; end: number; status: number | null; error?: string };
type TEdit = { name: string; status: number | null };
type TPlan = TClusterPlan & { name: string; edits: TEdit[] };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const clientAddress = (i: number) => `127.1.${Math.floor((i % CLIENT_ADDRESSES) / 250)}.${(i % 250) + 1}`;

async function distinctPorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await findFreePort());
  return [...ports];
}

function raceName(input: Record<string, unknown>): string {
  return String((input.races as { name: string }[])[1].name);
}

function json(body: unknown, headers: Record<string, string> = {}): Pick<TRawRequest, "headers" | "body"> {
  return { headers: { "content-type": "application/json", ...headers }, body: Buffer.from(JSON.stringify(body)) };
}

async function main(): Promise<void> {
  if (!process.env.TEST_POSTGRES_URL) throw new Error("TEST_POSTGRES_URL is not set: run `npm run test:cluster`, which starts PostgreSQL");
  const database = await createEmptyDatabase("postgresql");
  const env = { RATE_LIMIT_CREATE_PER_MINUTE: String(LIMIT) };
  const [portA, portB, portNginx] = await distinctPorts(3);
  // Both start (and so migrate the empty database) at the same moment: the advisory lock's job.
  const servers: TProductionServer[] = await Promise.all([portA, portB].map((port) => startProductionServer({ port, databaseUrl: database.url, env })));
  const nginx = await startNginx(portNginx, [portA, portB]);
  const failures: string[] = [];
  const records: TRecord[] = [];
  const plans: TPlan[] = [];
  const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const viaNginx = { host: "127.0.0.1", port: portNginx, agent: keepAlive };
  let killAt = Number.NaN;
  let deadAt = Number.NaN;
  let restartedAt = Number.NaN;
  let createCount = 0;
  const t0 = performance.now();
  const now = () => (performance.now() - t0) / 1000;

  async function send(kind: string, request: TRawRequest, origin: Parameters<typeof sendRaw>[0] = viaNginx): Promise<TRawResponse | null> {
    const start = now();
    try {
      const response = await sendRaw(origin, request, 15_000);
      records.push({ kind, start, end: now(), status: response.status });
      return response;
    } catch (error) {
      records.push({ kind, start, end: now(), status: null, error: (error as Error).message });
      return null;
    }
  }

  async function create(kind: string): Promise<void> {
    const index = createCount++;
    const input = { ...typicalPlanInput(index), races: [(typicalPlanInput(index).races as object[])[0], { ...(typicalPlanInput(index).races as object[])[1], name: `Cluster half #${index}` }] };
    // A fresh connection from its own loopback address: nginx reports a distinct client per address.
    const response = await send(kind, { method: "POST", path: "/api/plans", ...json(input) }, { host: "127.0.0.1", port: portNginx, agent: false, localAddress: clientAddress(index) });
    if (response?.status === 201) {
      const { id, editToken } = JSON.parse(response.body.toString("utf8")) as { id: string; editToken: string };
      plans.push({ id, editToken, input, name: raceName(input), edits: [] });
    }
  }

  const pick = (seed: number) => plans[seed % plans.length];
  let counter = 0;
  const kinds: TClusterKind[] = [
    { name: "create", workers: 6, build: () => null },
    { name: "read", workers: 4, build: () => ({ method: "GET", path: `/api/plans/${pick(counter++).id}` }) },
    { name: "ics", workers: 3, build: () => ({ method: "GET", path: `/api/plans/${pick(counter++).id}/calendar.ics` }) },
    { name: "put", workers: 3, build: () => null },
    ...EXTRA_KINDS,
  ];

  /** PUT worker `worker` owns every third plan, so each plan's edits are sequential and the last acknowledged one must win. */
  const putCursor = [0, 0, 0];
  async function put(worker: number): Promise<void> {
    const owned = plans.filter((_, i) => i % 3 === worker);
    if (owned.length === 0) {
      await sleep(50);
      return;
    }
    const plan = owned[putCursor[worker]++ % owned.length];
    const name = `Edited ${plan.id.slice(0, 6)} #${plan.edits.length + 1}`;
    const races = plan.input.races as object[];
    const input = { ...plan.input, races: [races[0], { ...races[1], name }] };
    const edit: TEdit = { name, status: null };
    plan.edits.push(edit);
    const response = await send("put", { method: "PUT", path: `/api/plans/${plan.id}`, ...json(input, { authorization: `Bearer ${plan.editToken}` }) });
    edit.status = response?.status ?? null;
  }

  try {
    for (let i = 0; i < SEEDS; i++) await create("seed");
    console.log(`cluster: instances on ${portA} and ${portB}, nginx on ${portNginx}, one PostgreSQL; ${SECONDS} s of load; limit ${LIMIT} creates/min per client`);

    const workers = kinds.flatMap((kind) =>
      Array.from({ length: kind.workers }, async (_, worker) => {
        while (now() < SECONDS) {
          if (kind.name === "create") await create("create");
          else if (kind.name === "put") await put(worker);
          else {
            const request = kind.build(plans, worker);
            if (!request) {
              await sleep(50);
              continue;
            }
            // (Not `kind.settle?.(request, await send(...))`: a missing settle would skip the send.)
            const response = await send(kind.name, request);
            kind.settle?.(request, response);
          }
        }
      }),
    );
    const killer = (async () => {
      await sleep(SECONDS * 400);
      killAt = now();
      await servers[0].kill();
      // SIGKILL is not instantaneous: until the process is gone, requests still reach it.
      deadAt = now();
      console.log(`  SIGKILL instance ${portA} at ${killAt.toFixed(2)} s, gone at ${deadAt.toFixed(2)} s`);
      await sleep(1_000);
      servers[0] = await startProductionServer({ port: portA, databaseUrl: database.url, env });
      restartedAt = now();
      console.log(`  instance ${portA} back at ${restartedAt.toFixed(1)} s`);
    })();
    await Promise.all([...workers, killer]);
    keepAlive.destroy();

    // 5xx and transport errors: only 502s for requests in flight on the instance while it was being killed.
    // A PUT and a PATCH of one plan at the same moment: the later compare-and-set answers 409.
    const expected: Record<string, number[]> = { seed: [201], create: [201], read: [200], ics: [200], put: [200, 409], patch: [200, 409] };
    // nginx answers 502 when the instance dies before answering; when it dies mid-answer the headers
    // are already out, so nginx can only drop the connection (the client sees "aborted").
    const cut = (record: TRecord) => (record.status === 502 || record.status === null) && record.start <= deadAt && record.end >= killAt;
    for (const record of records) {
      const ok = (expected[record.kind] ?? [200, 201, 204]).includes(record.status ?? -1);
      if (!ok && !cut(record)) failures.push(`${record.kind} at ${record.start.toFixed(2)} s: ${record.status ?? record.error}`);
    }

    // Every acknowledged create and edit, read back from each instance directly.
    const instanceUrls = servers.map((server) => server.baseUrl);
    let checked = 0;
    for (const plan of plans) {
      const acked = plan.edits.map((edit) => edit.status === 200).lastIndexOf(true);
      // The last acknowledged edit, or a later one whose answer was lost (it may have committed).
      const allowed = acked >= 0 ? plan.edits.slice(acked).map((edit) => edit.name) : [plan.name, ...plan.edits.map((edit) => edit.name)];
      for (const server of servers) {
        const response = await sendRaw({ host: "127.0.0.1", port: server.port }, { method: "GET", path: `/api/plans/${plan.id}` });
        const body = response.status === 200 ? (JSON.parse(response.body.toString("utf8")) as { input: Record<string, unknown> }) : null;
        if (!body) failures.push(`plan ${plan.id}: ${response.status} from instance ${server.port}`);
        else if (!allowed.includes(raceName(body.input))) failures.push(`plan ${plan.id} on ${server.port}: "${raceName(body.input)}", expected one of ${JSON.stringify(allowed)}`);
        checked++;
      }
    }
    for (const kind of kinds) failures.push(...((await kind.verify?.(plans, instanceUrls)) ?? []));

    // One create limit for both instances: LIMIT creates alternating between them, then one more on each.
    const limited = { "x-forwarded-for": "203.0.113.99" };
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++) {
      const server = servers[i % 2];
      statuses.push((await sendRaw({ host: "127.0.0.1", port: server.port }, { method: "POST", path: "/api/plans", ...json(typicalPlanInput(i), limited) })).status);
    }
    const over = [];
    for (const server of servers) over.push((await sendRaw({ host: "127.0.0.1", port: server.port }, { method: "POST", path: "/api/plans", ...json(typicalPlanInput(0), limited) })).status);
    if (statuses.some((status) => status !== 201)) failures.push(`rate limit: the first ${LIMIT} creates answered ${JSON.stringify([...new Set(statuses)])}`);
    if (over.some((status) => status !== 429)) failures.push(`rate limit: create ${LIMIT + 1} answered ${over.join(" and ")} (expected 429 on both instances)`);
    // Through nginx a client cannot choose its key: the spoofed address is replaced by the real one.
    const spoofed = await sendRaw({ host: "127.0.0.1", port: portNginx, agent: false, localAddress: "127.2.0.1" }, { method: "POST", path: "/api/plans", ...json(typicalPlanInput(0), limited) });
    if (spoofed.status !== 201) failures.push(`nginx passed a client's own X-Forwarded-For on: ${spoofed.status}`);

    // Summary.
    const loadSeconds = SECONDS;
    console.log(`kind     requests   req/s   p50 ms   p99 ms  statuses`);
    for (const kind of [...new Set(records.map((record) => record.kind))]) {
      const ofKind = records.filter((record) => record.kind === kind);
      const latencies = ofKind.map((record) => (record.end - record.start) * 1000);
      const counts = new Map<string, number>();
      for (const record of ofKind) counts.set(String(record.status ?? record.error), (counts.get(String(record.status ?? record.error)) ?? 0) + 1);
      console.log(
        `${kind.padEnd(8)} ${String(ofKind.length).padStart(8)} ${(kind === "seed" ? 0 : ofKind.length / loadSeconds).toFixed(1).padStart(7)} ${percentile(latencies, 50).toFixed(1).padStart(8)} ${percentile(latencies, 99).toFixed(1).padStart(8)}  ${[...counts].map(([status, n]) => `${status}: ${n}`).join(", ")}`,
      );
    }
    const cutCount = records.filter(cut).length;
    const acknowledgedEdits = plans.reduce((sum, plan) => sum + plan.edits.filter((edit) => edit.status === 200).length, 0);
    console.log(`instance ${portA} SIGKILLed at ${killAt.toFixed(2)} s (gone at ${deadAt.toFixed(2)} s), serving again at ${restartedAt.toFixed(1)} s; ${cutCount} requests cut (502 or dropped) by the kill`);
    console.log(`read back: ${plans.length} acknowledged creates and ${acknowledgedEdits} acknowledged edits, ${checked} reads on both instances`);
    console.log(`rate limit: ${LIMIT} creates alternating over both instances ${statuses.every((s) => s === 201) ? "all 201" : "NOT all 201"}; create ${LIMIT + 1}: ${over.join(" / ")}; spoofed X-Forwarded-For through nginx: ${spoofed.status}`);
  } finally {
    await nginx.stop();
    for (const server of servers) await server.stop();
    await database.drop();
  }
  for (const failure of failures.slice(0, 30)) console.log(`FAIL ${failure}`);
  if (failures.length > 0) {
    for (const server of servers) console.log(`--- instance ${server.port} output (tail)\n${server.output().slice(-3000)}`);
  }
  console.log(failures.length === 0 ? "cluster: OK" : `cluster: FAILED (${failures.length} problems)`);
  process.exit(failures.length === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
