/** What a cut may leave dangling at the end: spaces and separators such as "·", "-", "(", ":". */
const DANGLING = /[\s·,:;(\-–—/]+$/u;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/**
 * `text` as a FIT string field of `maxBytes` UTF-8 bytes (without the terminating NUL the
 * encoder adds): whitespace collapsed, cut on a character boundary, at the last word break
 * when that keeps at least half the room (else mid-word), with no dangling separator.
 * "Strength A · Race-specific" in 15 bytes reads "Strength A".
 */
export function fitText(text: string, maxBytes: number): string {
  // Control characters end or garble FIT strings (NUL terminates them): they become spaces.
  // A lone surrogate would be written as U+FFFD anyway; making it one first keeps the count right.
  const visible = Array.from(text.toWellFormed(), (char) => (char < " " || char === "\u007f" ? " " : char)).join("");
  const clean = visible.replace(/\s+/g, " ").trim();
  let bytes = 0;
  let end = 0;
  let lastBreak = -1;
  let lastBreakBytes = 0;
  for (const char of clean) {
    const size = utf8Length(char.codePointAt(0)!);
    if (bytes + size > maxBytes) {
      const cutMidWord = char !== " ";
      const cut = cutMidWord && lastBreak > 0 && lastBreakBytes * 2 >= maxBytes ? lastBreak : end;
      return clean.slice(0, cut).replace(DANGLING, "");
    }
    if (char === " ") {
      lastBreak = end;
      lastBreakBytes = bytes;
    }
    bytes += size;
    end += char.length;
  }
  return clean;
}
