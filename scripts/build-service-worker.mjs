// Builds public/sw.js after `next build` (npm run build): Serwist's CLI build step, called as a
// function so it runs without the CLI's update check (a registry request on every build).
process.env.NODE_ENV ??= "production";

const { runBuildCommand } = await import("@serwist/cli");
const { default: config } = await import("../serwist.config.mjs");
await runBuildCommand({ config: await config, watch: false });

// A service worker registered without { type: "module" } is a classic script: an import or
// export left in the bundle makes the browser refuse it at evaluation, silently, so the build
// fails here instead.
const { readFileSync } = await import("node:fs");
const { Script } = await import("node:vm");
try {
  new Script(readFileSync("public/sw.js", "utf8"), { filename: "public/sw.js" });
} catch (error) {
  console.error(`public/sw.js is not a classic script: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
