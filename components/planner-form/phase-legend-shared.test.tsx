// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { buildPlan } from "@/lib/engine/build-plan";
import type { TPlan } from "@/lib/engine/types";
import { makeInput } from "@/tests/fixtures/plan-inputs";
import { PHASE_LABELS } from "@/lib/plan-text/labels";
import { SeasonTimeline } from "@/components/season-timeline/season-timeline";
import { PlanPreview } from "./plan-preview";

afterEach(cleanup);

const SEASONS = [
  { name: "a full season", plan: buildPlan(makeInput(), { today: "2027-01-04" }) },
  // Starting 10 days out is where the two used to disagree: "10 days" in one, "1 week" in the other.
  { name: "a 10-day taper", plan: buildPlan(makeInput({ startDate: "2027-05-27" }), { today: "2027-05-27" }) },
];

/** "General preparation: 4 Jan – 28 Mar · 12 weeks" per phase, from the list under `root`. */
function phaseLines(plan: TPlan, root: HTMLElement): string[] {
  return plan.phases.map((phase) => {
    const label = within(root).getAllByText(PHASE_LABELS[phase.kind])[0];
    const item = label.closest("li")!;
    return (item.textContent ?? "").replace(/now/, "").replace(/\s+/g, " ").trim();
  });
}

describe("one phase legend for the preview and the plan page (issue 14.7)", () => {
  it.each(SEASONS)("names each phase with the same words, dates and length in both: $name", ({ plan }) => {
    const preview = render(<PlanPreview state={{ status: "ready", plan }} />);
    const fromPreview = phaseLines(plan, preview.container);
    preview.unmount();
    render(<SeasonTimeline plan={plan} today="2027-01-04" />);
    const fromTimeline = phaseLines(plan, screen.getByRole("figure"));
    expect(fromPreview).toEqual(fromTimeline);
    expect(fromPreview.length).toBe(plan.phases.length);
  });

  it("draws the preview's swatches with the plan page's textures", () => {
    const { plan } = SEASONS[0];
    const { container } = render(<PlanPreview state={{ status: "ready", plan }} />);
    for (const phase of plan.phases) expect(container.querySelector(`pattern#preview-phase-${phase.kind}`)).not.toBeNull();
  });
});
