import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildIcs } from "@/lib/ics/build-ics";
import { FIXTURE_NOW, FIXTURE_PLAN_ID, FIXTURE_PLAN_URL, GOLDEN_CASES } from "./fixture-plans";

// Regenerate after an intended change with: UPDATE_GOLDEN=1 npx vitest run tests/golden/ics
const UPDATE = process.env.UPDATE_GOLDEN === "1";

describe(".ics golden files (byte for byte, DTSTAMP fixed)", () => {
  for (const [name, plan] of Object.entries(GOLDEN_CASES)) {
    it(`${name} matches tests/golden/ics/${name}.ics`, () => {
      const ics = buildIcs(plan, { planId: FIXTURE_PLAN_ID, planUrl: FIXTURE_PLAN_URL, now: FIXTURE_NOW });
      const file = path.join(__dirname, `${name}.ics`);
      if (UPDATE || !fs.existsSync(file)) {
        if (!UPDATE) throw new Error(`Missing golden ${file}; run with UPDATE_GOLDEN=1 to create it.`);
        fs.writeFileSync(file, ics);
      }
      expect(ics).toBe(fs.readFileSync(file, "utf8"));
    });
  }
});
