/**
 * Starts the production build (`npm run build` first) on a free loopback port and a SQLite file
 * (or the database `databaseUrl` names), via scripts/serve-test.mjs (which applies the migrations).
 * Shared by the fuzz, load, crash, live security, cluster and bench scripts.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export type TProductionServer = {
  baseUrl: string;
  port: number;
  databaseFile: string;
  /** Process id of the wrapper; the wrapper and `next start` share the process group `-pid`. */
  pid: number;
  /** Everything the server wrote to stdout/stderr so far. */
  output: () => string;
  /** SIGKILL to the whole process group: the real `next start` server dies, not only the wrapper. */
  kill: () => Promise<void>;
  /** Graceful stop (SIGTERM to the group), then SIGKILL if it lingers. */
  stop: () => Promise<void>;
};

export type TStartOptions = {
  /** Reuse a database file (crash test restarts on the same file); default: a new temp file. */
  databaseFile?: string;
  /** Any DATABASE_URL instead (a PostgreSQL database); `databaseFile` is then unused. */
  databaseUrl?: string;
  env?: Record<string, string>;
  port?: number;
  /** Project directory holding `.next` (default: the working directory). */
  projectDir?: string;
};

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export function newDatabaseFile(prefix = "stridelift-quality-"): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), prefix)), "test.db");
}

function processGroupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function startProductionServer(options: TStartOptions = {}): Promise<TProductionServer> {
  const projectDir = options.projectDir ?? process.env.STRIDELIFT_DIR ?? process.cwd();
  if (!fs.existsSync(path.join(projectDir, ".next", "BUILD_ID"))) {
    throw new Error(`No production build in ${projectDir}/.next: run \`npm run build\` first.`);
  }
  const port = options.port ?? (await findFreePort());
  const databaseFile = options.databaseUrl ? "" : (options.databaseFile ?? newDatabaseFile());
  const child: ChildProcess = spawn(process.execPath, [path.join(projectDir, "scripts", "serve-test.mjs"), String(port)], {
    cwd: projectDir,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...options.env, DATABASE_URL: options.databaseUrl ?? `file:${databaseFile}` },
    // Own process group, so one signal to -pid reaches the wrapper and the server it spawned.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const pid = child.pid!;
  const baseUrl = `http://127.0.0.1:${port}`;

  let gone = false;
  child.once("exit", () => (gone = true));
  try {
    await waitFor(
      async () => {
        if (gone) throw new Error(`server exited during start:\n${output}`);
        try {
          const response = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(2_000) });
          await response.arrayBuffer();
          return response.status === 200;
        } catch {
          return false;
        }
      },
      90_000,
      `the server on port ${port}`,
    );
  } catch (error) {
    if (processGroupAlive(pid)) process.kill(-pid, "SIGKILL");
    throw error;
  }

  const signalGroup = async (signal: NodeJS.Signals, timeoutMs: number): Promise<boolean> => {
    if (!processGroupAlive(pid)) return true;
    try {
      process.kill(-pid, signal);
    } catch {
      return true;
    }
    try {
      await waitFor(() => !processGroupAlive(pid), timeoutMs, "the server to exit");
      return true;
    } catch {
      return false;
    }
  };

  return {
    baseUrl,
    port,
    databaseFile,
    pid,
    output: () => output,
    kill: async () => {
      await signalGroup("SIGKILL", 10_000);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2_000))]);
    },
    stop: async () => {
      if (!(await signalGroup("SIGTERM", 10_000))) await signalGroup("SIGKILL", 10_000);
    },
  };
}

/** Deletes a database made by newDatabaseFile (its whole temp directory, WAL and SHM files included). */
export function removeDatabaseFile(file: string): void {
  const dir = path.dirname(file);
  if (dir.startsWith(os.tmpdir()) && path.basename(dir).startsWith("stridelift-")) fs.rmSync(dir, { recursive: true, force: true });
}
