import { describe, expect, it } from "vitest";
import type { TRace } from "../plan-input";
import { formatPhases, planSeason } from "./phases";
import { toIso } from "../dates";
import { shift } from "@/tests/fixtures/plan-inputs";
import { daysBetween } from "../plan-input";

const START = "2027-01-04";

function season(races: TRace[], options: { startDate?: string; taper?: "full" | "light" } = {}) {
  const result = planSeason({ races, startDate: options.startDate ?? START, taper: options.taper ?? "full" });
  return { ...result, phases: formatPhases(result.phases) };
}

function race(date: string, distance: TRace["distance"], priority: TRace["priority"] = "A"): TRace {
  return { date, distance, priority };
}

describe("season phases (DOMAIN.md section 3)", () => {
  it("taper: the 14 days before an A race", () => {
    const { phases } = season([race("2027-09-26", "marathon")]);
    expect(phases.find((p) => p.kind === "taper")).toEqual({ kind: "taper", start: "2027-09-12", end: "2027-09-25" });
  });

  it("an A race day belongs to no phase: taper ends the day before, recovery starts the day after", () => {
    for (const distance of ["5k", "half", "marathon"] as const) {
      const { phases } = season([race("2027-09-26", distance)]);
      expect(phases.filter((p) => p.start <= "2027-09-26" && p.end >= "2027-09-26")).toEqual([]);
      expect(phases.at(-2)).toEqual({ kind: "taper", start: "2027-09-12", end: "2027-09-25" });
      expect(phases.at(-1)!.start).toBe("2027-09-27");
    }
  });

  it.each([
    ["5k", 6],
    ["10k", 6],
    ["half", 8],
    ["marathon", 10],
    ["ultra", 10],
    ["other", 8],
  ] as const)("race-specific block + taper span the right weeks: %s -> %i weeks", (distance, weeks) => {
    const date = "2027-09-26";
    const { phases } = season([race(date, distance)]);
    const block = phases.find((p) => p.kind === "race-specific")!;
    expect(block.start).toBe(shift(date, -weeks * 7));
    expect(block.end).toBe(shift(date, -15));
  });

  it("general preparation runs from the start date to the race block", () => {
    const { phases } = season([race("2027-09-26", "marathon")]);
    expect(phases[0]).toEqual({ kind: "general", start: START, end: shift("2027-09-26", -71) });
  });

  it.each([
    ["5k", 7],
    ["10k", 7],
    ["half", 7],
    ["other", 7],
    ["marathon", 14],
    ["ultra", 14],
  ] as const)("post-race recovery: after a %s, no strength for exactly %i days from the day after the race", (distance, days) => {
    const { phases } = season([race("2027-09-26", distance)]);
    const recovery = phases[phases.length - 1];
    expect(recovery).toEqual({ kind: "recovery", start: "2027-09-27", end: shift("2027-09-26", days) });
    expect(daysBetween(recovery.start, recovery.end) + 1).toBe(days);
  });

  it("phases are sorted and never overlap; the only gaps are the A race days", () => {
    const raceDays = ["2027-05-02", "2027-10-10", "2028-04-23"];
    const { phases } = season([race(raceDays[0], "half"), race(raceDays[1], "marathon"), race(raceDays[2], "10k")]);
    const gaps: string[] = [];
    for (let i = 1; i < phases.length; i++) {
      expect(phases[i].start > phases[i - 1].end).toBe(true);
      const missing = daysBetween(phases[i - 1].end, phases[i].start) - 1;
      for (let k = 1; k <= missing; k++) gaps.push(shift(phases[i - 1].end, k));
    }
    expect(gaps).toEqual(raceDays);
    expect(phases.map((p) => p.kind)).toEqual([
      "general", "race-specific", "taper", "recovery",
      "general", "race-specific", "taper", "recovery",
      "general", "race-specific", "taper", "recovery",
    ]);
  });

  it("after recovery a new general phase leads into the next A race's block", () => {
    const { phases, warnings } = season([race("2027-05-02", "half"), race("2027-10-10", "marathon")]);
    const secondGeneral = phases.filter((p) => p.kind === "general")[1];
    expect(secondGeneral).toEqual({ kind: "general", start: "2027-05-10", end: shift("2027-10-10", -71) });
    expect(warnings).toEqual([]);
  });

  it("a close next A race goes straight from recovery into its block (cut short, with a warning)", () => {
    // Half on 2027-05-02, recovery to 05-09; a 10k six weeks later has a block from 05-02.
    const { phases, warnings } = season([race("2027-05-02", "half"), race("2027-06-13", "10k")]);
    expect(phases.find((p) => p.kind === "recovery")).toEqual({ kind: "recovery", start: "2027-05-03", end: "2027-05-09" });
    const blocks = phases.filter((p) => p.kind === "race-specific");
    expect(blocks[1]).toEqual({ kind: "race-specific", start: "2027-05-10", end: "2027-05-29" });
    expect(phases.filter((p) => p.kind === "general")).toHaveLength(1);
    expect(warnings.map((w) => w.code)).toEqual(["races-overlap"]);
  });

  it("an A race inside another's recovery extends that recovery, split around its race day (with a warning)", () => {
    const { phases, warnings } = season([race("2027-05-02", "marathon"), race("2027-05-09", "5k")]);
    expect(phases.slice(-2)).toEqual([
      { kind: "recovery", start: "2027-05-03", end: "2027-05-08" },
      { kind: "recovery", start: "2027-05-10", end: "2027-05-16" },
    ]);
    expect(phases.filter((p) => p.kind === "taper")).toHaveLength(1);
    expect(warnings.some((w) => w.code === "races-overlap")).toBe(true);
  });

  it("a short A race inside a marathon's recovery keeps the longer marathon recovery", () => {
    const { phases } = season([race("2027-05-02", "marathon"), race("2027-05-04", "5k")]);
    expect(phases.slice(-2)).toEqual([
      { kind: "recovery", start: "2027-05-03", end: "2027-05-03" },
      { kind: "recovery", start: "2027-05-05", end: "2027-05-16" },
    ]);
  });

  it("an A race the day after another: one recovery from the day after the second", () => {
    const { phases } = season([race("2027-05-02", "half"), race("2027-05-03", "10k")]);
    expect(phases.slice(-2)).toEqual([
      { kind: "taper", start: "2027-04-18", end: "2027-05-01" },
      { kind: "recovery", start: "2027-05-04", end: "2027-05-10" },
    ]);
  });

  it("two A races on the same day: one taper, one recovery after the day (the longer of the two)", () => {
    const { phases } = season([race("2027-05-02", "half"), race("2027-05-02", "marathon")]);
    expect(phases.slice(-2)).toEqual([
      { kind: "taper", start: "2027-04-18", end: "2027-05-01" },
      { kind: "recovery", start: "2027-05-03", end: "2027-05-16" },
    ]);
  });

  it("an A race right after the previous recovery: no taper fits, its race day stays free, with a warning", () => {
    // Half on 05-02, recovery 05-03..05-09; the 5k on 05-10 gets no taper.
    const { phases, warnings } = season([race("2027-05-02", "half"), race("2027-05-10", "5k")]);
    expect(phases.slice(-2)).toEqual([
      { kind: "recovery", start: "2027-05-03", end: "2027-05-09" },
      { kind: "recovery", start: "2027-05-11", end: "2027-05-17" },
    ]);
    expect(warnings.map((w) => w.code)).toEqual(["races-overlap"]);
  });

  it("B race: no strength in the 4 days before and the 3 days after; phases unchanged", () => {
    const withB = season([race("2027-09-26", "marathon"), race("2027-06-13", "half", "B")]);
    const without = season([race("2027-09-26", "marathon")]);
    expect(withB.phases).toEqual(without.phases);
    expect(withB.blackouts.map((b) => [toIso(b.start), toIso(b.end)])).toEqual([["2027-06-09", "2027-06-16"]]);
  });

  it("C race: no strength the day before or the day of the race", () => {
    const { blackouts } = season([race("2027-09-26", "marathon"), race("2027-04-11", "10k", "C")]);
    expect(blackouts.map((b) => [toIso(b.start), toIso(b.end)])).toEqual([["2027-04-10", "2027-04-11"]]);
  });

  it("a B or C race after the last A race's recovery gets a new general phase up to it", () => {
    const { phases } = season([race("2027-05-02", "half"), race("2027-06-20", "5k", "C")]);
    expect(phases[phases.length - 1]).toEqual({ kind: "general", start: "2027-05-10", end: "2027-06-20" });
  });

  it("start inside a race block: no general phase, with a warning", () => {
    const { phases, warnings } = season([race("2027-02-28", "half")]);
    expect(phases[0]).toEqual({ kind: "race-specific", start: START, end: "2027-02-13" });
    expect(warnings.map((w) => w.code)).toEqual(["start-in-race-block"]);
  });

  it("start inside a race block with under a week left: the warning does not promise sessions", () => {
    const { phases, warnings } = season([race(shift(START, 15), "half")]);
    expect(phases[0]).toEqual({ kind: "race-specific", start: START, end: START });
    expect(warnings.map((w) => w.code)).toEqual(["start-in-race-block"]);
    expect(warnings[0].message).toContain("only 1 day left before the taper");
    expect(warnings[0].message).toContain("at most one strength session");
  });

  it("start exactly at the block start: no general phase and no warning", () => {
    const { phases, warnings } = season([race(shift(START, 56), "half")]);
    expect(phases[0].kind).toBe("race-specific");
    expect(warnings).toEqual([]);
  });

  it("start inside the taper: taper only, with a warning", () => {
    const { phases, warnings } = season([race("2027-01-14", "10k")]);
    expect(phases).toEqual([
      { kind: "taper", start: START, end: "2027-01-13" },
      { kind: "recovery", start: "2027-01-15", end: "2027-01-21" },
    ]);
    expect(warnings.map((w) => w.code)).toEqual(["start-in-taper"]);
  });

  it("a general phase shorter than 8 weeks before the first block comes with a warning", () => {
    const { warnings } = season([race(shift(START, 56 + 21), "half")]);
    expect(warnings.map((w) => w.code)).toEqual(["short-general-phase"]);
    expect(warnings[0].message).toContain("3 weeks");
  });

  it("light taper: a window in the first taper week only; full taper: none", () => {
    const light = planSeason({ races: [race("2027-09-26", "marathon")], startDate: START, taper: "light" });
    expect(light.lightWindows.map((w) => [toIso(w.start), toIso(w.end)])).toEqual([["2027-09-12", "2027-09-18"]]);
    const full = planSeason({ races: [race("2027-09-26", "marathon")], startDate: START, taper: "full" });
    expect(full.lightWindows).toEqual([]);
  });

  it("races are handled in date order whatever order they are listed in", () => {
    const a = season([race("2027-10-10", "marathon"), race("2027-05-02", "half")]);
    const b = season([race("2027-05-02", "half"), race("2027-10-10", "marathon")]);
    expect(a.phases).toEqual(b.phases);
  });
});
