// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CreatePlanForm } from "./create-plan-form";
import { installFakeApi } from "./test-support/fake-api";
import { PlannerSections } from "./planner-sections";

const router = { push: vi.fn(), replace: vi.fn(), refresh: vi.fn(), back: vi.fn(), forward: vi.fn(), prefetch: vi.fn() };
vi.mock("next/navigation", () => ({ useRouter: () => router }));

async function typeInto(user: UserEvent, element: HTMLElement, text: string) {
  await user.clear(element);
  if (text) await user.type(element, text);
}

function lastPreviewBody(api: ReturnType<typeof installFakeApi>): Record<string, unknown> {
  const calls = api.callsTo("POST", "/api/plans/preview");
  return calls[calls.length - 1]?.body as Record<string, unknown>;
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("weeks that differ (section 9 on the form)", () => {
  it("gives one week its own run days: the seven dates go to runDays and the preview asks with them", async () => {
    const api = installFakeApi();
    const user = userEvent.setup();
    render(<CreatePlanForm fields={<PlannerSections />} />);
    await typeInto(user, screen.getByLabelText("Start date"), "2027-01-04");
    await typeInto(user, screen.getByLabelText("Race date"), "2027-05-02");
    await typeInto(user, screen.getByLabelText("A day of that week"), "2027-02-10");
    // Prefilled from the usual week; the long run moves from Saturday to Sunday.
    expect(screen.getByLabelText("Sat 13 Feb")).toHaveValue("long");
    await user.selectOptions(screen.getByLabelText("Sat 13 Feb"), "easy");
    await user.selectOptions(screen.getByLabelText("Sun 14 Feb"), "long");
    await user.click(screen.getByRole("button", { name: "Use this week" }));
    await waitFor(() =>
      expect(lastPreviewBody(api).runDays).toEqual({
        "2027-02-08": "rest",
        "2027-02-09": "hard",
        "2027-02-10": "easy",
        "2027-02-11": "easy",
        "2027-02-12": "rest",
        "2027-02-13": "easy",
        "2027-02-14": "long",
      }),
    );
    expect(screen.getByText(/Week of .*8 Feb 2027 · 7 days/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: /Back to the usual week: week of/ }));
    await waitFor(() => expect(lastPreviewBody(api)).not.toHaveProperty("runDays"));
  });

  it("adds a break with its reason, and the schema's message lands on its box", async () => {
    const api = installFakeApi();
    const user = userEvent.setup();
    render(<CreatePlanForm fields={<PlannerSections />} />);
    await typeInto(user, screen.getByLabelText("Start date"), "2027-01-04");
    await typeInto(user, screen.getByLabelText("Race date"), "2027-05-02");
    await user.click(screen.getByRole("button", { name: "Add a break" }));
    expect(screen.getByLabelText("First day")).toHaveFocus();
    await typeInto(user, screen.getByLabelText("First day"), "2027-03-10");
    await typeInto(user, screen.getByLabelText("Last day"), "2027-03-01");
    await user.selectOptions(screen.getByLabelText("Reason"), "travel");
    await user.click(screen.getByRole("button", { name: "Build my season" }));
    await waitFor(() => expect(screen.getByLabelText("Last day")).toHaveAttribute("aria-invalid", "true"));
    expect(api.callsTo("POST", "/api/plans")).toHaveLength(0);

    await typeInto(user, screen.getByLabelText("Last day"), "2027-03-16");
    await waitFor(() => expect(lastPreviewBody(api).breaks).toEqual([{ start: "2027-03-10", end: "2027-03-16", reason: "travel" }]));
  });

  it("applies an imported run plan: its season's days go to runDays, days outside the season are left out and said so", async () => {
    const days = ["2026-12-28", "2027-01-04", "2027-01-05", "2027-05-09"].map((date) => ({ date, kind: "hard", confidence: "high", events: [{ summary: "Intervals", kind: "hard" }] }));
    const api = installFakeApi({
      "POST /api/run-plan/import": { status: 200, body: { days, range: { start: "2026-12-28", end: "2027-05-09" }, races: [], ignored: [], warnings: [] } },
    });
    const user = userEvent.setup();
    render(<CreatePlanForm fields={<PlannerSections />} />);
    await typeInto(user, screen.getByLabelText("Start date"), "2027-01-04");
    await typeInto(user, screen.getByLabelText("Race date"), "2027-05-02");
    await user.click(screen.getByRole("radio", { name: "Paste the calendar" }));
    await user.click(screen.getByLabelText("Calendar text (.ics)"));
    await user.paste("BEGIN:VCALENDAR\nEND:VCALENDAR");
    await user.click(screen.getByRole("button", { name: "Read my run plan" }));
    await user.click(await screen.findByRole("button", { name: "Apply to my plan" }));
    await waitFor(() => expect(lastPreviewBody(api).runDays).toEqual({ "2027-01-04": "hard", "2027-01-05": "hard" }));
    expect(screen.getByText(/2 of the 4 imported days are in your season/)).toBeInTheDocument();
    expect(lastPreviewBody(api)).not.toHaveProperty("runPlanSource");
  });
});
