import { normalizeHost } from "@/lib/run-plan/check-calendar-url";

/**
 * `RUN_PLAN_FETCH_ALLOW_HOSTS`: comma-separated host names or IPs (any case, IPv6 with or without
 * brackets) that calendar links may reach over plain http and at refused addresses. For operators
 * (an internal calendar server) and tests (127.0.0.1); empty by default.
 */
export function readAllowHosts(env: Record<string, string | undefined> = process.env): ReadonlySet<string> {
  const raw = env.RUN_PLAN_FETCH_ALLOW_HOSTS ?? "";
  return new Set(raw.split(",").map(normalizeHost).filter((host) => host !== ""));
}
