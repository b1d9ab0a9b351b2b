import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./retry-delay";

describe("retryDelayMs", () => {
  it("doubles from 5 s and stops at 5 minutes", () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 10, 50].map((attempts) => retryDelayMs(attempts, middle))).toEqual([5_000, 10_000, 20_000, 40_000, 300_000, 300_000]);
  });

  it("spreads each delay by at most 20 % either way", () => {
    expect(retryDelayMs(1, () => 0)).toBe(4_000);
    expect(retryDelayMs(1, () => 0.999999)).toBe(6_000);
  });
});
