/**
 * A throwaway PostgreSQL cluster for tests: initdb in a temp directory, listening on 127.0.0.1 only
 * (and a Unix socket inside that directory) on a free port, trust auth, removed afterwards.
 * PostgreSQL refuses to run as root, so as root every pg binary runs as the `postgres` user.
 *
 * As a library: `startPgCluster()` (the 503-recovery test stops and restarts its own cluster).
 * As a command:
 *   tsx scripts/pg-test-cluster.ts run -- <command...>   start, export TEST_POSTGRES_URL, run, remove
 *   tsx scripts/pg-test-cluster.ts start                 start and keep running until Ctrl-C
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findFreePort } from "../tests/load/production-server";

export type TPgCluster = {
  /** Superuser URL of the cluster's `postgres` database: tests create their own databases from it. */
  url: string;
  port: number;
  dir: string;
  /** `pg_ctl stop -m fast`: open connections are terminated (57P01), new ones refused. */
  stop: () => void;
  /** Starts it again on the same port and data. */
  start: () => void;
  /** Stops it and deletes its directory. */
  destroy: () => void;
};

export type TPgClusterOptions = {
  /**
   * Durable (default false): fsync on. The load and cluster measurements use durable clusters;
   * the integration tests skip fsync, since a throwaway cluster never has to survive a power cut.
   */
  durable?: boolean;
  /** Extra `postgres -c` settings. */
  settings?: Record<string, string>;
};

/** The newest installed server binaries (Debian: /usr/lib/postgresql/<major>/bin), or PG_BIN. */
function findPgBin(): string {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv) return fromEnv;
  const root = "/usr/lib/postgresql";
  const majors = fs.existsSync(root) ? fs.readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a)) : [];
  const found = majors.map((major) => path.join(root, major, "bin")).find((bin) => fs.existsSync(path.join(bin, "initdb")));
  if (!found) throw new Error("PostgreSQL server binaries not found: apt-get install -y postgresql (or set PG_BIN)");
  return found;
}

const asRoot = process.getuid?.() === 0;

/** Runs a pg binary, as the `postgres` user when we are root. */
function pg(bin: string, args: string[]): string {
  const command = asRoot ? "runuser" : bin;
  const fullArgs = asRoot ? ["-u", "postgres", "--", bin, ...args] : args;
  return execFileSync(command, fullArgs, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

export async function startPgCluster(options: TPgClusterOptions = {}): Promise<TPgCluster> {
  const bin = findPgBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stridelift-pg-"));
  const data = path.join(dir, "data");
  if (asRoot) execFileSync("chown", ["postgres:postgres", dir]);
  pg(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"]);
  const settings: Record<string, string> = {
    listen_addresses: "127.0.0.1",
    unix_socket_directories: dir,
    max_connections: "200",
    // Like SQLite's synchronous=NORMAL in WAL mode: a commit survives a crash of any process but
    // does not wait for an fsync.
    synchronous_commit: "off",
    ...(options.durable ? {} : { fsync: "off", full_page_writes: "off" }),
    ...options.settings,
  };
  let port = 0;
  const start = () => {
    const flags = Object.entries({ ...settings, port: String(port) }).map(([key, value]) => `-c ${key}=${value}`).join(" ");
    pg(path.join(bin, "pg_ctl"), ["-D", data, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "-o", flags, "start"]);
  };
  // The port is free when picked; another process could take it before postgres binds: retry.
  for (let attempt = 1; ; attempt++) {
    port = await findFreePort();
    try {
      start();
      break;
    } catch (error) {
      if (attempt >= 3) {
        const log = fs.existsSync(path.join(dir, "server.log")) ? fs.readFileSync(path.join(dir, "server.log"), "utf8") : "";
        fs.rmSync(dir, { recursive: true, force: true });
        throw new Error(`could not start PostgreSQL: ${(error as Error).message}\n${log}`);
      }
    }
  }
  const stop = () => {
    if (fs.existsSync(path.join(data, "postmaster.pid"))) pg(path.join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
  };
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    stop,
    start,
    destroy: () => {
      try {
        stop();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

async function main(argv: string[]): Promise<void> {
  const [verb, ...rest] = argv;
  if (verb !== "run" && verb !== "start") {
    console.error("usage: tsx scripts/pg-test-cluster.ts run -- <command...> | start");
    process.exit(2);
  }
  const cluster = await startPgCluster({ durable: process.env.PG_TEST_DURABLE === "1" });
  let cleaned = false;
  const cleanUp = () => {
    if (cleaned) return;
    cleaned = true;
    cluster.destroy();
  };
  process.on("exit", cleanUp);
  if (verb === "start") {
    console.log(`export TEST_POSTGRES_URL=${cluster.url}\n# PostgreSQL in ${cluster.dir}; Ctrl-C stops and removes it`);
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(0));
    setInterval(() => undefined, 1 << 30);
    return;
  }
  const command = rest[0] === "--" ? rest.slice(1) : rest;
  if (command.length === 0) throw new Error("run: no command given");
  console.log(`pg-test-cluster: PostgreSQL on 127.0.0.1:${cluster.port} (${cluster.dir}), TEST_POSTGRES_URL=${cluster.url}`);
  const child = spawn(command[0], command.slice(1), { stdio: "inherit", env: { ...process.env, TEST_POSTGRES_URL: cluster.url } });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => {
    cleanUp();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

if (process.argv[1]?.endsWith("pg-test-cluster.ts")) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
