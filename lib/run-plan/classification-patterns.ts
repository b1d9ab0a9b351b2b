/**
 * The words that give a calendar event its kind (DOMAIN.md section 10), as data: add a row (and
 * its test in classification-patterns.test.ts) to teach the importer a new word. Rows read the
 * normalised text (see normalize-text.ts: lower case, NFKC). `classify-event.ts` decides between
 * the kinds a text matches; its precedence is documented there.
 */
import { longestDistances, longestDurationMinutes } from "@/lib/run-plan/extract-measures";
import type { TRunKind } from "@/lib/run-plan/types";

/** `strength` and `summary` rows make an event ignored; the others give it a kind. */
export type TPatternKind = TRunKind | "strength" | "summary";

export type TClassificationPattern = {
  kind: TPatternKind;
  /** Shown in tests and reasons; unique. */
  name: string;
  pattern: RegExp | ((text: string) => boolean);
  /** Names running itself: a cross-training or strength word in the same text does not win. */
  run?: true;
  /** Settles the event before any other row is weighed ("Rest or cross-training" is a rest day). */
  decisive?: true;
  /** Counts only when the text is about a run (a long meeting is not a long run). */
  needsRun?: true;
};

/** `N x distance/time`, but not `10 x 100 m strides` (strides are easy running). */
const REPS = /\b\d+\s*[x×]\s*\d+(?:[.,]\d+)?\s*(?:km|k|mi|miles?|m|meters?|metres?|min|mins|minutes?|s|sec|secs|seconds|''|'|")?(?![\w'"])(?!\s*(?:m|meters?|metres?)?\s*strides?\b)/;

export const CLASSIFICATION_PATTERNS: readonly TClassificationPattern[] = [
  // Weekly notes (read from SUMMARY only), then the combined rest day: both settle the event.
  { kind: "summary", name: "training week", pattern: /^\W*(?:final\s+)?training\s+week\b/, decisive: true },
  {
    kind: "summary",
    name: "week number",
    pattern: /^\W*week\s*\d+(?:\s*(?:of|\/)\s*\d+)?\s*(?:[:\-–—·|]\s*)?(?:(?:total|distance|volume|mileage)\b.*|\d+(?:[.,]\d+)?\s*(?:km|mi|miles|k)\b.*)?$/,
    decisive: true,
  },
  { kind: "summary", name: "weekly total", pattern: /^\W*(?:weekly\s+(?:total|summary|mileage|volume)|week\s+(?:total|summary))\b/, decisive: true },
  { kind: "summary", name: "note", pattern: /^\W*notes?(?:\s*[:\-–—]|\W*$)/, decisive: true },
  {
    kind: "rest",
    name: "rest or cross-training",
    pattern: /\brest(?:\s+day)?\s*(?:or|\/|and\/or)\s*(?:easy\s+|optional\s+)?(?:cross[\s-]*train(?:ing)?|xt)\b/,
    decisive: true,
  },
  { kind: "rest", name: "cross-training or rest", pattern: /\b(?:cross[\s-]*train(?:ing)?|xt)\s*(?:or|\/)\s*rest\b/, decisive: true },

  { kind: "long", name: "long run", pattern: /\blong(?:[\s-]+slow)?[\s-]*runs?\b/, run: true },
  { kind: "long", name: "long", pattern: /\blong\b/ },
  { kind: "long", name: "LR", pattern: /\blr\b/, run: true },
  { kind: "long", name: "18+ km", pattern: (text) => longestDistances(text).km >= 18 },
  { kind: "long", name: "11+ mi", pattern: (text) => longestDistances(text).mi >= 11 },
  { kind: "long", name: "90+ min", pattern: (text) => longestDurationMinutes(text) >= 90, needsRun: true },

  { kind: "hard", name: "interval", pattern: /\bintervals?\b/ },
  { kind: "hard", name: "repeat", pattern: /\brepeats?\b/ },
  { kind: "hard", name: "reps", pattern: /\breps\b/ },
  { kind: "hard", name: "N x distance", pattern: REPS },
  { kind: "hard", name: "tempo", pattern: /\btempo\b/, run: true },
  { kind: "hard", name: "threshold", pattern: /\bthreshold\b/ },
  { kind: "hard", name: "LT", pattern: /\blt\b/ },
  { kind: "hard", name: "lactate", pattern: /\blactate\b/ },
  { kind: "hard", name: "VO2", pattern: /\bvo\s?2(?:\s?max)?\b/ },
  { kind: "hard", name: "fartlek", pattern: /\bfartlek\b/, run: true },
  { kind: "hard", name: "hill", pattern: /\bhills?\b/, run: true },
  { kind: "hard", name: "track", pattern: /\btrack\b/, run: true },
  { kind: "hard", name: "speed", pattern: /\bspeed\b(?![^.;]*\bstrides?\b)/ },
  { kind: "hard", name: "race pace", pattern: /\brace[\s-]*pace\b/, run: true },
  { kind: "hard", name: "marathon pace", pattern: /\bmarathon[\s-]*pace\b/, run: true },
  { kind: "hard", name: "MP", pattern: /\bmp\b/, run: true },
  { kind: "hard", name: "5k / 10k / goal pace", pattern: /\b(?:\d+(?:[.,]\d+)?\s*k|hm|half|10[\s-]*mile|goal)\s*(?:race\s*)?pace\b/, run: true },
  { kind: "hard", name: "progression", pattern: /\bprogression\b/ },
  { kind: "hard", name: "time trial", pattern: /\btime[\s-]*trial\b/ },
  { kind: "hard", name: "Yasso 800s", pattern: /\byassos?\b/, run: true },
  { kind: "hard", name: "race", pattern: /(?<!\b(?:pre|post)[\s-]?)\brace\b(?![\s-]*(?:pace|week|prep|plan|eve)\b)/ },

  { kind: "easy", name: "easy", pattern: /\beasy\b/ },
  { kind: "easy", name: "recovery", pattern: /\brecovery\b/ },
  { kind: "easy", name: "shakeout", pattern: /\bshake[\s-]?out\b/, run: true },
  { kind: "easy", name: "jog", pattern: /\bjog(?:s|ging)?\b/, run: true },
  { kind: "easy", name: "general aerobic", pattern: /\bgeneral\s+aerobic\b/ },
  { kind: "easy", name: "GA", pattern: /\bga\b/ },
  { kind: "easy", name: "aerobic", pattern: /\baerobic\b/ },
  { kind: "easy", name: "base", pattern: /\bbase\b/ },
  { kind: "easy", name: "strides", pattern: /\bstrides?\b/, run: true },
  { kind: "easy", name: "run", pattern: /\brun(?:s|ning)?\b/, run: true },
  { kind: "easy", name: "runner emoji", pattern: /🏃/u, run: true },
  { kind: "easy", name: "parkrun", pattern: /\bpark[\s-]?run\b/, run: true },

  { kind: "cross", name: "cross-training", pattern: /\bcross[\s-]*train(?:ing)?\b/ },
  { kind: "cross", name: "XT", pattern: /\bxt\b/ },
  { kind: "cross", name: "bike", pattern: /\b(?:e-?)?bik(?:e|es|ing)\b/ },
  { kind: "cross", name: "cycling", pattern: /\bcycl(?:e|es|ing)\b/ },
  { kind: "cross", name: "spin", pattern: /\bspin(?:ning)?\b/ },
  { kind: "cross", name: "swim", pattern: /\bswim(?:s|ming)?\b/ },
  { kind: "cross", name: "elliptical", pattern: /\belliptical\b/ },
  { kind: "cross", name: "row", pattern: /\brow(?:s|ing|er)?\b/ },
  { kind: "cross", name: "yoga", pattern: /\byoga\b/ },
  { kind: "cross", name: "pilates", pattern: /\bpilates\b/ },

  { kind: "rest", name: "rest", pattern: /\brest(?:ing)?\b/ },
  { kind: "rest", name: "off", pattern: /^\W*(?:day\s+)?off(?:\s+day)?\W*$/ },
  { kind: "rest", name: "day off", pattern: /\b(?:day\s+off|off\s+day)\b/ },
  // Mobility work is not training load: the date stays a rest date ("Easy run + mobility" is easy).
  { kind: "rest", name: "mobility", pattern: /\b(?:mobility|stretch(?:es|ing)?|foam[\s-]?roll(?:er|ing)?)\b/ },

  { kind: "strength", name: "strength", pattern: /\bstrength\b/ },
  { kind: "strength", name: "gym", pattern: /\bgym\b/ },
  { kind: "strength", name: "weights", pattern: /\bweights?\b|\bweight\s+training\b/ },
  { kind: "strength", name: "lifting", pattern: /\blift(?:s|ing)?\b/ },
  { kind: "strength", name: "core", pattern: /\bcore\b/ },
  { kind: "strength", name: "S&C", pattern: /\bs\s?&\s?c\b/ },
  { kind: "strength", name: "circuit", pattern: /\bcircuits?\b/ },
];

/** True when `row` matches `text` (already normalised). */
export function patternMatches(row: TClassificationPattern, text: string): boolean {
  return typeof row.pattern === "function" ? row.pattern(text) : row.pattern.test(text);
}
