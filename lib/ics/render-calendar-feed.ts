import { createHash } from "node:crypto";
import { ENGINE_VERSION } from "@/lib/engine/build-plan";
import type { TPlan } from "@/lib/engine/types";
import { buildIcs } from "@/lib/ics/build-ics";

export type TCalendarFeed = { body: string; etag: string };

/** Feeds are polled far more often than plans change; a few hundred cover the active subscribers. */
const MAX_ENTRIES = 256;
const cache = new Map<string, TCalendarFeed>();

export type TRenderCalendarFeedOptions = {
  id: string;
  /** The plan's updatedAt: the feed's DTSTAMP, and part of the cache key. */
  updatedAt: Date;
  planUrl: string;
  /** Builds the plan; called only on a cache miss (null: the plan cannot be built). */
  buildPlan: () => TPlan | null;
};

/**
 * The plan's .ics body and ETag, built once per plan version: a calendar poll that hits the cache
 * neither rebuilds the plan nor the feed. The key holds everything the body depends on (plan id,
 * updatedAt = DTSTAMP, engine version, plan URL), so an edit or a new engine never serves a stale
 * feed. Null when the plan cannot be built.
 */
export function renderCalendarFeed({ id, updatedAt, planUrl, buildPlan }: TRenderCalendarFeedOptions): TCalendarFeed | null {
  const key = `${id}|${updatedAt.getTime()}|${ENGINE_VERSION}|${planUrl}`;
  const hit = cache.get(key);
  if (hit) {
    // Re-insert to mark it most recently used (Map keeps insertion order).
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const plan = buildPlan();
  if (!plan) return null;
  const body = buildIcs(plan, { planId: id, planUrl, now: updatedAt });
  const feed = { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
  cache.set(key, feed);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return feed;
}
