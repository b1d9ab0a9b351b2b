/** The calendar feed's memory (per event UID: SEQUENCE, fingerprint, cancelled events) as JSON text. */
import { getPrisma } from "@/lib/db/client";

export async function findFeedMemory(planId: string): Promise<string | null> {
  const row = await getPrisma().planFeed.findUnique({ where: { planId }, select: { events: true } });
  return row?.events ?? null;
}

/** Saves the memory; a plan deleted meanwhile is not an error (there is nothing left to remember). */
export async function saveFeedMemory(planId: string, events: string): Promise<void> {
  await getPrisma()
    .planFeed.upsert({ where: { planId }, create: { planId, events }, update: { events } })
    .catch((error: unknown) => {
      if ((error as { code?: string }).code === "P2003" || (error as { code?: string }).code === "P2025") return;
      throw error;
    });
}
