import type { TPlan } from "@/lib/engine/types";
import type { TRace } from "@/lib/plan-input";

const DISTANCE_LABELS: Record<TRace["distance"], string> = {
  "5k": "5k",
  "10k": "10k",
  half: "Half marathon",
  marathon: "Marathon",
  ultra: "Ultra",
  other: "Race",
};

/** The season's first A race by date (input order breaks ties); undefined only for invalid plans. */
export function findTargetRace(plan: Pick<TPlan, "input">): TRace | undefined {
  return plan.input.races
    .filter((race) => race.priority === "A")
    .reduce<TRace | undefined>((first, race) => (first === undefined || race.date < first.date ? race : first), undefined);
}

/** "Berlin Marathon", or "Marathon on 2027-04-25" for an unnamed race. */
export function describeRace(race: TRace): string {
  const name = race.name?.trim();
  return name ? name : `${DISTANCE_LABELS[race.distance]} on ${race.date}`;
}

export function distanceLabel(race: TRace): string {
  return DISTANCE_LABELS[race.distance];
}

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
 * Download name: `stridelift-<slug of the first A race's name>.ics`, or its distance and date
 * when the race has no (ASCII-representable) name. Always safe inside a quoted header value.
 */
export function calendarFileName(plan: Pick<TPlan, "input">): string {
  const race = findTargetRace(plan);
  if (!race) return "stridelift.ics";
  const slug = slugify(race.name ?? "") || `${race.distance}-${race.date}`;
  return `stridelift-${slug}.ics`;
}
