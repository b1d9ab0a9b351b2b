import { createHash } from "node:crypto";
import { ENGINE_VERSION } from "@/lib/engine/build-plan";
import { findFeedMemory, saveFeedMemory } from "@/lib/db/feeds";
import { findPlanRow } from "@/lib/db/plans";
import { buildIcs, listFeedEvents } from "@/lib/ics/build-ics";
import { calendarFileName } from "@/lib/ics/calendar-file-name";
import { readFeedMemory, reconcileFeedMemory } from "@/lib/ics/feed-memory";
import { todayIn } from "@/lib/dates";
import { loadPlanRow } from "./get-plan";
import { readStoredTimeZone } from "./stored-input";

/** `body` is the UTF-8 text, encoded once per version: a poll then copies bytes instead of encoding ~25 KB. */
export type TCalendarFeed = { body: Uint8Array<ArrayBuffer>; etag: string; updatedAt: Date; fileName: string };

/** Feeds are polled far more often than plans change; a few hundred cover the active subscribers. */
const MAX_ENTRIES = 256;
const cache = new Map<string, TCalendarFeed>();

/**
 * The plan's .ics body and ETag. A calendar poll costs one indexed row read: the body is built once
 * per plan version (the key holds everything it depends on: plan id, updatedAt = DTSTAMP, engine
 * version, plan URL and today's date, which picks the target race for the calendar's name). On a
 * miss the feed memory is reconciled, so an event whose content or date changed gets a higher
 * SEQUENCE and a removed session stays in the feed as cancelled for 60 days.
 */
export async function renderPlanFeed(options: { id: string; planUrl: string; now: Date }): Promise<TCalendarFeed | null> {
  const row = await findPlanRow(options.id);
  if (!row) return null;
  const today = todayIn(options.now, readStoredTimeZone(row));
  const key = `${row.id}|${row.updatedAt.getTime()}|${ENGINE_VERSION}|${options.planUrl}|${today}`;
  const hit = cache.get(key);
  if (hit) {
    // Re-insert to mark it most recently used (Map keeps insertion order).
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const { stored, plan } = await loadPlanRow(row);
  const icsOptions = { planId: stored.id, planUrl: options.planUrl, now: stored.updatedAt, today, logs: stored.logs };
  const events = listFeedEvents(plan, icsOptions);
  const reconciled = reconcileFeedMemory({ memory: readFeedMemory(await findFeedMemory(stored.id)), events: events.map((event) => event.key), today });
  if (reconciled.changed) await saveFeedMemory(stored.id, JSON.stringify(reconciled.memory));
  const text = buildIcs(plan, { ...icsOptions, memory: reconciled.memory }, events);
  const body = new TextEncoder().encode(text);
  const feed: TCalendarFeed = {
    body,
    etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
    updatedAt: stored.updatedAt,
    fileName: calendarFileName({ races: stored.input.races, today }),
  };
  cache.set(key, feed);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return feed;
}
