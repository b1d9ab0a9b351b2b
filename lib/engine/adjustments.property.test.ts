/**
 * Section 9's moves and skips over random seasons (dated kinds, breaks): random moves that
 * checkMoveTarget allows, and random skips, applied by the engine. What a move may never do is
 * checked against the rules restated in tests/fixtures/season-arbitrary.ts.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildPlan } from "./build-plan";
import { checkMoveTarget } from "./adjustments";
import type { TAdjustments, TPlan, TSession } from "./types";
import { addDays, mondayOf } from "../dates";
import { arbSeason, inNoStrengthWindow, legalOn, type TSeasonCase } from "@/tests/fixtures/season-arbitrary";

const RUNS = 200;
const SEED = 20270912;

/** Per session (by index, wrapped): whether to touch it, and a weekday to try. */
const arbPicks = fc.array(fc.record({ session: fc.nat(), weekday: fc.integer({ min: 0, max: 6 }) }), { minLength: 10, maxLength: 80 });

function build(season: TSeasonCase, adjustments?: TAdjustments): TPlan {
  return buildPlan(season.input, { today: season.input.startDate, adjustments });
}

/** The picks that checkMoveTarget allows onto a free date, in order (as the PATCH route would accept them). */
function legalMoves(plan: TPlan, picks: readonly { session: number; weekday: number }[]): Record<string, string> {
  const moves: Record<string, string> = {};
  if (plan.sessions.length === 0) return moves;
  const dateOf = new Map(plan.sessions.map((session) => [session.id, session.date]));
  for (const pick of picks) {
    const session = plan.sessions[pick.session % plan.sessions.length];
    const target = addDays(mondayOf(session.date), pick.weekday);
    const taken = [...dateOf].some(([id, date]) => id !== session.id && date === target);
    if (taken || target === session.date || !checkMoveTarget(plan, session, target).ok) continue;
    moves[session.id] = target;
    dateOf.set(session.id, target);
  }
  return moves;
}

function byId(plan: TPlan): Map<string, TSession> {
  return new Map(plan.sessions.map((session) => [session.id, session]));
}

describe("moves and skips properties (section 9)", () => {
  it("a legal move keeps the session's id, slot, phase and dose; it lands on a legal, free date of its own week; nothing else changes", () => {
    let movesTried = 0;
    fc.assert(
      fc.property(arbSeason(), arbPicks, (season, picks) => {
        const plan = build(season);
        const moves = legalMoves(plan, picks);
        movesTried += Object.keys(moves).length;
        const moved = build(season, { moves, skips: [] });
        expect(moved.warnings).toEqual(plan.warnings);
        expect(moved.sessions.map((session) => session.id).sort()).toEqual(plan.sessions.map((session) => session.id).sort());
        const after = byId(moved);
        for (const before of plan.sessions) {
          const session = after.get(before.id)!;
          if (moves[before.id] === undefined) {
            expect(session).toEqual(before);
            continue;
          }
          expect(session).toMatchObject({ date: moves[before.id], movedFrom: before.date, slot: before.slot, phase: before.phase, title: before.title, minutes: before.minutes, status: "planned" });
          expect(session.exercises).toEqual(before.exercises);
          expect(mondayOf(session.date)).toBe(mondayOf(before.date));
          expect(legalOn(season.input, session.date), session.id).toBe(true);
          expect(inNoStrengthWindow(season.input, session.date), session.id).toBe(false);
          expect(session.slot).not.toBe("light");
        }
        expect(new Set(moved.sessions.map((session) => session.date)).size).toBe(moved.sessions.length);
        const dates = moved.sessions.map((session) => session.date);
        expect(dates).toEqual([...dates].sort());
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The property must have seen real moves, not only plans without any legal target.
    expect(movesTried).toBeGreaterThan(RUNS);
  });

  it("a move to the session's own engine date is no move: the engine's plan again", () => {
    fc.assert(
      fc.property(arbSeason(), arbPicks, (season, picks) => {
        const plan = build(season);
        const back = Object.fromEntries(Object.keys(legalMoves(plan, picks)).map((id) => [id, byId(plan).get(id)!.date]));
        expect(build(season, { moves: back, skips: [] })).toEqual(plan);
      }),
      { numRuns: RUNS / 4, seed: SEED },
    );
  });

  it("a skipped session keeps its place with status skipped, and its week's volume leaves it out", () => {
    fc.assert(
      fc.property(arbSeason(), fc.array(fc.nat(), { maxLength: 20 }), (season, indices) => {
        const plan = build(season);
        if (plan.sessions.length === 0) return;
        const skips = [...new Set(indices.map((index) => plan.sessions[index % plan.sessions.length].id))];
        const skipped = build(season, { moves: {}, skips });
        const after = byId(skipped);
        for (const before of plan.sessions) {
          const session = after.get(before.id)!;
          expect(session.date).toBe(before.date);
          expect(session.status).toBe(skips.includes(before.id) ? "skipped" : "planned");
        }
        for (const week of skipped.weeks) {
          const sets = week.sessionIds
            .map((id) => after.get(id)!)
            .filter((session) => session.status !== "skipped")
            .reduce((sum, session) => sum + session.exercises.reduce((n, exercise) => n + exercise.sets, 0), 0);
          expect(week.totalSets, week.start).toBe(sets);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("checkMoveTarget refuses every date a session may not move to, with the rule in words", () => {
    fc.assert(
      fc.property(arbSeason(), arbPicks, (season, picks) => {
        const plan = build(season);
        if (plan.sessions.length === 0) return;
        for (const pick of picks) {
          const session = plan.sessions[pick.session % plan.sessions.length];
          const target = addDays(mondayOf(session.date), pick.weekday);
          const check = checkMoveTarget(plan, session, target);
          const building = plan.phases.some((phase) => phase.start <= target && target <= phase.end && (phase.kind === "general" || phase.kind === "race-specific"));
          const allowed = session.slot !== "light" && legalOn(season.input, target) && building && !inNoStrengthWindow(season.input, target);
          expect(check.ok, `${session.id} -> ${target}`).toBe(allowed);
          if (!check.ok) expect(check.why).toEqual({ rule: "9.move", text: expect.stringMatching(/\S/) });
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
