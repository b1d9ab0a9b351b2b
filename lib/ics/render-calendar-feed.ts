import { createHash } from "node:crypto";
import type { TStoredPlan } from "@/lib/db/plans";
import { buildIcs } from "@/lib/ics/build-ics";

export type TCalendarFeed = { body: string; etag: string };

/** Feeds are polled far more often than plans change; a few hundred cover the active subscribers. */
const MAX_ENTRIES = 256;
const cache = new Map<string, TCalendarFeed>();

/**
 * The plan's .ics body and ETag, built once per plan version. The key holds everything the body
 * depends on (plan id, updatedAt = DTSTAMP, engine version, plan URL), so an edit or a regenerated
 * plan never serves a stale feed.
 */
export function renderCalendarFeed(stored: TStoredPlan, planUrl: string): TCalendarFeed {
  const key = `${stored.id}|${stored.updatedAt.getTime()}|${stored.plan.engineVersion}|${planUrl}`;
  const hit = cache.get(key);
  if (hit) {
    // Re-insert to mark it most recently used (Map keeps insertion order).
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const body = buildIcs(stored.plan, { planId: stored.id, planUrl, now: stored.updatedAt });
  const feed = { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
  cache.set(key, feed);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return feed;
}
