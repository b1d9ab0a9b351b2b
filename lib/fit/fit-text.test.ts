import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fitText } from "./fit-text";

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

describe("fitText", () => {
  it("leaves text that fits as it is", () => {
    expect(fitText("Goblet squat", 15)).toBe("Goblet squat");
    expect(fitText("Strength A · General", 31)).toBe("Strength A · General");
  });

  it("cuts at the last word break and drops the separator left dangling", () => {
    expect(fitText("Strength A · Race-specific", 15)).toBe("Strength A");
    expect(fitText("Single-leg calf raise (slow lowering)", 15)).toBe("Single-leg calf");
    expect(fitText("Single-leg calf raise (slow lowering)", 20)).toBe("Single-leg calf");
  });

  it("cuts mid-word when the last word break would waste more than half the room", () => {
    expect(fitText("Taper activation · Taper", 15)).toBe("Taper activatio");
    expect(fitText("Rear-foot-elevated split squat", 15)).toBe("Rear-foot-eleva");
  });

  it("never splits a multi-byte character", () => {
    // "ß" is two bytes: "Stra" and one of them would split it.
    expect(fitText("Straße", 5)).toBe("Stra");
    expect(fitText("ééé", 5)).toBe("éé");
    expect(fitText("🏋️🏋️", 4)).toBe("🏋");
  });

  it("turns control characters (a NUL would end the string early) and runs of spaces into one space", () => {
    expect(fitText("Side\u0000plank\n\t  hold", 40)).toBe("Side plank hold");
  });

  it("gives empty text when not even the first character fits", () => {
    expect(fitText("éa", 1)).toBe("");
  });

  it("always fits, is a prefix of the cleaned text, and is stable when applied again", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (text, maxBytes) => {
        const result = fitText(text, maxBytes);
        const cleaned = text.toWellFormed().replace(/[\u0000-\u001f\u007f\s]+/g, " ").trim();
        expect(utf8Length(result)).toBeLessThanOrEqual(maxBytes);
        expect(cleaned.startsWith(result)).toBe(true);
        expect(fitText(result, maxBytes)).toBe(result);
      }),
    );
  });
});
