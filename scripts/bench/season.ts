/**
 * Season benchmark (issue 9): the 104-week plan of the engine benchmark with 728 dated run days,
 * 20 breaks and 50 moves, against the same plan without them. Target: within 3x. Reports both
 * medians and the ratio. Called from scripts/bench.ts; `npx tsx scripts/bench/run-season.ts` runs
 * it alone.
 */
import { buildPlan } from "@/lib/engine/build-plan";
import { checkMoveTarget } from "@/lib/engine/adjustments";
import type { TAdjustments, TPlan } from "@/lib/engine/types";
import { addDays, mondayOf, weekdayOf } from "@/lib/dates";
import { ZPlanInput, type TDayType, type TResolvedPlanInput } from "@/lib/plan-input";
import { HUNDRED_FOUR_WEEK_INPUT, median, timeRuns } from "./engine";

export type TSeasonBenchResult = {
  runs: number;
  runDays: number;
  breaks: number;
  moves: number;
  sessions: number;
  plainMedianMs: number;
  seasonMedianMs: number;
  ratio: number;
};

export const SEASON_TARGET_RATIO = 3;
const TODAY = "2027-01-04";
const REASONS = ["illness", "injury", "travel", "other"] as const;

/** The template with a coach's variations: every third week the long run moves to Saturday, every fourth has an extra hard Thursday. */
function datedRunDays(input: TResolvedPlanInput, days: number): Record<string, TDayType> {
  const keys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
  const runDays: Record<string, TDayType> = {};
  for (let offset = 0; offset < days; offset++) {
    const date = addDays(input.startDate, offset);
    const weekday = weekdayOf(date);
    const weekIndex = Math.floor(offset / 7);
    let kind: TDayType = input.schedule[keys[weekday]];
    if (weekIndex % 3 === 1 && weekday === 5) kind = "long";
    if (weekIndex % 3 === 1 && weekday === 6) kind = "easy";
    if (weekIndex % 4 === 2 && weekday === 3) kind = "hard";
    runDays[date] = kind;
  }
  return runDays;
}

/** Twenty breaks of 3 to 12 days, one every five weeks. */
function spreadBreaks(start: string): { start: string; end: string; reason: (typeof REASONS)[number] }[] {
  return Array.from({ length: 20 }, (_, index) => {
    const first = addDays(start, 10 + index * 35);
    return { start: first, end: addDays(first, 2 + ((index * 7) % 10)), reason: REASONS[index % REASONS.length] };
  });
}

/** The first `count` legal moves to a free date, session by session (what the PATCH route would accept). */
function pickMoves(plan: TPlan, count: number): Record<string, string> {
  const moves: Record<string, string> = {};
  const taken = new Set(plan.sessions.map((session) => session.date));
  for (const session of plan.sessions) {
    if (Object.keys(moves).length === count) break;
    for (let weekday = 0; weekday < 7; weekday++) {
      const target = addDays(mondayOf(session.date), weekday);
      if (taken.has(target) || !checkMoveTarget(plan, session, target).ok) continue;
      moves[session.id] = target;
      taken.delete(session.date);
      taken.add(target);
      break;
    }
  }
  if (Object.keys(moves).length < count) throw new Error(`only ${Object.keys(moves).length} legal moves found`);
  return moves;
}

export function benchSeason(options: { runs?: number; batch?: number; warmup?: number } = {}): TSeasonBenchResult {
  const runs = options.runs ?? 100;
  const batch = options.batch ?? 5;
  const plain = ZPlanInput.parse(HUNDRED_FOUR_WEEK_INPUT) as TResolvedPlanInput;
  const season = ZPlanInput.parse({ ...HUNDRED_FOUR_WEEK_INPUT, runDays: datedRunDays(plain, 728), breaks: spreadBreaks(plain.startDate) }) as TResolvedPlanInput;
  const adjustments: TAdjustments = { moves: pickMoves(buildPlan(season, { today: TODAY }), 50), skips: [] };
  const built = buildPlan(season, { today: TODAY, adjustments });
  if (built.warnings.some((warning) => warning.code === "adjustment-dropped")) throw new Error("a benchmark move was dropped");
  for (let i = 0; i < (options.warmup ?? 50); i++) {
    buildPlan(plain, { today: TODAY });
    buildPlan(season, { today: TODAY, adjustments });
  }
  // Interleaved so drift (other processes, GC) hits both alike.
  const plainSamples: number[] = [];
  const seasonSamples: number[] = [];
  for (let i = 0; i < runs; i++) {
    plainSamples.push(...timeRuns(() => buildPlan(plain, { today: TODAY }), 1, batch));
    seasonSamples.push(...timeRuns(() => buildPlan(season, { today: TODAY, adjustments }), 1, batch));
  }
  const plainMedianMs = median(plainSamples);
  const seasonMedianMs = median(seasonSamples);
  return {
    runs: runs * batch,
    runDays: Object.keys(season.runDays ?? {}).length,
    breaks: season.breaks?.length ?? 0,
    moves: Object.keys(adjustments.moves).length,
    sessions: built.sessions.length,
    plainMedianMs,
    seasonMedianMs,
    ratio: seasonMedianMs / plainMedianMs,
  };
}

export function formatSeasonBench(result: TSeasonBenchResult): string {
  const verdict = result.ratio <= SEASON_TARGET_RATIO ? "OK" : "ABOVE TARGET";
  return [
    `season: 104 weeks, ${result.runDays} run days, ${result.breaks} breaks, ${result.moves} moves, ${result.sessions} sessions, ${result.runs} runs`,
    `  median build, template only     ${result.plainMedianMs.toFixed(3)} ms`,
    `  median build, dated season      ${result.seasonMedianMs.toFixed(3)} ms`,
    `  ratio                           ${result.ratio.toFixed(2)}x (target <= ${SEASON_TARGET_RATIO}x) ${verdict}`,
  ].join("\n");
}
