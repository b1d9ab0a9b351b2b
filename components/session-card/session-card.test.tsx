// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { findExercise } from "@/lib/engine/catalogue";
import type { TSession } from "@/lib/engine/types";
import { SessionCard } from "./session-card";
import { formatDose, formatRest } from "@/lib/plan-text/dose-text";
import { LOAD_LABELS } from "@/lib/plan-text/labels";
import { describeLoad } from "@/lib/plan-text/dose-text";
import { buildMarathonPlan } from "@/tests/fixtures/plans";

afterEach(cleanup);

const plan = buildMarathonPlan();
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

  it("lists why the session was placed and dosed", () => {
    render(<SessionCard session={session} />);
    const heading = screen.getByRole("heading", { name: "Why this session" });
    const list = heading.nextElementSibling as HTMLElement;
    expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual(session.why.map((why) => why.text));
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
