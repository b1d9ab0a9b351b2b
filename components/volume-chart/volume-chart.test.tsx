// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { VolumeChart, summariseSessions, summariseVolume } from "./volume-chart";
import { buildMarathonPlan } from "@/tests/fixtures/plans";
import golden from "@/tests/golden/plans/logged-8-weeks.json";
import type { TPlan } from "@/lib/engine/types";

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

describe("VolumeChart: sessions done", () => {
  const logged = (golden as unknown as { plan: TPlan }).plan;

  it("marks each week's sessions under its bar: done, to do, skipped", () => {
    const { container } = render(<VolumeChart plan={logged} today="2027-02-20" />);
    const marks = [...container.querySelectorAll("[data-mark]")].map((m) => m.getAttribute("data-mark"));
    expect(marks).toEqual(logged.sessions.map((s) => s.status));
    expect(marks).toContain("done");
    expect(marks).toContain("skipped");
    expect(marks).toContain("planned");
  });

  it("counts done and planned sessions per week in the table and the season so far in the summary", () => {
    render(<VolumeChart plan={logged} today="2027-02-20" />);
    const rows = within(screen.getByRole("table", { name: "Strength sets per week" })).getAllByRole("row").slice(1);
    logged.weeks.forEach((week, i) => {
      const inWeek = logged.sessions.filter((s) => s.date >= week.start && s.date <= week.end);
      const done = inWeek.filter((s) => s.status === "done").length;
      expect(rows[i]).toHaveTextContent(inWeek.length === 0 ? "none" : `${done} of ${inWeek.length} done`);
    });
    const due = logged.sessions.filter((s) => s.date <= "2027-02-20");
    const summary = summariseSessions(logged.sessions, "2027-02-20");
    expect(summary).toBe(`So far ${due.filter((s) => s.status === "done").length} of ${due.length} sessions done and 1 skipped.`);
    expect(screen.getByRole("img", { name: /Weekly strength volume/ })).toHaveAccessibleDescription(`${summariseVolume(logged.weeks)} ${summary}`);
  });
});
