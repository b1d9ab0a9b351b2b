/**
 * The calendar feed's memory (issue: SEQUENCE on every change, cancelled events for removed
 * sessions). Calendar apps update an event only when its SEQUENCE rises, and remove one only when
 * the feed says it is cancelled; a plain re-import otherwise leaves stale events behind. Pure: the
 * use case loads and saves it.
 */
import { z } from "zod";
import { daysBetween } from "@/lib/dates";

/** How long a removed session's cancellation stays in the feed. */
export const CANCELLED_KEEP_DAYS = 60;

const ZRemembered = z.object({
  seq: z.number().int().min(0),
  hash: z.string(),
  /** What the event was, to write its cancellation once it has gone. */
  summary: z.string(),
  start: z.string(),
  allDay: z.boolean(),
  /** When it left the feed (YYYY-MM-DD). */
  gone: z.string().optional(),
});

export const ZFeedMemory = z.object({ version: z.literal(1), events: z.record(z.string(), ZRemembered) });

export type TFeedMemory = z.output<typeof ZFeedMemory>;
export type TRememberedEvent = z.output<typeof ZRemembered>;

/** One event as the feed will write it: `hash` is a fingerprint of everything but DTSTAMP and SEQUENCE. */
export type TFeedEventKey = { uid: string; hash: string; summary: string; start: string; allDay: boolean };

export const EMPTY_FEED_MEMORY: TFeedMemory = { version: 1, events: {} };

/** Unreadable memory is forgotten rather than fatal: the worst outcome is one extra update. */
export function readFeedMemory(text: string | null): TFeedMemory {
  if (text === null) return EMPTY_FEED_MEMORY;
  try {
    const parsed = ZFeedMemory.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : EMPTY_FEED_MEMORY;
  } catch {
    return EMPTY_FEED_MEMORY;
  }
}

/**
 * The memory after serving `events` on `today`: an event whose content changed, or that comes back,
 * gets SEQUENCE + 1; one that left the feed is remembered as cancelled (with SEQUENCE + 1) for 60
 * days; older cancellations are forgotten. `changed` says whether anything needs saving.
 */
export function reconcileFeedMemory(options: { memory: TFeedMemory; events: readonly TFeedEventKey[]; today: string }): { memory: TFeedMemory; changed: boolean } {
  const before = options.memory.events;
  const after: Record<string, TRememberedEvent> = {};
  let changed = false;
  const present = new Set<string>();
  for (const event of options.events) {
    present.add(event.uid);
    const known = before[event.uid];
    if (known && !known.gone && known.hash === event.hash) {
      after[event.uid] = known;
      continue;
    }
    changed = true;
    after[event.uid] = { seq: known ? known.seq + 1 : 0, hash: event.hash, summary: event.summary, start: event.start, allDay: event.allDay };
  }
  for (const [uid, known] of Object.entries(before)) {
    if (present.has(uid)) continue;
    if (known.gone) {
      if (daysBetween(known.gone, options.today) <= CANCELLED_KEEP_DAYS) after[uid] = known;
      else changed = true;
      continue;
    }
    changed = true;
    after[uid] = { ...known, seq: known.seq + 1, gone: options.today };
  }
  return { memory: { version: 1, events: after }, changed };
}
