// @vitest-environment jsdom
/**
 * Every label and sentence the plan page generates, for a few golden plans, read once for double
 * punctuation (": :", "::", "..", " ,", double spaces...): what the session cards, the week and the
 * season render, and the engine's own reasons and warnings.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render } from "@testing-library/react";
import type { TLoad, TPlan } from "@/lib/engine/types";
import { EQUIPMENT, type TEquipment } from "@/lib/plan-input-values";
import { describeLoad } from "@/lib/plan-text/dose-text";
import { DAY_TYPE_HINTS, DAY_TYPE_LABELS, LOAD_LABELS, PHASE_DESCRIPTIONS } from "@/lib/plan-text/labels";
import { ADAPTATION_LABELS, RIR_HINT } from "@/lib/plan-text/logged-text";
import { WeekSessions } from "./week-sessions";
import { WeekCalendar } from "@/components/week-calendar/week-calendar";
import { describeWeek } from "@/components/week-calendar/describe-week";
import { VolumeChart } from "@/components/volume-chart/volume-chart";
import { SeasonTimeline } from "@/components/season-timeline/season-timeline";
import { listMoveOptions } from "@/components/session-actions/session-action-data";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh() {} }) }));
afterEach(cleanup);

const GOLDEN = path.join(process.cwd(), "tests/golden/plans");
const PLANS: [string, TPlan][] = fs
  .readdirSync(GOLDEN)
  .filter((file) => file.endsWith(".json"))
  .map((file) => {
    const json = JSON.parse(fs.readFileSync(path.join(GOLDEN, file), "utf8"));
    return [file, (json.plan ?? json) as TPlan];
  });

const BAD: [RegExp, string][] = [
  [/:\s*:/, "two colons"],
  [/\.\./, "two full stops"],
  [/\s,/, "a space before a comma"],
  [/\s\./, "a space before a full stop"],
  [/,\s*,/, "two commas"],
  [/;\s*[;:]|:\s*;/, "a doubled semicolon"],
  [/ {2}/, "a double space"],
];

function problems(text: string): string[] {
  return BAD.filter(([pattern]) => pattern.test(text)).map(([, what]) => `${what} in "${text}"`);
}

/** The text of every element that holds text of its own, as a reader sees it (whitespace runs folded as HTML does not, on purpose). */
function renderedTexts(root: HTMLElement): string[] {
  const texts: string[] = [];
  for (const element of root.querySelectorAll<HTMLElement>("p, li, dd, dt, h1, h2, h3, h4, h5, summary, a, td, th, title, desc, span, button")) {
    const text = element.textContent ?? "";
    if (text.length > 0) texts.push(text);
  }
  return texts;
}

describe("generated labels and texts", () => {
  it("describe every load of every equipment kind in plain words: bands are resistance, not weights", () => {
    const loads: TLoad[] = ["bodyweight", "light", "moderate", "challenging"];
    const seen: string[] = [];
    for (const equipment of EQUIPMENT as readonly TEquipment[]) {
      for (const load of loads) {
        const text = `${LOAD_LABELS[load]}: ${describeLoad({ load, equipment: [equipment] })}`;
        seen.push(text);
        expect(problems(text)).toEqual([]);
        // "Bodyweight: no added weight: learn..." read as a stutter: the label's colon is the only one.
        expect(text.split(":")).toHaveLength(2);
        if (equipment === "loop-band" || equipment === "long-band") expect(text).not.toMatch(/weight you|a weight/);
      }
    }
    expect(describeLoad({ load: "moderate", equipment: ["loop-band"] })).toMatch(/band/);
    expect(new Set(seen).size).toBeGreaterThan(8);
  });

  it("have no double punctuation in the vocabulary", () => {
    const words = [...Object.values(DAY_TYPE_LABELS), ...Object.values(DAY_TYPE_HINTS), ...Object.values(PHASE_DESCRIPTIONS), ...Object.values(ADAPTATION_LABELS), RIR_HINT];
    expect(words.flatMap(problems)).toEqual([]);
  });

  for (const [file, plan] of PLANS) {
    it(`have no double punctuation in ${file}: reasons, warnings, notes, move reasons`, () => {
      const texts = [
        ...plan.warnings.map((w) => w.message),
        ...plan.windows.map((w) => w.why.text),
        ...plan.sessions.flatMap((s) => [s.title, ...s.why.map((w) => w.text), ...s.exercises.flatMap((e) => [e.name, e.note ?? "x", ...(e.why ?? []).map((w) => w.text)])]),
        ...plan.weeks.flatMap((week) => describeWeek(plan, week)),
        ...plan.sessions.slice(0, 12).flatMap((s) => listMoveOptions(plan, s).flatMap((o) => [o.label, o.ok ? "x" : o.why])),
      ];
      expect(texts.flatMap(problems)).toEqual([]);
    });

    it(`render without double punctuation in ${file}: every week, every session card, the season`, () => {
      const weeks = plan.weeks;
      const found: string[] = [];
      const season = render(
        <>
          <SeasonTimeline plan={plan} today={plan.input.startDate} />
          <VolumeChart plan={plan} today={plan.input.startDate} currentWeekStart={weeks[0].start} />
        </>,
      );
      found.push(...renderedTexts(season.container).flatMap(problems));
      season.unmount();
      weeks.forEach((week, position) => {
        const view = render(
          <>
            <WeekCalendar plan={plan} weeks={weeks} position={position} currentPosition={0} today={plan.input.startDate} basePath="/plans/x" />
            <WeekSessions planId="x" plan={plan} week={week} today={plan.input.startDate} logs={{}} />
          </>,
        );
        found.push(...renderedTexts(view.container).flatMap(problems));
        view.unmount();
      });
      expect([...new Set(found)]).toEqual([]);
    });
  }
});
