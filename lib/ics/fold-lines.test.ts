import fc from "fast-check";
import { foldLines as referenceFold } from "ical-generator";
import { describe, expect, it } from "vitest";
import { foldLines } from "@/lib/ics/fold-lines";

describe("foldLines", () => {
  it("matches ical-generator's folding on arbitrary text, emoji and CRLF included", () => {
    const unit = fc.oneof(fc.string({ unit: "grapheme", maxLength: 200 }), fc.constantFrom("🏃‍♀️", "é", "\r\n", "ß", "漢字", "a".repeat(80)));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(foldLines(text)).toBe(referenceFold(text));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every line within 75 octets and never splits a character", () => {
    const text = `DESCRIPTION:${"Kettlebell swing 🏋️ ünïcödé, ".repeat(40)}`;
    const folded = foldLines(text);
    for (const line of folded.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(text);
    expect(folded).not.toContain("\uFFFD");
  });
});
