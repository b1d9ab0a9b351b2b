import type { TDistance as TRaceDistance } from "@/lib/plan-input-values";
import { distancesIn, type TDistance } from "@/lib/run-plan/extract-measures";
import { normalizeText } from "@/lib/run-plan/normalize-text";

export type TDetectedRace = { name: string; distance?: TRaceDistance };

/** Longest race name the plan input takes (MAX_RACE_NAME_LENGTH). */
const MAX_NAME_LENGTH = 80;
const KM_PER_MILE = 1.609344;

const PARKRUN = /\bpark[\s-]?run\b/;
/** Same exclusions as the `race` pattern: race pace, race week, pre-race... are not races. */
const RACE_WORD = /(?<!\b(?:pre|post)[\s-]?)\brace\b(?![\s-]*(?:pace|week|prep|plan|eve)\b)/;
const NAMED_DISTANCE = /\b(?:ultra(?:[\s-]*marathon)?|half[\s-]*marathon|half|marathon|hm)\b/;
/** A title that is only a race distance ("Marathon", "Half Marathon!", "Marathon day") is race day. */
const BARE_RACE_TITLE = /^\W*(?:the\s+)?(?:(?:half|ultra)[\s-]*)?marathon(?:\s+(?:race|day))?\W*$/;
/** "London Marathon", "Berlin Half", "Great North Run Half Marathon": capitalised words, then the distance. */
const NAMED_RACE = /((?:\p{Lu}[\p{L}'.-]*\s+){1,5})([Hh]alf(?:[\s-]+[Mm]arathon)?|[Mm]arathon)\b(?![\s-]*(?:[Pp]ace|PACE)\b)/u;
/** Words that start a workout title, not a race name ("Easy Half", "Goal Marathon Pace"). */
const NOT_A_NAME = new Set([
  "a", "an", "and", "at", "day", "easy", "final", "first", "for", "goal", "half", "last", "long", "marathon",
  "medium", "my", "of", "or", "pace", "plan", "race", "recovery", "run", "running", "second", "steady",
  "tempo", "the", "to", "training", "week", "with", "your",
]);

function kilometres(distance: TDistance): number {
  if (distance.unit === "mi") return distance.value * KM_PER_MILE;
  return distance.unit === "km" ? distance.value : distance.value / 1000;
}

/** The plan's distance enum for a race text: named distances first, then the first number written. */
export function guessRaceDistance(text: string): TRaceDistance | undefined {
  if (PARKRUN.test(text)) return "5k";
  if (/\bultra/.test(text)) return "ultra";
  if (/\bhalf\b|\bhm\b/.test(text)) return "half";
  if (/\bmarathon\b/.test(text)) return "marathon";
  const [first] = distancesIn(text);
  if (!first) return undefined;
  const km = kilometres(first);
  if (Math.abs(km - 5) <= 0.1) return "5k";
  if (Math.abs(km - 10) <= 0.1) return "10k";
  if (Math.abs(km - 21.1) <= 0.2) return "half";
  if (Math.abs(km - 42.2) <= 0.3) return "marathon";
  return km > 42.5 ? "ultra" : "other";
}

function cleanName(summary: string): string {
  return summary
    .normalize("NFKC")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_NAME_LENGTH);
}

/** "Race Day Manchester Marathon" -> "Manchester Marathon"; null when only workout words precede it. */
function namedRace(summary: string): string | null {
  const match = NAMED_RACE.exec(summary.normalize("NFKC"));
  if (!match) return null;
  const words = match[1].trim().split(/\s+/);
  while (words.length > 0 && NOT_A_NAME.has(words[0].toLowerCase())) words.shift();
  return words.length > 0 ? cleanName(`${words.join(" ")} ${match[2]}`) : null;
}

/**
 * A race the runner may want to add (DOMAIN.md section 10): a parkrun, a named marathon or half
 * ("London Marathon", "Berlin Half"), a title that is only the distance ("Marathon"), or the word
 * race next to a distance ("10K race"). Read from
 * the SUMMARY only: a workout's notes often say "race pace".
 */
export function detectRace(summary: string): TDetectedRace | null {
  const text = normalizeText(summary);
  const named = namedRace(summary);
  const isRace =
    PARKRUN.test(text) ||
    named !== null ||
    BARE_RACE_TITLE.test(text) ||
    (RACE_WORD.test(text) && (distancesIn(text).length > 0 || NAMED_DISTANCE.test(text)));
  if (!isRace) return null;
  const name = named ?? cleanName(summary);
  const distance = guessRaceDistance(text);
  return distance ? { name: name || "Race", distance } : { name: name || "Race" };
}
