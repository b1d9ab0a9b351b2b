// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ZPlanInput, type TResolvedPlanInput } from "@/lib/plan-input";
import { EditPlanForm } from "./edit-plan-form";
import { editTokenKey, savedPlanKey } from "./edit-token-storage";
import { installFakeApi } from "./test-support/fake-api";
import { PlannerSections } from "./planner-sections";

const router = { push: vi.fn(), replace: vi.fn(), refresh: vi.fn(), back: vi.fn(), forward: vi.fn(), prefetch: vi.fn() };
vi.mock("next/navigation", () => ({ useRouter: () => router }));

const ID = "b1f6a3c2-7d4e-4f1a-9c3b-2e5d8a7f6c10";

const STORED: TResolvedPlanInput = {
  races: [
    { date: "2027-05-02", name: "Spring Half", distance: "half", priority: "A" },
    { date: "2027-03-14", distance: "10k", priority: "C" },
  ],
  startDate: "2027-01-04",
  schedule: { mon: "rest", tue: "hard", wed: "easy", thu: "cross", fri: "rest", sat: "long", sun: "easy" },
  equipment: ["dumbbells", "mat"],
  experience: "experienced",
  sessionMinutes: 60,
  taper: "light",
  units: "kg",
  timeZone: "Europe/Berlin",
  sessionTime: "07:15",
  reminderMinutes: 20,
};

function setUrl(suffix: string) {
  window.history.replaceState(null, "", `/plans/${ID}/edit${suffix}`);
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  router.push.mockReset();
  setUrl("");
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("edit page form", () => {
  it("explains that the private edit link is needed when there is no token", async () => {
    installFakeApi();
    render(<EditPlanForm id={ID} input={STORED} fields={<PlannerSections />} />);
    expect(await screen.findByRole("heading", { name: "You need your private edit link" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Save and rebuild" })).not.toBeInTheDocument();
  });

  it("accepts a pasted edit link, then shows the form", async () => {
    installFakeApi();
    const user = userEvent.setup();
    render(<EditPlanForm id={ID} input={STORED} fields={<PlannerSections />} />);
    await user.type(await screen.findByLabelText("Private edit link"), "not a link!");
    await user.click(screen.getByRole("button", { name: "Use this link" }));
    expect(screen.getByLabelText("Private edit link")).toHaveAccessibleDescription(/doesn't look like an edit link/);

    await user.clear(screen.getByLabelText("Private edit link"));
    await user.type(screen.getByLabelText("Private edit link"), `https://example.test/plans/${ID}/edit#token=pasted-token`);
    await user.click(screen.getByRole("button", { name: "Use this link" }));
    expect(await screen.findByRole("button", { name: "Save and rebuild" })).toBeInTheDocument();
  });

  it("prefills every stored answer and saves with PUT and the token from the #fragment", async () => {
    setUrl("#token=frag-token");
    const api = installFakeApi({ [`PUT /api/plans/${ID}`]: { status: 200, body: { id: ID } } });
    const user = userEvent.setup();
    render(<EditPlanForm id={ID} input={STORED} fields={<PlannerSections />} />);

    const save = await screen.findByRole("button", { name: "Save and rebuild" });
    expect(screen.getAllByLabelText("Race date").map((el) => (el as HTMLInputElement).value)).toEqual(["2027-05-02", "2027-03-14"]);
    expect(screen.getAllByLabelText("Name (optional)")[0]).toHaveValue("Spring Half");
    expect(screen.getByLabelText("Session time (optional)")).toHaveValue("07:15");
    expect(screen.getByLabelText("Time zone")).toHaveValue("Europe/Berlin");
    expect(screen.getByRole("radio", { name: "60 min" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Dumbbells" })).toBeChecked();

    await user.click(screen.getByRole("radio", { name: "45 min" }));
    await user.click(save);

    await waitFor(() => expect(api.callsTo("PUT", `/api/plans/${ID}`)).toHaveLength(1));
    const [call] = api.callsTo("PUT", `/api/plans/${ID}`);
    expect(call.headers.authorization).toBe("Bearer frag-token");
    expect(call.body).toEqual({ ...STORED, sessionMinutes: 45 });
    expect(ZPlanInput.safeParse(call.body).success).toBe(true);
    await waitFor(() => expect(router.push).toHaveBeenCalledWith(`/plans/${ID}`));
    expect(screen.getAllByRole("status").some((node) => node.textContent?.startsWith("Saved."))).toBe(true);
    expect(sessionStorage.getItem(savedPlanKey(ID))).toBe("1");
    // Accepted by the server, so this browser keeps it for next time.
    expect(localStorage.getItem(editTokenKey(ID))).toBe("frag-token");
  });

  it("uses the token this browser kept when the link has none", async () => {
    localStorage.setItem(editTokenKey(ID), "kept-token");
    const api = installFakeApi({ [`PUT /api/plans/${ID}`]: { status: 200, body: {} } });
    const user = userEvent.setup();
    render(<EditPlanForm id={ID} input={STORED} fields={<PlannerSections />} />);
    await user.click(await screen.findByRole("button", { name: "Save and rebuild" }));
    await waitFor(() => expect(api.callsTo("PUT", `/api/plans/${ID}`)[0]?.headers.authorization).toBe("Bearer kept-token"));
  });

  it.each([401, 403])("explains a rejected token (%i) and changes nothing, not even the kept token", async (status) => {
    localStorage.setItem(editTokenKey(ID), "good-token");
    setUrl("#token=wrong");
    installFakeApi({ [`PUT /api/plans/${ID}`]: { status, body: { error: { code: "forbidden", message: "Wrong token" } } } });
    const user = userEvent.setup();
    render(<EditPlanForm id={ID} input={STORED} fields={<PlannerSections />} />);
    await user.click(await screen.findByRole("button", { name: "Save and rebuild" }));
    expect(await screen.findByText(/This edit link doesn't match this plan, so nothing was changed/)).toBeInTheDocument();
    expect(router.push).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Save and rebuild" })).toBeEnabled();
    expect(localStorage.getItem(editTokenKey(ID))).toBe("good-token");
  });

  it("deletes the plan only after the confirmation, with the token, and forgets the token", async () => {
    localStorage.setItem(editTokenKey(ID), "kept-token");
    const api = installFakeApi({ [`DELETE /api/plans/${ID}`]: { status: 204, body: null } });
    const user = userEvent.setup();
    render(<EditPlanForm id={ID} input={STORED} fields={<PlannerSections />} />);
    await user.click(await screen.findByRole("button", { name: "Delete this plan…" }));
    expect(api.callsTo("DELETE", `/api/plans/${ID}`)).toHaveLength(0);
    expect(screen.getByText(/Delete the plan, its logs and its calendar feed\? This cannot be undone/)).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Keep it" }));
    expect(api.callsTo("DELETE", `/api/plans/${ID}`)).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Delete this plan…" }));
    await user.click(screen.getByRole("button", { name: "Yes, delete the plan" }));
    expect(await screen.findByRole("heading", { name: "Your plan is deleted" })).toHaveFocus();
    const calls = api.callsTo("DELETE", `/api/plans/${ID}`);
    expect(calls).toHaveLength(1);
    expect(calls[0].headers.authorization).toBe("Bearer kept-token");
    expect(localStorage.getItem(editTokenKey(ID))).toBeNull();
  });

  it("keeps the plan and says so when the server refuses the delete", async () => {
    localStorage.setItem(editTokenKey(ID), "kept-token");
    installFakeApi({ [`DELETE /api/plans/${ID}`]: { status: 403, body: { error: { code: "forbidden", message: "Wrong token" } } } });
    const user = userEvent.setup();
    render(<EditPlanForm id={ID} input={STORED} fields={<PlannerSections />} />);
    await user.click(await screen.findByRole("button", { name: "Delete this plan…" }));
    await user.click(screen.getByRole("button", { name: "Yes, delete the plan" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("This edit link doesn't match this plan, so nothing was deleted.");
    expect(localStorage.getItem(editTokenKey(ID))).toBe("kept-token");
    expect(screen.queryByRole("heading", { name: "Your plan is deleted" })).toBeNull();
  });
});
