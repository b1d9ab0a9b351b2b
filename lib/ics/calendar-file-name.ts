import type { TRace } from "@/lib/plan-input";
import { findTargetRace } from "@/lib/plan-text/race-text";

/** ASCII slug: accents folded, anything else dropped; "" when nothing ASCII is left. */
export function slugify(text: string, maxLength = 60): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
}

/**
 * Download name: `stridelift-<slug of the target race's name>.ics`, or its distance and date when
 * the race has no (ASCII-representable) name. Always safe inside a quoted header value.
 */
export function calendarFileName(options: { races: readonly TRace[]; today: string }): string {
  const race = findTargetRace(options.races, options.today);
  if (!race) return "stridelift.ics";
  const slug = slugify(race.name ?? "") || `${race.distance}-${race.date}`;
  return `stridelift-${slug}.ics`;
}
