/**
 * Golden FIT workouts: the exact bytes for a few sessions, committed beside this file, so any
 * change to the writer (or to the SDK's encoder after an upgrade) shows up as a diff.
 *
 * Regenerate after an intended change with:
 *   UPDATE_GOLDEN=1 npx vitest run tests/golden/fit
 * then decode and review the new files before committing.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { buildFitWorkout } from "@/lib/fit/build-fit-workout";
import type { TFitSession, TFitUnits } from "@/lib/fit/fit-session";
import { goldenPlanSessions } from "@/tests/fixtures/fit-decoders";
import { KG_SESSION, LB_SESSION } from "./fixture-sessions";

const DIR = path.dirname(fileURLToPath(import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === "1";

function firstSessionOf(plan: string): { session: TFitSession; units: TFitUnits } {
  const entry = goldenPlanSessions().find((candidate) => candidate.plan === plan);
  if (!entry) throw new Error(`No golden plan ${plan}`);
  return entry;
}

const CASES: Record<string, { session: TFitSession; units: TFitUnits }> = {
  "first-marathon-bodyweight-new-first-session": firstSessionOf("first-marathon-bodyweight-new"),
  "experienced-half-full-gym-first-session": firstSessionOf("experienced-half-full-gym"),
  "light-taper-10k-lb-first-session": firstSessionOf("light-taper-10k-lb"),
  "target-load-kg": { session: KG_SESSION, units: "kg" },
  "target-load-lb": { session: LB_SESSION, units: "lb" },
};

describe("golden FIT workouts", () => {
  for (const [name, { session, units }] of Object.entries(CASES)) {
    it(`${name} matches tests/golden/fit/${name}.fit`, () => {
      const bytes = buildFitWorkout({ session, units, planId: name });
      const file = path.join(DIR, `${name}.fit`);
      if (UPDATE || !existsSync(file)) {
        if (!UPDATE) throw new Error(`Missing golden file ${file}: run with UPDATE_GOLDEN=1 to create it`);
        writeFileSync(file, bytes);
      }
      expect(Buffer.from(bytes).equals(readFileSync(file)), `${name}.fit differs`).toBe(true);
    });
  }
});
