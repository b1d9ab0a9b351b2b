// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { buildMarathonPlan } from "@/tests/fixtures/plans";
import { findTodaySession, TodaySession } from "./today-session";

afterEach(cleanup);

const plan = buildMarathonPlan({ sessionTime: "06:45" });
const ID = "todayPlanId00000000000";

describe("TodaySession", () => {
  it("shows today's session with a one-tap Start workout link", () => {
    const session = plan.sessions[2];
    render(<TodaySession planId={ID} plan={plan} today={session.date} basePath={`/plans/${ID}`} />);
    expect(screen.getByRole("heading", { name: "Today" })).toBeInTheDocument();
    expect(screen.getByText(session.title)).toBeInTheDocument();
    expect(screen.getByText(/at 06:45 · /)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Start workout" }).getAttribute("href")).toBe(`/plans/${ID}/sessions/${session.id}/workout`);
    expect(screen.getByRole("link", { name: "See the session" }).getAttribute("href")).toBe(`/plans/${ID}?week=2026-11-09&session=${session.id}#session-${session.id}`);
  });

  it("shows the next planned session on a day without one, skipping skipped ones", () => {
    const [first, second] = plan.sessions;
    expect(findTodaySession(plan, "2026-11-03")!.id).toBe(plan.sessions.find((s) => s.date > "2026-11-03")!.id);
    const skipped = { ...plan, sessions: plan.sessions.map((s) => (s.id === first.id ? { ...s, status: "skipped" as const } : s)) };
    expect(findTodaySession(skipped, "2026-11-02")!.id).toBe(second.id);
    render(<TodaySession planId={ID} plan={plan} today="2026-11-03" basePath={`/plans/${ID}`} />);
    expect(screen.getByRole("heading", { name: "Your next session" })).toBeInTheDocument();
  });

  it("shows nothing once the season has no sessions left", () => {
    const { container } = render(<TodaySession planId={ID} plan={plan} today="2027-12-01" basePath={`/plans/${ID}`} />);
    expect(container).toBeEmptyDOMElement();
  });
});
