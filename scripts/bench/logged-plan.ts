/**
 * Issue 11: a 104-week plan with 200 logged sessions must build within 2x the time of the same plan
 * without logs.
 */
import { buildPlan } from "@/lib/engine/build-plan";
import type { TSessionLog } from "@/lib/engine/types";
import { ZPlanInput } from "@/lib/plan-input";
import { HUNDRED_FOUR_WEEK_INPUT, median, timeRuns } from "./engine";

export type TLoggedBench = { logged: number; plainMs: number; loggedMs: number; ratio: number };

export function benchLoggedPlan(options: { runs?: number } = {}): TLoggedBench {
  const input = ZPlanInput.parse(HUNDRED_FOUR_WEEK_INPUT);
  const today = "2027-01-04";
  const plan = buildPlan(input, { today });
  const logs: Record<string, TSessionLog> = {};
  for (const [index, session] of plan.sessions.slice(0, 200).entries()) {
    logs[session.id] =
      index % 17 === 0
        ? { status: "skipped", unit: "kg", exercises: [] }
        : {
            status: "done",
            unit: "kg",
            exercises: session.exercises.map((item) => ({
              exerciseId: item.exerciseId,
              sets: Array.from({ length: item.sets }, () =>
                item.seconds !== undefined ? { seconds: item.seconds + (index % 3) * 5 } : { reps: (item.reps ?? 10) + (index % 4) - 1, load: 16 },
              ),
              rir: index % 5,
            })),
          };
  }
  const runs = options.runs ?? 60;
  for (let i = 0; i < 20; i++) buildPlan(input, { today, logs });
  const plain: number[] = [];
  const logged: number[] = [];
  for (let i = 0; i < runs; i++) {
    plain.push(...timeRuns(() => buildPlan(input, { today }), 1, 3));
    logged.push(...timeRuns(() => buildPlan(input, { today, logs }), 1, 3));
  }
  const plainMs = median(plain);
  const loggedMs = median(logged);
  return { logged: Object.keys(logs).length, plainMs, loggedMs, ratio: loggedMs / plainMs };
}

export function formatLoggedBench(result: TLoggedBench): string {
  return [
    `logged plan: 104 weeks, ${result.logged} logged sessions`,
    `  without logs  ${result.plainMs.toFixed(3)} ms`,
    `  with logs     ${result.loggedMs.toFixed(3)} ms`,
    `  ratio         ${result.ratio.toFixed(2)}x (target <= 2x) ${result.ratio <= 2 ? "OK" : "OVER"}`,
  ].join("\n");
}
