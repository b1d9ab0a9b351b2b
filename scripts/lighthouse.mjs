// Lighthouse 12 on the form (/) and a plan page, against the production build (`npm run build`).
// Usage: node scripts/lighthouse.mjs            (mobile, Lighthouse's default emulation and throttling)
//        LIGHTHOUSE_PRESET=desktop node scripts/lighthouse.mjs
// Targets: performance >= 0.95, accessibility 1.00, best practices >= 0.95. Exits 1 on a miss and
// lists every failing audit of the category that missed.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const LIGHTHOUSE = "lighthouse@12.8.2";
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const PRESET = process.env.LIGHTHOUSE_PRESET ?? "mobile";
const TARGETS = { performance: 0.95, accessibility: 1, "best-practices": 0.95 };
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync";

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url, child) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("server exited during start");
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not start at ${url}`);
}

function isoDaysFromToday(days) {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * 86_400_000).toISOString().slice(0, 10);
}

function runLighthouse(url, outFile) {
  const args = [
    "-y",
    LIGHTHOUSE,
    url,
    "--output=json",
    `--output-path=${outFile}`,
    "--only-categories=performance,accessibility,best-practices",
    `--chrome-flags=${CHROME_FLAGS}`,
    "--quiet",
    ...(PRESET === "desktop" ? ["--preset=desktop"] : []),
  ];
  const result = spawnSync("npx", args, { env: { ...process.env, CHROME_PATH }, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`lighthouse failed on ${url} (exit ${result.status})`);
  return JSON.parse(fs.readFileSync(outFile, "utf8"));
}

/** Audits that cost points in a category: scored, weighted and not passed. */
function failingAudits(report, category) {
  return report.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ ref, audit: report.audits[ref.id] }))
    .filter(({ audit }) => audit.score !== null && audit.score < 1)
    .map(({ ref, audit }) => `    - ${ref.id} (score ${audit.score}, weight ${ref.weight}): ${audit.title}${audit.displayValue ? ` [${audit.displayValue}]` : ""}`);
}

async function main() {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stridelift-lighthouse-"));
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ["scripts/serve-test.mjs", String(port)], {
    env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "test.db")}`, RATE_LIMIT_CREATE_PER_MINUTE: "0", NEXT_TELEMETRY_DISABLED: "1" },
    detached: true,
    stdio: "ignore",
  });
  let failed = false;
  try {
    await waitUntilUp(`${base}/`, server);
    const created = await fetch(`${base}/api/plans`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        races: [
          { date: isoDaysFromToday(62), name: "Harbour 10K", distance: "10k", priority: "B" },
          { date: isoDaysFromToday(118), name: "City Half Marathon", distance: "half", priority: "A" },
        ],
        startDate: isoDaysFromToday(0),
        schedule: { mon: "rest", tue: "hard", wed: "easy", thu: "hard", fri: "rest", sat: "easy", sun: "long" },
        equipment: ["dumbbells", "loop-band", "mat"],
        experience: "experienced",
        units: "kg",
        timeZone: "Europe/London",
      }),
    });
    if (created.status !== 201) throw new Error(`could not create a plan: ${created.status} ${await created.text()}`);
    const { id } = await created.json();
    const pages = [
      { name: "form /", url: `${base}/` },
      { name: "plan /plans/{id}", url: `${base}/plans/${id}` },
    ];
    console.log(`Lighthouse ${LIGHTHOUSE.split("@")[1]} (${PRESET}) against ${base}`);
    for (const page of pages) {
      const report = runLighthouse(page.url, path.join(dir, `${page.name.replace(/\W+/g, "-")}.json`));
      const scores = Object.fromEntries(Object.keys(TARGETS).map((key) => [key, report.categories[key].score]));
      console.log(
        `${page.name}: performance ${scores.performance.toFixed(2)}, accessibility ${scores.accessibility.toFixed(2)}, best practices ${scores["best-practices"].toFixed(2)}`,
      );
      for (const [key, target] of Object.entries(TARGETS)) {
        if (scores[key] < target) {
          failed = true;
          console.log(`  ${key} ${scores[key]} < ${target}; failing audits:`);
          for (const line of failingAudits(report, key)) console.log(line);
          if (key === "performance") {
            // Where the blocking time comes from (diagnostics, not scored).
            for (const id of ["bootup-time", "mainthread-work-breakdown", "unused-javascript", "long-tasks"]) {
              const audit = report.audits[id];
              if (audit?.displayValue) console.log(`    . ${id}: ${audit.displayValue}`);
            }
          }
        }
      }
      const metrics = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"]
        .map((audit) => `${audit.replace(/-/g, " ")} ${report.audits[audit]?.displayValue ?? "?"}`)
        .join(", ");
      console.log(`  ${metrics}`);
    }
  } finally {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(failed ? "lighthouse: targets MISSED" : "lighthouse: all targets met");
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
