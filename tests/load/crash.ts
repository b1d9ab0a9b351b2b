/**
 * Crash test: while plans are being created, SIGKILL the production server (its whole process
 * group, so the real `next start` process dies, not just the wrapper), restart it on the same
 * SQLite file, check `PRAGMA integrity_check` and WAL mode, and read back every plan whose create
 * was answered 201 before the kill. Repeats CRASH_ROUNDS times (default 3).
 *
 * Usage: npm run build && npx tsx tests/load/crash.ts
 */
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { BUSY_TIMEOUT_MS } from "../../lib/db/client";
import { driveCreates } from "./create-driver";
import { newDatabaseFile, removeDatabaseFile, startProductionServer, type TProductionServer } from "./production-server";

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 3);
const CONNECTIONS = 16;

function groupProcesses(pgid: number): { pid: number; command: string }[] {
  const out = execFileSync("ps", ["-eo", "pid=,pgid=,comm="], { encoding: "utf8" });
  return out
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter((parts) => parts.length >= 3 && Number(parts[1]) === pgid)
    .map((parts) => ({ pid: Number(parts[0]), command: parts.slice(2).join(" ") }));
}

function inspectDatabase(file: string): { integrity: string; journalMode: string; count: number } {
  const db = new Database(file, { fileMustExist: true });
  try {
    return {
      integrity: db.pragma("integrity_check", { simple: true }) as string,
      journalMode: db.pragma("journal_mode", { simple: true }) as string,
      count: (db.prepare("SELECT COUNT(*) AS n FROM Plan").get() as { n: number }).n,
    };
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const databaseFile = newDatabaseFile("stridelift-crash-");
  const failures: string[] = [];
  const confirmed: { id: string; name: string }[] = [];
  console.log(`crash: ${ROUNDS} rounds on ${databaseFile}; busy timeout in lib/db/client.ts: ${BUSY_TIMEOUT_MS} ms`);
  if (!(BUSY_TIMEOUT_MS >= 1000)) failures.push(`busy timeout ${BUSY_TIMEOUT_MS} ms is too short`);

  let server: TProductionServer = await startProductionServer({ databaseFile, env: { RATE_LIMIT_CREATE_PER_MINUTE: "0" } });
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      let killed = false;
      let killAt = 0;
      let answeredBeforeKill = 0;
      const drive = driveCreates({ port: server.port, connections: CONNECTIONS, durationMs: 60_000, timeoutMs: 5_000, shouldStop: () => killed });
      // Let creates pile up, then kill mid-flight.
      await new Promise((resolve) => setTimeout(resolve, 2_000 + round * 500));
      const group = groupProcesses(server.pid);
      const realServer = group.find((p) => p.command.startsWith("next-server"));
      if (!realServer) failures.push(`round ${round}: no next-server process in group ${server.pid}: ${JSON.stringify(group)}`);
      // Stop starting new creates, then SIGKILL at once: what is in flight now is cut off mid-write.
      killed = true;
      killAt = performance.now();
      await server.kill();
      const survivors = groupProcesses(server.pid);
      if (survivors.length > 0) failures.push(`round ${round}: processes survived SIGKILL: ${JSON.stringify(survivors)}`);
      const stats = await drive;
      const before = stats.created.filter((c) => c.at <= killAt);
      answeredBeforeKill = before.length;
      for (const c of before) confirmed.push({ id: c.id, name: ((c.input.races as { name: string }[])[1]).name });
      const inFlight = stats.sent - stats.latenciesMs.length;
      console.log(
        `round ${round}: killed ${group.map((p) => `${p.command}(${p.pid})`).join(" + ")} [server ${realServer?.pid}]; ${answeredBeforeKill} creates answered 201 before the kill, ${inFlight} in flight, ${stats.errors + stats.timeouts} cut off`,
      );
      if (inFlight === 0) failures.push(`round ${round}: nothing was in flight at the kill`);

      server = await startProductionServer({ databaseFile, port: server.port, env: { RATE_LIMIT_CREATE_PER_MINUTE: "0" } });
      const state = inspectDatabase(databaseFile);
      console.log(`  restarted: integrity_check=${state.integrity}, journal_mode=${state.journalMode}, ${state.count} plans stored, ${confirmed.length} confirmed so far`);
      if (state.integrity !== "ok") failures.push(`round ${round}: integrity_check says ${state.integrity}`);
      if (state.journalMode !== "wal") failures.push(`round ${round}: journal_mode is ${state.journalMode}, not wal`);
      if (state.count < confirmed.length) failures.push(`round ${round}: ${state.count} rows but ${confirmed.length} confirmed creates`);

      let missing = 0;
      for (const { id, name } of confirmed) {
        const response = await fetch(`${server.baseUrl}/api/plans/${id}`);
        const body = response.status === 200 ? ((await response.json()) as { id: string; input: { races: { name?: string }[] } }) : null;
        if (!body || body.id !== id || !body.input.races.some((race) => race.name === name)) missing++;
      }
      if (missing > 0) failures.push(`round ${round}: ${missing} of ${confirmed.length} confirmed plans could not be read back`);
      else console.log(`  read back all ${confirmed.length} confirmed plans`);
    }
    const after = await fetch(`${server.baseUrl}/api/plans`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify((await import("./plan-fixtures")).typicalPlanInput(0)),
    });
    if (after.status !== 201) failures.push(`create after the last restart answered ${after.status}`);
  } finally {
    await server.stop();
    removeDatabaseFile(server.databaseFile);
  }
  for (const failure of failures) console.log(`FAIL ${failure}`);
  console.log(failures.length === 0 ? `crash: OK (${confirmed.length} confirmed plans survived ${ROUNDS} SIGKILLs)` : "crash: FAILED");
  process.exit(failures.length === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
