/** Longest text read from one field: enough for any title or workout note, and regexes stay cheap. */
export const MAX_TEXT_LENGTH = 2_000;

/**
 * What the patterns read: NFKC (so `VO₂max` reads `vo2max` and full-width digits are digits),
 * lower case, one space between words, curly quotes straightened.
 */
export function normalizeText(text: string): string {
  return text
    .slice(0, MAX_TEXT_LENGTH)
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’′]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}
