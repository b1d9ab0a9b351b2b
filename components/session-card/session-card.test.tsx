// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { findExercise } from "@/lib/engine/catalogue";
import type { TPlan, TSession } from "@/lib/engine/types";
import { SessionCard } from "./session-card";
import { formatDose, formatRest } from "@/lib/plan-text/dose-text";
import { LOAD_LABELS } from "@/lib/plan-text/labels";
import { describeLoad } from "@/lib/plan-text/dose-text";
import { buildMarathonPlan } from "@/tests/fixtures/plans";
import { formatTargetLoad } from "@/lib/plan-text/dose-text";
import { ADAPTATION_LABELS } from "@/lib/plan-text/logged-text";
import golden from "@/tests/golden/plans/logged-8-weeks.json";

afterEach(cleanup);

const plan = buildMarathonPlan();
/** The 8-week logged golden: target loads and adaptations (beat, missed, skipped). */
const adaptedPlan = (golden as unknown as { plan: TPlan }).plan;
// A loaded general-phase session (after the experienced runner's first bodyweight week).
const session = plan.sessions.find((s) => s.phase === "general" && s.exercises.some((e) => e.load !== "bodyweight"))!;

function items() {
  return screen.getAllByRole("listitem").filter((li) => li.hasAttribute("data-exercise-id"));
}

describe("SessionCard", () => {
  it("lists the exercises in the session's order", () => {
    render(<SessionCard session={session} />);
    expect(items().map((li) => li.getAttribute("data-exercise-id"))).toEqual(session.exercises.map((e) => e.exerciseId));
    expect(screen.getByRole("heading", { level: 3, name: session.title })).toBeInTheDocument();
  });

  it("shows sets x reps or seconds, with 'each side' for one-sided exercises", () => {
    render(<SessionCard session={session} />);
    items().forEach((li, i) => {
      const item = session.exercises[i];
      const dose = within(li).getByTestId("dose").textContent!;
      expect(dose.startsWith(`${item.sets} × ${item.reps ?? item.seconds}`)).toBe(true);
      if (item.seconds !== undefined) expect(dose).toContain(" s");
      expect(dose.includes("each side")).toBe(findExercise(item.exerciseId)!.unilateral);
    });
  });

  it("shows every load level in words: light to challenging, with reps in reserve", () => {
    expect(describeLoad({ load: "moderate", equipment: ["dumbbells"] })).toMatch(/2–3 reps in reserve/);
    expect(describeLoad({ load: "challenging", equipment: ["kettlebell"] })).toMatch(/2–3 reps in reserve, never to failure/);
  });

  it("shows load with the reps-in-reserve rule, tempo, rest, cue, why and variant names", () => {
    render(<SessionCard session={session} />);
    const calf = session.exercises.findIndex((e) => e.tempo);
    expect(calf).toBeGreaterThanOrEqual(0);
    const li = items()[calf];
    const item = session.exercises[calf];
    const info = findExercise(item.exerciseId)!;
    expect(li).toHaveTextContent(`Tempo${item.tempo}`);
    expect(li).toHaveTextContent(`Rest${formatRest(item.restSeconds)} between sets`);
    expect(li).toHaveTextContent(info.cue);
    expect(li).toHaveTextContent(info.why);
    const loadedIndex = session.exercises.findIndex((e) => e.load !== "bodyweight");
    const loadedItem = session.exercises[loadedIndex];
    expect(items()[loadedIndex]).toHaveTextContent(`Load${LOAD_LABELS[loadedItem.load]}: ${describeLoad(loadedItem)}`);
    expect(screen.getByText(/could do 2–3 more good reps/)).toBeInTheDocument();

    const withVariants = session.exercises.findIndex((e) => findExercise(e.exerciseId)!.harder.length > 0);
    const variants = findExercise(session.exercises[withVariants].exerciseId)!;
    const variantItem = items()[withVariants];
    for (const id of variants.harder) expect(variantItem).toHaveTextContent(findExercise(id)!.name);
    for (const id of variants.easier) expect(variantItem).toHaveTextContent(findExercise(id)!.name);
  });

  it("shows the kettlebell note in the runner's units without repeating 'each side'", () => {
    const kg = plan.sessions.flatMap((s) => s.exercises).find((e) => e.note?.includes("kg"));
    expect(kg).toBeDefined();
    const lbPlan = buildMarathonPlan({ units: "lb" });
    const lbSession = lbPlan.sessions.find((s) => s.exercises.some((e) => e.note?.includes("lb")))!;
    render(<SessionCard session={lbSession} />);
    const note = lbSession.exercises.find((e) => e.note?.includes("lb"))!.note!;
    expect(screen.getByText(new RegExp(note.slice(0, 12).replace(/[()]/g, ".")))).toBeInTheDocument();
    expect(screen.queryByText(/^Each side$/)).toBeNull();
  });

  it("lists why the session was placed and dosed, one tap away", () => {
    render(<SessionCard session={session} />);
    const summary = screen.getByText("Why this session");
    const details = summary.closest("details")!;
    expect(details).not.toHaveAttribute("open");
    const list = within(details).getByRole("list");
    expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual(session.why.map((why) => why.text));
  });

  it("keeps dose, rest, kit and target load in view and folds the cues and reasons behind a tap", () => {
    const loaded = adaptedPlan.sessions.find((s) => s.exercises.some((e) => e.targetLoad))!;
    render(<SessionCard session={loaded} />);
    items().forEach((li, i) => {
      const item = loaded.exercises[i];
      const openPart = [...li.children].filter((child) => child.tagName !== "DETAILS");
      const visible = openPart.map((child) => child.textContent).join(" ");
      expect(visible).toContain("Dose");
      expect(visible).toContain("Rest");
      expect(visible).toContain("Kit");
      if (item.targetLoad) expect(within(li).getByTestId("target-load")).toHaveTextContent(formatTargetLoad(item.targetLoad));
      const info = findExercise(item.exerciseId)!;
      expect(visible).not.toContain(info.cue);
      const details = li.querySelector("details")!;
      expect(details).not.toHaveAttribute("open");
      expect(details).toHaveTextContent(info.cue);
      expect(details.querySelector("summary")).toHaveTextContent("How to do it, and why");
    });
  });

  it("shows the session time and what the runner changed", () => {
    render(<SessionCard session={{ ...session, status: "skipped", movedFrom: "2026-11-19" }} sessionTime="07:15" />);
    expect(screen.getByText(/at 07:15 · /)).toBeInTheDocument();
    expect(within(screen.getByTestId("session-marks")).getAllByText(/./).map((el) => el.textContent)).toEqual(["Moved from Thu 19 Nov", "Skipped"]);
  });

  it("shows last time and this session's own log per exercise", () => {
    const first = session.exercises[0];
    render(
      <SessionCard
        session={session}
        lastTimes={{ [first.exerciseId]: { date: "2026-11-20", text: "3 × 10 at 12 kg, 2 in reserve" } }}
        logged={{ [first.exerciseId]: { date: "2026-11-25", text: "3 × 11 at 12 kg" } }}
      />,
    );
    const li = items()[0];
    expect(within(li).getByTestId("last-time")).toHaveTextContent("3 × 10 at 12 kg, 2 in reserve (Fri 20 Nov)");
    expect(within(li).getByTestId("logged")).toHaveTextContent("3 × 11 at 12 kg");
    expect(within(items()[1]).queryByTestId("last-time")).toBeNull();
  });

  it("shows an adapted target with its reason: the label on the exercise, the engine's words above", () => {
    const adapted = adaptedPlan.sessions.find((s) => s.exercises.some((e) => e.adapted?.rule === "beat" && e.targetLoad))!;
    render(<SessionCard session={adapted} />);
    const index = adapted.exercises.findIndex((e) => e.adapted?.rule === "beat" && e.targetLoad);
    expect(within(items()[index]).getByTestId("target-load")).toHaveTextContent(ADAPTATION_LABELS.beat);
    const box = screen.getByTestId("adapted");
    const reasons = adapted.why.filter((why) => why.rule.startsWith("11."));
    expect(reasons.length).toBeGreaterThan(0);
    expect(within(box).getAllByRole("listitem").map((li) => li.textContent)).toEqual(reasons.map((why) => why.text));
    const placed = screen.getByText("Why this session").closest("details")!;
    for (const why of reasons) expect(placed).not.toHaveTextContent(why.text);
  });

  it("says a session on a run day comes after the run", () => {
    const after: TSession = { ...session, afterRun: true };
    render(<SessionCard session={after} />);
    expect(screen.getByText(/Do this session after your run/)).toBeInTheDocument();
    cleanup();
    render(<SessionCard session={{ ...session, afterRun: false }} />);
    expect(screen.queryByText(/after your run/)).toBeNull();
  });
});

describe("formatDose", () => {
  it("writes reps, seconds and sides", () => {
    expect(formatDose({ sets: 3, reps: 10 }, { unilateral: false })).toBe("3 × 10");
    expect(formatDose({ sets: 2, reps: 8 }, { unilateral: true })).toBe("2 × 8 each side");
    expect(formatDose({ sets: 3, seconds: 30 }, { unilateral: false })).toBe("3 × 30 s");
    expect(formatDose({ sets: 3, seconds: 25 }, { unilateral: true })).toBe("3 × 25 s each side");
  });

  it("writes rest in seconds and minutes", () => {
    expect(formatRest(45)).toBe("45 s");
    expect(formatRest(60)).toBe("1 min");
    expect(formatRest(90)).toBe("1 min 30 s");
  });
});
