/**
 * Section 9's placement rules over random dated kinds (runDays stretches inside the season) and
 * random breaks, checked against the rules restated in tests/fixtures/season-arbitrary.ts (kindOn,
 * legalOn, the no-strength windows), never against the engine's own helpers.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildPlan } from "./build-plan";
import type { TPlan, TSession } from "./types";
import { addDays, daysBetween, mondayOf } from "../dates";
import { arbSeason, inNoStrengthWindow, kindOn, legalOn, templateAsRunDays, type TSeasonCase } from "@/tests/fixtures/season-arbitrary";

const RUNS = 200;
const SEED = 20270911;

function build(input: TSeasonCase["input"]): TPlan {
  return buildPlan(input, { today: input.startDate });
}

function check(predicate: (plan: TPlan, season: TSeasonCase) => void, arbitrary = arbSeason()) {
  fc.assert(
    fc.property(arbitrary, (season) => predicate(build(season.input), season)),
    { numRuns: RUNS, seed: SEED },
  );
}

function byWeek(sessions: readonly TSession[]): Map<string, TSession[]> {
  const weeks = new Map<string, TSession[]>();
  for (const session of sessions) weeks.set(mondayOf(session.date), [...(weeks.get(mondayOf(session.date)) ?? []), session]);
  return weeks;
}

function isBuilding(plan: TPlan, date: string): boolean {
  return plan.phases.some((phase) => phase.start <= date && date <= phase.end && (phase.kind === "general" || phase.kind === "race-specific"));
}

describe("dated placement properties (section 9)", () => {
  it("never a session on a hard or long date, nor on the date before one, across week boundaries", () => {
    check((plan, { input }) => {
      const broken = plan.sessions.filter((session) => !legalOn(input, session.date));
      expect(broken.map((session) => `${session.id}: ${kindOn(input, session.date)} then ${kindOn(input, addDays(session.date, 1))}`)).toEqual([]);
    });
  });

  it("at most two A/B sessions (and at most two sessions) per Monday-to-Sunday week", () => {
    check((plan) => {
      for (const [monday, sessions] of byWeek(plan.sessions)) {
        expect(sessions.filter((session) => session.slot !== "light").length, monday).toBeLessThanOrEqual(2);
        expect(sessions.length, monday).toBeLessThanOrEqual(2);
      }
    });
  });

  it("two A/B sessions in every week that has two available, non-consecutive legal dates (building phase, outside every window, on or after the start)", () => {
    check((plan, { input }) => {
      const sessions = byWeek(plan.sessions);
      for (const week of plan.weeks) {
        const available: string[] = [];
        for (let offset = 0; offset < 7; offset++) {
          const date = addDays(week.start, offset);
          if (date >= input.startDate && legalOn(input, date) && isBuilding(plan, date) && !inNoStrengthWindow(input, date)) available.push(date);
        }
        const pairExists = available.some((a) => available.some((b) => daysBetween(a, b) >= 2));
        if (!pairExists) continue;
        const placed = (sessions.get(week.start) ?? []).filter((session) => session.slot !== "light");
        expect({ week: week.start, available, placed: placed.map((session) => session.date) }).toEqual({ week: week.start, available, placed: expect.toSatisfy((dates: string[]) => dates.length === 2) });
      }
    });
  });

  it("no session inside a break, nor in a B/C race window", () => {
    check((plan, { input }) => {
      expect(plan.sessions.filter((session) => inNoStrengthWindow(input, session.date)).map((session) => session.id)).toEqual([]);
      for (const item of input.breaks ?? []) {
        expect(plan.windows).toContainEqual(expect.objectContaining({ kind: "break", start: item.start, end: item.end }));
      }
    });
  });

  it("sessions only in building phases on or after the start, light taper sessions only in the taper", () => {
    check((plan, { input }) => {
      for (const session of plan.sessions) {
        expect(session.date >= input.startDate, session.id).toBe(true);
        if (session.slot === "light") expect(plan.phases.find((phase) => phase.start <= session.date && session.date <= phase.end)?.kind).toBe("taper");
        else expect(isBuilding(plan, session.date), session.id).toBe(true);
      }
    });
  });

  it("a template-only input gives exactly the plan of the same input with runDays equal to the template on every date", () => {
    check(
      (plan, { input }) => {
        const dated = build({ ...input, runDays: templateAsRunDays(input) });
        expect(JSON.stringify({ ...dated, input: null })).toBe(JSON.stringify({ ...plan, input: null }));
      },
      arbSeason({ withRunDays: false }),
    );
  });

  it("per-week warnings name their week's Monday and only weeks with fewer than two legal dates", () => {
    check((plan, { input }) => {
      for (const warning of plan.warnings.filter((candidate) => candidate.week !== undefined)) {
        expect(mondayOf(warning.week!)).toBe(warning.week);
        const legal = [0, 1, 2, 3, 4, 5, 6].filter((offset) => legalOn(input, addDays(warning.week!, offset)));
        expect(legal.length, warning.week).toBeLessThan(2);
        expect(warning.code).toBe(legal.length === 0 ? "no-legal-days" : "few-legal-days");
      }
    });
  });

  it("is deterministic and leaves its input untouched", () => {
    check((plan, { input }) => {
      const copy = structuredClone(input);
      expect(JSON.stringify(build(copy))).toBe(JSON.stringify(plan));
      expect(copy).toEqual(input);
    });
  });
});

describe("template weeks (section 9: a plan without runDays is unchanged)", () => {
  it("a fully available week whose kinds and whose neighbours' kinds equal the template gets exactly the template's pair", () => {
    const KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
    check((plan, { input }) => {
      const template = plan.weeks[0] ? templatePair(input) : [];
      const sessions = byWeek(plan.sessions);
      const asTemplate = (monday: string) => [0, 1, 2, 3, 4, 5, 6, 7].every((offset) => kindOn(input, addDays(monday, offset)) === input.schedule[KEYS[offset % 7]]);
      const fullyAvailable = (monday: string) =>
        [0, 1, 2, 3, 4, 5, 6].every((offset) => {
          const date = addDays(monday, offset);
          return date >= input.startDate && isBuilding(plan, date) && !inNoStrengthWindow(input, date);
        });
      for (const week of plan.weeks) {
        const previous = addDays(week.start, -7);
        if (!asTemplate(week.start) || !asTemplate(previous) || !fullyAvailable(week.start) || !fullyAvailable(previous)) continue;
        const placed = (sessions.get(week.start) ?? []).filter((session) => session.slot !== "light").map((session) => daysBetween(week.start, session.date));
        expect({ week: week.start, placed }).toEqual({ week: week.start, placed: template });
      }
    });
  });
});

/** The template's pair as weekday offsets (Monday 0), by rule 2.4 on the weekly cycle, restated. */
function templatePair(input: TSeasonCase["input"]): number[] {
  const KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
  const heavy = (offset: number) => ["hard", "long"].includes(input.schedule[KEYS[((offset % 7) + 7) % 7]]);
  const legal = [0, 1, 2, 3, 4, 5, 6].filter((d) => !heavy(d) && !heavy(d + 1));
  const gap = (a: number, b: number) => Math.min(Math.abs(a - b), 7 - Math.abs(a - b));
  const active = (d: number) => (input.schedule[KEYS[d]] === "rest" ? 0 : 1);
  let best: number[] = legal.slice(0, 1);
  let score = [-1, -1];
  for (const a of legal) for (const b of legal) if (a < b && (gap(a, b) > score[0] || (gap(a, b) === score[0] && active(a) + active(b) > score[1]))) {
    best = [a, b];
    score = [gap(a, b), active(a) + active(b)];
  }
  return legal.length >= 2 ? best : legal;
}
