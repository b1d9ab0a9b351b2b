import { describe, expect, it } from "vitest";
import { MAX_TEXT_LENGTH, normalizeText } from "@/lib/run-plan/normalize-text";

describe("normalizeText", () => {
  it("lower-cases, folds VO₂ and full-width digits, straightens quotes, collapses spaces", () => {
    expect(normalizeText("  VO₂max  ５ x 800\n’Easy’ ")).toBe("vo2max 5 x 800 'easy'");
  });

  it("reads at most MAX_TEXT_LENGTH characters", () => {
    expect(normalizeText("a".repeat(MAX_TEXT_LENGTH * 3)).length).toBe(MAX_TEXT_LENGTH);
  });
});
