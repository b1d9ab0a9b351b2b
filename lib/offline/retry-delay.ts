/** 5 s, 10 s, 20 s... capped at 5 minutes, each spread by up to ±20 % so many phones do not retry in step. */
export function retryDelayMs(attempts: number, random: () => number): number {
  const base = Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 300_000);
  return Math.round(base * (0.8 + 0.4 * random()));
}
