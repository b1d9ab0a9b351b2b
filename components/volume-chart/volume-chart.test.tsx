// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { VolumeChart, summariseVolume } from "./volume-chart";
import { buildMarathonPlan } from "@/tests/fixtures/plans";

afterEach(cleanup);

const plan = buildMarathonPlan();

describe("VolumeChart", () => {
  it("draws one bar per week, its height following the week's sets", () => {
    const { container } = render(<VolumeChart plan={plan} />);
    const bars = [...container.querySelectorAll("rect[data-week]")];
    expect(bars).toHaveLength(plan.weeks.length);
    expect(bars.map((b) => Number(b.getAttribute("data-sets")))).toEqual(plan.weeks.map((w) => w.totalSets));
    const heights = bars.map((b) => Number(b.getAttribute("height")));
    const peak = Math.max(...plan.weeks.map((w) => w.totalSets));
    plan.weeks.forEach((w, i) => expect(heights[i] > 0).toBe(w.totalSets > 0));
    expect(heights[plan.weeks.findIndex((w) => w.totalSets === peak)]).toBe(Math.max(...heights));
  });

  it("colours each bar by its week's phase and shows a legend", () => {
    const { container } = render(<VolumeChart plan={plan} />);
    const bars = [...container.querySelectorAll("rect[data-week]")];
    expect(bars.map((b) => b.getAttribute("data-phase"))).toEqual(plan.weeks.map((w) => w.phase ?? "none"));
    for (const bar of bars.filter((b) => b.getAttribute("data-phase") !== "none")) {
      expect(bar.getAttribute("fill")).toBe(`url(#volume-phase-${bar.getAttribute("data-phase")})`);
    }
    const legend = container.querySelector("figcaption")!;
    expect(within(legend as HTMLElement).getByText("General preparation")).toBeInTheDocument();
    expect(within(legend as HTMLElement).getByText("Race-specific")).toBeInTheDocument();
    expect(within(legend as HTMLElement).getByText("Taper")).toBeInTheDocument();
  });

  it("has an accessible name, a text summary and a data table", () => {
    render(<VolumeChart plan={plan} />);
    const chart = screen.getByRole("img", { name: /Weekly strength volume/ });
    expect(chart).toHaveAccessibleDescription(summariseVolume(plan.weeks));
    const table = screen.getByRole("table", { name: "Strength sets per week" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(plan.weeks.length);
    expect(rows[0]).toHaveTextContent(String(plan.weeks[0].totalSets));
  });

  it("summarises the season's shape in words", () => {
    const summary = summariseVolume(plan.weeks);
    const peak = Math.max(...plan.weeks.map((w) => w.totalSets));
    expect(summary).toContain(`${plan.weeks.length} weeks`);
    expect(summary).toContain(`peaking at ${peak} sets`);
    expect(summary).toMatch(/General preparation, weeks 1–\d+/);
    expect(summary).toMatch(/Taper, weeks? [\d–]+: 0 sets a week/);
  });
});
