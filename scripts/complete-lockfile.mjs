// The registry mirror this project installs from serves only Linux builds of platform-specific
// optional packages (SWC, Tailwind's oxide, unrs resolver...), so npm leaves them out of
// package-lock.json, and `npm ci` then rejects the lock as out of sync. This adds a lock entry
// (version, os, cpu, optional) for each such package, exactly as npm writes them on a full
// registry, so `npm ci` sees a complete tree and skips them on platforms they do not fit.
// Run after changing dependencies: node scripts/complete-lockfile.mjs
import fs from "node:fs";

const OS = ["android", "darwin", "freebsd", "linux", "win32", "openharmony", "sunos", "aix", "netbsd", "openbsd"];
const CPU = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "wasm32", "mips64el"];

function platformOf(name) {
  const parts = name.split("/").pop().split("-");
  const os = OS.find((candidate) => parts.includes(candidate));
  const cpu = CPU.find((candidate) => parts.includes(candidate));
  const libc = parts.includes("musl") || parts.includes("musleabihf") ? "musl" : parts.includes("gnu") || parts.includes("gnueabihf") ? "glibc" : undefined;
  return { os, cpu, libc };
}

const file = "package-lock.json";
const lock = JSON.parse(fs.readFileSync(file, "utf8"));
const added = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path === "" ? "node_modules" : `${path}/node_modules`;
    if (lock.packages[`${base}/${name}`] || lock.packages[`node_modules/${name}`]) continue;
    const { os, cpu, libc } = platformOf(name);
    if (!os && !cpu) continue; // not a platform binary: a genuinely missing dependency, leave it to npm
    const version = spec.replace(/^[\^~=]/, "");
    if (!/^\d+\.\d+\.\d+/.test(version)) continue;
    const added_entry = { version, optional: true };
    if (cpu) added_entry.cpu = [cpu];
    if (os) added_entry.os = [os];
    if (libc) added_entry.libc = [libc];
    lock.packages[`node_modules/${name}`] = added_entry;
    added.push(`${name}@${version}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added.length} platform entries${added.length ? `: ${added.join(", ")}` : ""}`);
