// Builds public/sw.js after `next build` (npm run build): Serwist's CLI build step, called as a
// function so it runs without the CLI's update check (a registry request on every build).
process.env.NODE_ENV ??= "production";

const { runBuildCommand } = await import("@serwist/cli");
const { default: config } = await import("../serwist.config.mjs");
await runBuildCommand({ config: await config, watch: false });
