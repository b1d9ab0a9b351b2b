/**
 * Why lib/ics/fold-lines.ts exists: it must stay measurably faster than ical-generator's own
 * foldLines on a real feed (a 104-week plan's events), or it goes. Same output is checked first.
 */
import { foldLines as generatorFold } from "ical-generator";
import { buildPlan } from "@/lib/engine/build-plan";
import { buildIcs } from "@/lib/ics/build-ics";
import { foldLines } from "@/lib/ics/fold-lines";
import { ZPlanInput } from "@/lib/plan-input";
import { HUNDRED_FOUR_WEEK_INPUT, median, timeRuns } from "./engine";

export type TFoldBench = { lines: number; oursMs: number; generatorMs: number; ratio: number };

export function benchFoldLines(options: { runs?: number } = {}): TFoldBench {
  const plan = buildPlan(ZPlanInput.parse(HUNDRED_FOUR_WEEK_INPUT), { today: "2027-01-04" });
  // The unfolded text: undo the folds of a built feed.
  const text = buildIcs(plan, { planId: "bench", planUrl: "https://bench.example/plans/bench", now: new Date("2027-01-01T00:00:00Z") }).replace(/\r\n /g, "");
  if (foldLines(text) !== generatorFold(text)) throw new Error("foldLines and ical-generator's foldLines disagree");
  const runs = options.runs ?? 30;
  const ours = median(timeRuns(() => foldLines(text), runs, 3));
  const generator = median(timeRuns(() => generatorFold(text), Math.max(5, Math.floor(runs / 3)), 1));
  return { lines: text.split("\r\n").length, oursMs: ours, generatorMs: generator, ratio: generator / ours };
}

export function formatFoldBench(result: TFoldBench): string {
  return [
    `fold-lines: RFC 5545 folding of a 104-week feed (${result.lines} lines)`,
    `  lib/ics/fold-lines   ${result.oursMs.toFixed(3)} ms`,
    `  ical-generator       ${result.generatorMs.toFixed(3)} ms`,
    `  ours is ${result.ratio.toFixed(1)}x faster ${result.ratio > 1.5 ? "OK" : "(not worth keeping: use ical-generator's)"}`,
  ].join("\n");
}
