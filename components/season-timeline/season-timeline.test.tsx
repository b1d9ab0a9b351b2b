// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { SeasonTimeline } from "./season-timeline";
import { buildMarathonPlan } from "@/tests/fixtures/plans";

afterEach(cleanup);

const plan = buildMarathonPlan();

describe("SeasonTimeline", () => {
  it("draws one segment per phase, in order, covering every kind", () => {
    const { container } = render(<SeasonTimeline plan={plan} today="2026-12-01" />);
    const segments = [...container.querySelectorAll("rect[data-phase]")];
    expect(segments.map((s) => s.getAttribute("data-phase"))).toEqual(plan.phases.map((p) => p.kind));
    expect(new Set(plan.phases.map((p) => p.kind))).toEqual(new Set(["general", "race-specific", "taper", "recovery"]));
    // Each segment starts where the previous one ended.
    const xs = segments.map((s) => parseFloat(s.getAttribute("x")!));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it("marks every race by priority, and names the phases and races in text", () => {
    const { container } = render(<SeasonTimeline plan={plan} today="2026-12-01" />);
    const markers = [...container.querySelectorAll("[data-race-priority]")].map((m) => m.getAttribute("data-race-priority"));
    expect(markers.sort()).toEqual(["A", "B", "C"]);
    const races = within(screen.getByRole("heading", { name: "Races" }).nextElementSibling as HTMLElement).getAllByRole("listitem");
    expect(races.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/Winter 5K C race \(training race\) · 24 Jan 2027/),
      expect.stringMatching(/Tune-up Half B race \(tune-up\) · 7 Mar 2027/),
      expect.stringMatching(/Spring Marathon A race \(target\) · 25 Apr 2027 · in 145 days/),
    ]);
    expect(screen.getAllByText("Taper").length).toBeGreaterThan(0);
    expect(screen.getByRole("img").getAttribute("aria-label")).toMatch(/Race-specific .*Taper .*Recovery/);
  });

  it("shows a today marker only when today is inside the season", () => {
    const inside = render(<SeasonTimeline plan={plan} today="2026-12-01" />);
    expect(inside.getByTestId("timeline-today")).toBeInTheDocument();
    inside.unmount();
    const before = render(<SeasonTimeline plan={plan} today="2026-01-01" />);
    expect(before.queryByTestId("timeline-today")).toBeNull();
  });
});
