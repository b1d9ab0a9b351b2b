import { describe, expect, it } from "vitest";
import { foldDays, type TClassifiedEvent } from "@/lib/run-plan/fold-days";

const event = (date: string, kind: TClassifiedEvent["kind"], confidence: TClassifiedEvent["confidence"] = "high"): TClassifiedEvent => ({
  date,
  summary: `${kind} ${date}`,
  kind,
  confidence,
});

describe("foldDays", () => {
  it("is empty with a null range without events", () => {
    expect(foldDays([])).toEqual({ days: [], range: null });
  });

  it("lets the hardest event win a date: long > hard > easy > cross > rest", () => {
    const kinds = ["rest", "cross", "easy", "hard", "long"] as const;
    for (let winner = 0; winner < kinds.length; winner++) {
      const events = kinds.slice(0, winner + 1).map((kind) => event("2027-01-04", kind));
      expect(foldDays(events).days[0].kind).toBe(kinds[winner]);
      expect(foldDays([...events].reverse()).days[0].kind).toBe(kinds[winner]);
    }
  });

  it("keeps every event of the date, in order", () => {
    const { days } = foldDays([event("2027-01-04", "easy"), event("2027-01-04", "hard")]);
    expect(days[0].events).toEqual([
      { summary: "easy 2027-01-04", kind: "easy" },
      { summary: "hard 2027-01-04", kind: "hard" },
    ]);
  });

  it("is low confidence only when the winning kind is unsure", () => {
    expect(foldDays([event("2027-01-04", "easy", "low"), event("2027-01-04", "hard")]).days[0].confidence).toBe("high");
    expect(foldDays([event("2027-01-04", "easy", "low"), event("2027-01-04", "rest")]).days[0].confidence).toBe("low");
    expect(foldDays([event("2027-01-04", "easy", "low"), event("2027-01-04", "easy")]).days[0].confidence).toBe("high");
  });

  it("fills the dates between the first and last event with rest, and nothing outside", () => {
    const { days, range } = foldDays([event("2027-01-30", "easy"), event("2027-02-02", "long")]);
    expect(range).toEqual({ start: "2027-01-30", end: "2027-02-02" });
    expect(days).toEqual([
      { date: "2027-01-30", kind: "easy", confidence: "high", events: [{ summary: "easy 2027-01-30", kind: "easy" }] },
      { date: "2027-01-31", kind: "rest", confidence: "high", events: [] },
      { date: "2027-02-01", kind: "rest", confidence: "high", events: [] },
      { date: "2027-02-02", kind: "long", confidence: "high", events: [{ summary: "long 2027-02-02", kind: "long" }] },
    ]);
  });
});
