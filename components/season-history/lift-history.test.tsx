// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import golden from "@/tests/golden/plans/logged-8-weeks.json";
import type { TSessionLog } from "@/lib/engine/types";
import { findExercise } from "@/lib/engine/catalogue";
import { LiftHistory } from "./lift-history";
import { collectLiftSeries } from "./lift-series";

afterEach(cleanup);

type TLogs = Record<string, TSessionLog & { sessionDate: string }>;
const logs = Object.fromEntries(
  Object.entries((golden as unknown as { logs: Record<string, TSessionLog> }).logs).map(([id, log]) => [id, { ...log, sessionDate: id.slice(0, 10) }]),
) as TLogs;

describe("collectLiftSeries", () => {
  it("keeps only hinge and single-leg lifts with a logged load, one point per logged session in date order", () => {
    const series = collectLiftSeries(logs, "kg");
    expect(series.length).toBeGreaterThan(0);
    for (const lift of series) {
      expect(["hinge", "single-leg"]).toContain(findExercise(lift.exerciseId)!.category);
      const dates = lift.points.map((p) => p.date);
      expect(dates).toEqual([...dates].sort());
      for (const point of lift.points) expect(point.load).toBeGreaterThan(0);
    }
    const ids = series.map((s) => s.exerciseId);
    expect(ids).not.toContain("single-leg-calf-raise");
    expect(ids).toContain("goblet-squat");
  });

  it("converts a load logged in other units to the plan's", () => {
    const series = collectLiftSeries({ a: { status: "done", unit: "lb", sessionDate: "2027-01-06", exercises: [{ exerciseId: "goblet-squat", sets: [{ reps: 8, load: 44 }] }] } }, "kg");
    expect(series[0].points[0].load).toBeCloseTo(20, 0);
  });
});

describe("LiftHistory", () => {
  it("draws each main lift's load over time, with a spoken summary and the numbers as a table", () => {
    const { container } = render(<LiftHistory logs={logs} unit="kg" />);
    const series = collectLiftSeries(logs, "kg");
    const figures = container.querySelectorAll("figure[data-lift]");
    expect(figures).toHaveLength(series.length);
    const goblet = series.find((s) => s.exerciseId === "goblet-squat")!;
    const chart = screen.getByRole("img", { name: "Goblet squat" });
    expect(chart).toHaveAccessibleDescription(new RegExp(`^Goblet squat: from ${goblet.points[0].load} kg on .* ${goblet.points.length} sessions logged\\.$`));
    expect(chart.querySelectorAll("circle")).toHaveLength(goblet.points.length);
    const table = screen.getByRole("table", { name: "Goblet squat: load per logged session" });
    expect(within(table).getAllByRole("row").slice(1)).toHaveLength(goblet.points.length);
  });

  it("says how to fill it when nothing with a load is logged", () => {
    render(<LiftHistory logs={{}} unit="kg" />);
    expect(screen.getByText(/Log a session with the loads you used/)).toBeInTheDocument();
    expect(screen.queryByRole("img")).toBeNull();
  });
});
