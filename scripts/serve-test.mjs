// Starts the production server (for e2e, fuzz, load and cluster runs) on DATABASE_URL when set
// (e.g. a PostgreSQL test database), else on a fresh temporary SQLite file, after applying the
// migrations with the app's migrator (npm run db:deploy). Usage: node scripts/serve-test.mjs [port].
// It runs server.ts, as npm start does; SERVE_WITH_NEXT_START=1 runs plain `next start` instead, to
// compare the two in a bench or a Lighthouse run.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const port = process.argv[2] ?? "3107";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stridelift-"));
const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? `file:${path.join(dir, "test.db")}`, PORT: port };
const bin = (name) => path.join(process.cwd(), "node_modules", ".bin", name);

const migrate = spawnSync(bin("tsx"), [path.join("scripts", "db-deploy.ts")], { env, stdio: ["ignore", "ignore", "inherit"] });
if (migrate.status !== 0) process.exit(migrate.status ?? 1);
console.log(`stridelift test server: ${env.DATABASE_URL.replace(/\/\/[^@/]*@/, "//")} on port ${port}`);

const server = process.env.SERVE_WITH_NEXT_START ? spawn(bin("next"), ["start", "-p", port, "-H", "127.0.0.1"], { env, stdio: "inherit" }) : spawn(process.execPath, ["--import", "tsx", "server.ts", "-p", port, "-H", "127.0.0.1"], { env, stdio: "inherit" });
const stop = () => server.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => {
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
