// Lighthouse 12 on the pages a runner opens every week (issue 15): the form (/), a plan page of a
// 30-week season and its workout mode, against the production build (`npm run build`), each
// LIGHTHOUSE_RUNS times (default 5); prints the medians, the JavaScript each page transfers as a
// ratio to the app's own 404 page (framework and layout only), and Lighthouse's benchmarkIndex.
// Usage: node scripts/lighthouse.mjs            (mobile, Lighthouse's default emulation and throttling)
//        LIGHTHOUSE_PRESET=desktop node scripts/lighthouse.mjs
//        LIGHTHOUSE_CPU_SLOWDOWN=7 node scripts/lighthouse.mjs   (Lighthouse's default is 4: a faster
//          machine than issue 15's, benchmarkIndex ~1,600, reads like that one at 4 x its index / 1,600)
// The offline page (layout and framework, no island of its own) is measured too, unscored: the floor
// every page starts from on this machine at this moment (the machine's speed varies from hour to hour).
// Targets: performance >= 0.95, accessibility 1.00, best practices 1.00, JS <= 1.4x the 404 page.
// Exits 1 on a miss and lists every failing audit of the category that missed.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const LIGHTHOUSE = "lighthouse@12.8.2";
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const PRESET = process.env.LIGHTHOUSE_PRESET ?? "mobile";
const TARGETS = { performance: 0.95, accessibility: 1, "best-practices": 1 };
const MAX_JS_RATIO = 1.4;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const CPU_SLOWDOWN = process.env.LIGHTHOUSE_CPU_SLOWDOWN;
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
    ...(CPU_SLOWDOWN ? [`--throttling.cpuSlowdownMultiplier=${CPU_SLOWDOWN}`] : []),
  ];
  // Lighthouse sometimes loses its own trace (NO_NAVSTART, a runtime error, not a page problem):
  // such a run is repeated once, never counted.
  for (let attempt = 1; ; attempt++) {
    const result = spawnSync("npx", args, { env: { ...process.env, CHROME_PATH }, stdio: ["ignore", "inherit", "inherit"] });
    if (result.status === 0) return JSON.parse(fs.readFileSync(outFile, "utf8"));
    if (attempt >= 2) throw new Error(`lighthouse failed on ${url} (exit ${result.status})`);
    console.log(`lighthouse run on ${url} failed (exit ${result.status}); running it again`);
  }
}

/** Audits that cost points in a category: scored, weighted and not passed. */
function failingAudits(report, category) {
  return report.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ ref, audit: report.audits[ref.id] }))
    .filter(({ audit }) => audit.score !== null && audit.score < 1)
    .map(({ ref, audit }) => `    - ${ref.id} (score ${audit.score}, weight ${ref.weight}): ${audit.title}${audit.displayValue ? ` [${audit.displayValue}]` : ""}`);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Bytes of JavaScript (as sent, compressed) a first load of `url` fetches until the network is
 * idle, in Chromium through Playwright: one method for every page, the 404 page included (Lighthouse
 * refuses to audit a 404). The router's prefetches of linked pages are refused: their chunks are
 * another page's first load, and counting them put the form's chunks in the 404 page's base.
 */
async function scriptBytes(browser, url) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  await context.route("**/*", (route) => (route.request().headers()["next-router-prefetch"] ? route.abort() : route.continue()));
  const page = await context.newPage();
  const sizes = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script") sizes.push(request.sizes().then((size) => size.responseBodySize));
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(500);
  const total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await context.close();
  return total;
}

/** Runs one page RUNS times; returns the median scores and metrics, and the median run's report. */
function measure(page, dir) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(runLighthouse(page.url, path.join(dir, `${page.name.replace(/\W+/g, "-")}-${run}.json`)));
  const byPerformance = [...runs].sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  const scores = Object.fromEntries(Object.keys(TARGETS).map((key) => [key, median(runs.map((report) => report.categories[key].score))]));
  const metric = (id) => median(runs.map((report) => report.audits[id]?.numericValue ?? 0));
  return {
    scores,
    performanceRuns: runs.map((report) => report.categories.performance.score),
    tbt: metric("total-blocking-time"),
    lcp: metric("largest-contentful-paint"),
    fcp: metric("first-contentful-paint"),
    cls: metric("cumulative-layout-shift"),
    benchmarkIndex: median(runs.map((report) => report.environment?.benchmarkIndex ?? 0)),
    report: byPerformance[Math.floor(byPerformance.length / 2)],
  };
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
    // A 30-week season that began three weeks ago, so today's week has sessions and one can be done.
    const created = await fetch(`${base}/api/plans`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        races: [
          { date: isoDaysFromToday(62), name: "Harbour 10K", distance: "10k", priority: "B" },
          { date: isoDaysFromToday(30 * 7 - 21), name: "City Half Marathon", distance: "half", priority: "A" },
        ],
        startDate: isoDaysFromToday(-21),
        schedule: { mon: "rest", tue: "hard", wed: "easy", thu: "hard", fri: "rest", sat: "easy", sun: "long" },
        equipment: ["dumbbells", "loop-band", "mat"],
        experience: "experienced",
        units: "kg",
        timeZone: "Europe/London",
      }),
    });
    if (created.status !== 201) throw new Error(`could not create a plan: ${created.status} ${await created.text()}`);
    const { id, plan } = await created.json();
    const today = isoDaysFromToday(0);
    const session = [...plan.sessions].reverse().find((item) => item.date <= today && item.exercises.length > 0) ?? plan.sessions[0];
    const notFound = { name: "404 page", url: `${base}/no-such-page` };
    // LIGHTHOUSE_ONLY=workout (a word of the page's name) measures one page while working on it (and the floor: "floor|form").
    const pages = [
      { name: "floor /offline", url: `${base}/offline`, floor: true },
      { name: "form /", url: `${base}/` },
      { name: `plan /plans/{id} (${plan.weeks.length} weeks)`, url: `${base}/plans/${id}` },
      { name: "workout /plans/{id}/sessions/{sid}/workout", url: `${base}/plans/${id}/sessions/${encodeURIComponent(session.id)}/workout` },
    ].filter((page) => !process.env.LIGHTHOUSE_ONLY || process.env.LIGHTHOUSE_ONLY.split("|").some((word) => page.name.includes(word)));
    console.log(`Lighthouse ${LIGHTHOUSE.split("@")[1]} (${PRESET}${CPU_SLOWDOWN ? `, CPU slowdown ${CPU_SLOWDOWN}x` : ""}), median of ${RUNS} runs per page, against ${base}`);
    const { chromium } = await import("@playwright/test");
    const browser = await chromium.launch({ executablePath: CHROME_PATH, args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
    const baselineJs = await scriptBytes(browser, notFound.url);
    const pageJs = [];
    for (const page of pages) pageJs.push(await scriptBytes(browser, page.url));
    await browser.close();
    console.log(`${notFound.name}: JavaScript ${(baselineJs / 1024).toFixed(1)} KB transferred (the ratio's base)`);
    for (const [index, page] of pages.entries()) {
      const result = measure(page, dir);
      const { scores } = result;
      result.js = pageJs[index];
      const ratio = result.js / Math.max(baselineJs, 1);
      console.log(
        `${page.name}: performance ${scores.performance.toFixed(2)} (runs ${result.performanceRuns.map((score) => score.toFixed(2)).join(", ")}), accessibility ${scores.accessibility.toFixed(2)}, best practices ${scores["best-practices"].toFixed(2)}`,
      );
      console.log(
        `  JavaScript ${(result.js / 1024).toFixed(1)} KB = ${ratio.toFixed(2)}x the 404 page; FCP ${Math.round(result.fcp)} ms, LCP ${Math.round(result.lcp)} ms, TBT ${Math.round(result.tbt)} ms, CLS ${result.cls.toFixed(3)}; benchmarkIndex ${Math.round(result.benchmarkIndex)}`,
      );
      if (page.floor) {
        console.log("  (the floor: a reference, not a target)");
        continue;
      }
      if (ratio > MAX_JS_RATIO) {
        failed = true;
        console.log(`  JavaScript ratio ${ratio.toFixed(2)} > ${MAX_JS_RATIO}`);
      }
      for (const [key, target] of Object.entries(TARGETS)) {
        if (scores[key] < target) {
          failed = true;
          console.log(`  ${key} ${scores[key]} < ${target}; failing audits (median run):`);
          for (const line of failingAudits(result.report, key)) console.log(line);
          if (key === "performance") {
            // Where the blocking time comes from (diagnostics, not scored).
            for (const auditId of ["bootup-time", "mainthread-work-breakdown", "unused-javascript", "long-tasks"]) {
              const audit = result.report.audits[auditId];
              if (audit?.displayValue) console.log(`    . ${auditId}: ${audit.displayValue}`);
            }
            const lcpElement = result.report.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node;
            if (lcpElement) console.log(`    . LCP element: ${lcpElement.nodeLabel ?? ""} (${lcpElement.selector ?? ""})`);
            const phases = result.report.audits["largest-contentful-paint-element"]?.details?.items?.[1]?.items;
            if (phases) console.log(`    . LCP phases: ${phases.map((item) => `${item.phase} ${Math.round(item.timing)} ms`).join(", ")}`);
          }
        }
      }
    }
  } finally {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already gone
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    // LIGHTHOUSE_KEEP=1 keeps the JSON reports (their path is printed) for a closer look.
    if (process.env.LIGHTHOUSE_KEEP) console.log(`reports kept in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(failed ? "lighthouse: targets MISSED" : "lighthouse: all targets met");
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
