// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { editTokenKey } from "@/components/planner-form/edit-token-storage";
import { installFakeApi } from "@/components/planner-form/test-support/fake-api";
import { RefreshRunPlan } from "./refresh-run-plan";

const router = { push: vi.fn(), replace: vi.fn(), refresh: vi.fn(), back: vi.fn(), forward: vi.fn(), prefetch: vi.fn() };
vi.mock("next/navigation", () => ({ useRouter: () => router }));

const ID = "plan-1";
const SOURCE = { url: "https://cal.example.com/runna.ics", name: "Runna", fetchedAt: "2026-12-01T23:30:00.000Z" };
const URL_PATH = `/api/plans/${ID}/run-plan/refresh`;

beforeEach(() => {
  localStorage.clear();
  router.refresh.mockReset();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("RefreshRunPlan", () => {
  it("says where the run weeks come from and when they were read, in the plan's zone", () => {
    installFakeApi();
    render(<RefreshRunPlan planId={ID} source={SOURCE} timeZone="Pacific/Auckland" />);
    // 23:30 UTC on 1 December is already 2 December in Auckland.
    expect(screen.getByTestId("run-plan-source")).toHaveTextContent("Run weeks from Runna, last read 2 Dec 2026.");
    expect(screen.queryByRole("button", { name: "Refresh from my run plan" })).toBeNull();
  });

  it("refreshes with the owner's token, says how many dates changed and reloads the plan", async () => {
    localStorage.setItem(editTokenKey(ID), "tok");
    const api = installFakeApi({ [`POST ${URL_PATH}`]: { status: 200, body: { plan: {}, changedDates: ["2027-01-09", "2027-01-10"] } } });
    const user = userEvent.setup();
    render(<RefreshRunPlan planId={ID} source={SOURCE} timeZone="UTC" />);
    await user.click(screen.getByRole("button", { name: "Refresh from my run plan" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Updated: 2 dates changed");
    expect(api.callsTo("POST", URL_PATH)[0].headers.authorization).toBe("Bearer tok");
    expect(router.refresh).toHaveBeenCalledTimes(1);
  });

  it("shows the server's reason when the link cannot be read, and reloads nothing", async () => {
    localStorage.setItem(editTokenKey(ID), "tok");
    installFakeApi({ [`POST ${URL_PATH}`]: { status: 502, body: { error: { code: "fetch_failed", message: "The calendar server did not answer in 10 s." } } } });
    const user = userEvent.setup();
    render(<RefreshRunPlan planId={ID} source={SOURCE} timeZone="UTC" />);
    await user.click(screen.getByRole("button", { name: "Refresh from my run plan" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Not refreshed: The calendar server did not answer in 10 s.");
    expect(router.refresh).not.toHaveBeenCalled();
  });
});
