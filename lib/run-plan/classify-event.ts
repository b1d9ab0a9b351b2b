import { CLASSIFICATION_PATTERNS, patternMatches, type TClassificationPattern } from "@/lib/run-plan/classification-patterns";
import { detectRace, type TDetectedRace } from "@/lib/run-plan/detect-race";
import { normalizeText } from "@/lib/run-plan/normalize-text";
import type { TConfidence, TIgnoredReason, TRunKind } from "@/lib/run-plan/types";

export type TEventText = {
  summary: string;
  description: string;
  /** Timed events: DTEND (or DURATION) minus DTSTART. */
  durationMinutes: number | null;
};

/** `rule` names the pattern row (or fallback) that decided, so tests and the review can say why. */
export type TEventClassification =
  | { kind: TRunKind; confidence: TConfidence; rule: string; race?: TDetectedRace }
  | { ignored: TIgnoredReason; rule: string };

const LONG_RUN_MINUTES = 90;
/** Rows that only say "this is a run": the description may still say which kind. */
const GENERIC_RUN = new Set(["run", "runner emoji"]);
const RUN_KINDS: ReadonlySet<string> = new Set(["long", "hard", "easy"]);

function rowsMatching(text: string, field: "summary" | "description"): TClassificationPattern[] {
  return CLASSIFICATION_PATTERNS.filter((row) => (row.kind !== "summary" || field === "summary") && patternMatches(row, text));
}

/**
 * The precedence between the kinds one text matches, in order:
 * 1. a decisive row: weekly notes are ignored ("summary"), "Rest or cross-training" is rest;
 * 2. without a word naming running: cross-training is `cross` ("Easy bike 40 km"), then strength
 *    and gym work is ignored ("strength");
 * 3. a race is `hard` (a race day is a hard day, however long);
 * 4. the hardest run kind: `long` (including 90+ minutes of running, from the text or the event's
 *    own duration, and 18+ km / 11+ mi), then `hard`, then `easy`; then `rest`;
 * 5. nothing at all: `easy`, confidence low, for the runner to review.
 */
function decide(rows: TClassificationPattern[], event: TEventText, race: TDetectedRace | null): TEventClassification {
  const decisive = rows.find((row) => row.decisive);
  if (decisive) {
    return decisive.kind === "summary" || decisive.kind === "strength"
      ? { ignored: decisive.kind, rule: decisive.name }
      : { kind: decisive.kind, confidence: "high", rule: decisive.name };
  }
  const namesRunning = rows.some((row) => row.run);
  if (!namesRunning) {
    const cross = rows.find((row) => row.kind === "cross");
    if (cross) return { kind: "cross", confidence: "high", rule: cross.name };
    const strength = rows.find((row) => row.kind === "strength");
    if (strength) return { ignored: "strength", rule: strength.name };
  }
  if (race) return { kind: "hard", confidence: "high", rule: "race", race };
  const isRun = namesRunning || rows.some((row) => RUN_KINDS.has(row.kind) && !row.needsRun);
  const counted = rows.filter((row) => !row.needsRun || isRun);
  const long = counted.find((row) => row.kind === "long");
  if (long) return { kind: "long", confidence: "high", rule: long.name };
  if (isRun && (event.durationMinutes ?? 0) >= LONG_RUN_MINUTES) return { kind: "long", confidence: "high", rule: "90+ min (event length)" };
  for (const kind of ["hard", "easy", "rest"] as const) {
    const row = counted.find((candidate) => candidate.kind === kind);
    if (row) return { kind, confidence: "high", rule: row.name };
  }
  return { kind: "easy", confidence: "low", rule: "no marker" };
}

/**
 * An event's kind from its SUMMARY, then its DESCRIPTION (DOMAIN.md section 10): the description
 * decides when the title has no marker, and may say which run it is when the title only says
 * "Run" ("Morning Run" + "6 x 800 m" is hard); it never turns a run into rest or cross-training.
 */
export function classifyEvent(event: TEventText): TEventClassification {
  const summaryRows = rowsMatching(normalizeText(event.summary), "summary");
  const race = detectRace(event.summary);
  if (summaryRows.some((row) => !GENERIC_RUN.has(row.name)) || race) return decide(summaryRows, event, race);
  const descriptionRows = rowsMatching(normalizeText(event.description), "description");
  if (summaryRows.length === 0) return decide(descriptionRows, event, null);
  return decide([...summaryRows, ...descriptionRows.filter((row) => RUN_KINDS.has(row.kind))], event, null);
}
