/**
 * How a growth bench's big database is laid out from the seeded one: `copies` rounds each clone every
 * seeded plan (and its feed row) under a new id; every `logEvery`-th round also clones its logs, so
 * the logged plans are spread through the table instead of packed at its start. The sample is one
 * logged clone per seeded plan, spread over the rounds.
 */
import { createHash } from "node:crypto";

export type TGrowthLayout = { copies: number; logEvery: number; sample: { seedIndex: number; round: number }[] };

/** The id of round `round`'s clone of `seedId`: 16 bytes as base64url, like the app's plan ids. */
export function cloneId(seedId: string, round: number): string {
  return createHash("md5").update(`${seedId}:${round}`).digest("base64url");
}

export function growthLayout(options: { seedPlans: number; seedSets: number; plans: number; sets: number }): TGrowthLayout {
  const copies = Math.max(1, Math.ceil(options.plans / options.seedPlans) - 1);
  const loggedRounds = Math.max(1, Math.ceil(Math.max(0, options.sets - options.seedSets) / Math.max(1, options.seedSets)));
  const logEvery = Math.max(1, Math.floor(copies / loggedRounds));
  const logged = Math.floor(copies / logEvery);
  const sample = Array.from({ length: options.seedPlans }, (_, seedIndex) => ({ seedIndex, round: logEvery * (1 + Math.floor((seedIndex * logged) / options.seedPlans)) }));
  return { copies, logEvery, sample };
}
