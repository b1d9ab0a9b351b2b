/**
 * Runs nginx (Debian's `nginx`) on loopback with the committed deploy/nginx/stridelift.conf, only
 * its listen address and instance ports swapped, in a temp prefix (own pid, logs, temp dirs).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const CONFIG = path.resolve(__dirname, "..", "..", "deploy", "nginx", "stridelift.conf");

export type TNginx = { baseUrl: string; port: number; stop: () => Promise<void> };

/**
 * The committed config with the test's ports: its upstream server lines become one line per
 * instance port (same parameters), `listen 80` a loopback port. Throws if those lines are missing.
 */
export function nginxSiteConfig(listenPort: number, upstreamPorts: number[]): string {
  const site = fs.readFileSync(CONFIG, "utf8");
  const servers = site.match(/^\s*server 127\.0\.0\.1:\d+ .*;\n/gm) ?? [];
  const template = servers[0];
  if (!template || !/^\s*listen 80;$/m.test(site)) throw new Error(`${CONFIG}: expected "listen 80;" and upstream "server 127.0.0.1:<port> ...;" lines`);
  const lines = upstreamPorts.map((port) => template.replace(/127\.0\.0\.1:\d+/, `127.0.0.1:${port}`)).join("");
  return site.replace(servers.join(""), lines).replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${listenPort};`);
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(`http://127.0.0.1:${port}/nginx-probe`, { signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not listen on ${port}`);
}

export async function startNginx(listenPort: number, upstreamPorts: number[]): Promise<TNginx> {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "stridelift-nginx-"));
  fs.writeFileSync(path.join(prefix, "stridelift.conf"), nginxSiteConfig(listenPort, upstreamPorts));
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `${name}_temp_path ${path.join(prefix, name)};`).join("\n  ");
  fs.writeFileSync(
    path.join(prefix, "nginx.conf"),
    `${process.getuid?.() === 0 ? "user root;\n" : ""}worker_processes 1;
error_log ${path.join(prefix, "error.log")} warn;
pid ${path.join(prefix, "nginx.pid")};
events { worker_connections 2048; }
http {
  access_log off;
  ${temp}
  include ${path.join(prefix, "stridelift.conf")};
}
`,
  );
  const child = spawn("nginx", ["-p", prefix, "-c", path.join(prefix, "nginx.conf"), "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitForPort(listenPort, 10_000);
  return {
    baseUrl: `http://127.0.0.1:${listenPort}`,
    port: listenPort,
    stop: async () => {
      child.kill("SIGQUIT");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}
