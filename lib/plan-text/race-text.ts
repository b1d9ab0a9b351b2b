/**
 * How the plan names races, everywhere (engine messages, pages, the calendar feed): one rule, so
 * the page title, the calendar name and a warning always agree.
 */
import { formatDate } from "../dates";
import type { TDistance } from "../plan-input-values";
import type { TRace } from "../plan-input";
import { DISTANCE_LABELS } from "./labels";

export function distanceLabel(distance: TDistance): string {
  return DISTANCE_LABELS[distance];
}

/** "Berlin Marathon", or "Half marathon on 16 May 2027" for a race the runner did not name. */
export function raceName(race: Pick<TRace, "name" | "date" | "distance">): string {
  const name = race.name?.trim();
  return name ? name : `${distanceLabel(race.distance)} on ${formatDate(race.date, "long")}`;
}

/**
 * The race the season is aimed at right now: the next A race on or after `today`, else (the
 * season is over) the last A race. Ties on a date go to the earlier one in the input.
 */
export function findTargetRace<T extends Pick<TRace, "date" | "priority">>(races: readonly T[], today: string): T | undefined {
  const aRaces = races
    .map((race, index) => ({ race, index }))
    .filter(({ race }) => race.priority === "A")
    .sort((a, b) => (a.race.date < b.race.date ? -1 : a.race.date > b.race.date ? 1 : a.index - b.index))
    .map(({ race }) => race);
  return aRaces.find((race) => race.date >= today) ?? aRaces[aRaces.length - 1];
}
