// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { act, cleanup, render, screen } from "@testing-library/react";
import { PlanHeader, describeNow } from "./plan-header";
import { NewPlanBanner } from "./new-plan-banner";
import { planLinks } from "./plan-links";
import { buildMarathonPlan } from "@/tests/fixtures/plans";

const plan = buildMarathonPlan();
const ID = "abcDEF123_-xyzXYZ00000";
const links = planLinks({ id: ID, host: "stridelift.example", forwardedProto: null });

beforeEach(() => {
  window.localStorage.clear();
  window.sessionStorage.clear();
});
afterEach(cleanup);

describe("PlanHeader", () => {
  it("counts down to each race from today", () => {
    render(<PlanHeader planId={ID} plan={plan} today="2027-03-01" links={links} />);
    const counts = screen.getAllByTestId("race-countdown").map((el) => el.textContent);
    expect(counts).toEqual(["Raced 36 days ago", "6 days to go", "55 days to go"]);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Strength plan for Spring Marathon");
  });

  it("names the phase today falls in", () => {
    render(<PlanHeader planId={ID} plan={plan} today="2027-04-15" links={links} />);
    expect(screen.getByTestId("phase-now")).toHaveTextContent(/Taper, week 24 of 27/);
    expect(describeNow(plan, "2026-10-01").text).toMatch(/starts Monday, 2 November 2026/);
    expect(describeNow(plan, "2027-12-01").text).toMatch(/complete/);
  });

  it("links to the webcal feed, the https feed, the download and the print view", () => {
    render(<PlanHeader planId={ID} plan={plan} today="2027-03-01" links={links} />);
    expect(screen.getByRole("link", { name: /subscribe/i }).getAttribute("href")).toBe(`webcal://stridelift.example/api/plans/${ID}/calendar.ics`);
    expect(screen.getByRole("link", { name: /feed link/i }).getAttribute("href")).toBe(`https://stridelift.example/api/plans/${ID}/calendar.ics`);
    expect(screen.getByRole("link", { name: /download/i }).getAttribute("href")).toBe(`/api/plans/${ID}/calendar.ics?download=1`);
    expect(screen.getByRole("link", { name: /print/i }).getAttribute("href")).toBe(`/plans/${ID}/print`);
  });

  it("offers Edit only when this browser holds the edit token", () => {
    const first = render(<PlanHeader planId={ID} plan={plan} today="2027-03-01" links={links} />);
    expect(screen.queryByRole("link", { name: /edit plan/i })).toBeNull();
    expect(screen.getByTestId("edit-needs-link")).toHaveTextContent(/private edit link/);
    first.unmount();
    window.localStorage.setItem(`stridelift:edit:${ID}`, "t0ken");
    render(<PlanHeader planId={ID} plan={plan} today="2027-03-01" links={links} />);
    expect(screen.getByRole("link", { name: /edit plan/i }).getAttribute("href")).toBe(`/plans/${ID}/edit#token=t0ken`);
  });

  it("uses http for a local host", () => {
    expect(planLinks({ id: "x", host: "localhost:3200", forwardedProto: null }).feed).toBe("http://localhost:3200/api/plans/x/calendar.ics");
  });
});

describe("NewPlanBanner", () => {
  it("shows the private edit link once, then clears the one-time key", async () => {
    window.sessionStorage.setItem(`stridelift:new:${ID}`, "s3cret");
    await act(async () => {
      render(<NewPlanBanner planId={ID} />);
    });
    expect(screen.getByRole("textbox", { name: /private edit link/i })).toHaveValue(`${window.location.origin}/plans/${ID}/edit#token=s3cret`);
    expect(screen.getByText(/only way to edit/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /copy link/i })).toBeInTheDocument();
    expect(window.sessionStorage.getItem(`stridelift:new:${ID}`)).toBeNull();
  });

  it("shows nothing without the key", () => {
    const { container } = render(<NewPlanBanner planId="otherPlanId0000000000a" />);
    expect(container).toBeEmptyDOMElement();
  });
});
