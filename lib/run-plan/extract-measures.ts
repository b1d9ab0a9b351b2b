/** Distances and durations written in a workout's text ("18km", "11 miles", "1h40", "100 min"). */

export type TDistanceUnit = "km" | "mi" | "m";
export type TDistance = { value: number; unit: TDistanceUnit };

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const DISTANCE = new RegExp(
  String.raw`(?<![\w.,])${NUMBER}\s*-?\s*(kilomet(?:er|re)s?|kms?|k|miles?|mi|met(?:er|re)s?|m)(?![a-z])`,
  "g",
);
const HOURS = new RegExp(String.raw`(?<![\w.,])${NUMBER}\s*(?:h|hrs?|hours?)\s*(?:(\d{1,2})\s*(?:m|mins?|minutes?|')?)?(?![a-z])`, "g");
const MINUTES = new RegExp(String.raw`(?<![\w.,:])${NUMBER}\s*(?:mins?|minutes?|')(?![a-z])`, "g");
/** `Duration: 1:40:00`; a bare `7:30` is more often a pace or a time of day, so a keyword must lead. */
const CLOCK = /\b(?:duration|time)\W{0,3}(\d{1,2}):([0-5]\d)(?::([0-5]\d))?\b/g;

/** `1,000` is a thousand (calendar-hack writes `5 x 1,000 m`); `21,1` is a decimal comma. */
function parseNumber(raw: string): number {
  if (/^\d{1,3},\d{3}$/.test(raw)) return Number(raw.replace(",", ""));
  return Number(raw.replace(",", "."));
}

function unitOf(raw: string): TDistanceUnit {
  if (raw.startsWith("mi")) return "mi";
  if (raw.startsWith("k")) return "km";
  return "m";
}

/** Every distance in `text` (normalised lower case), in order of appearance. */
export function distancesIn(text: string): TDistance[] {
  return [...text.matchAll(DISTANCE)].map((match) => ({ value: parseNumber(match[1]), unit: unitOf(match[2]) }));
}

/** The longest distance written in `text`, per unit family (km includes metres). */
export function longestDistances(text: string): { km: number; mi: number } {
  let km = 0;
  let mi = 0;
  for (const distance of distancesIn(text)) {
    if (distance.unit === "mi") mi = Math.max(mi, distance.value);
    else km = Math.max(km, distance.unit === "km" ? distance.value : distance.value / 1000);
  }
  return { km, mi };
}

/** The longest duration written in `text`, in minutes (0 when none). */
export function longestDurationMinutes(text: string): number {
  let longest = 0;
  for (const match of text.matchAll(HOURS)) longest = Math.max(longest, parseNumber(match[1]) * 60 + Number(match[2] ?? 0));
  for (const match of text.matchAll(MINUTES)) longest = Math.max(longest, parseNumber(match[1]));
  for (const match of text.matchAll(CLOCK)) longest = Math.max(longest, Number(match[1]) * 60 + Number(match[2]));
  return longest;
}
