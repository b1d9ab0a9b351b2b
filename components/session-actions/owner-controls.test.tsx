// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { buildMarathonPlan } from "@/tests/fixtures/plans";
import { OwnerControls } from "./owner-controls";
import { buildSessionActionData } from "./session-action-data";

const router = { refresh: vi.fn() };
vi.mock("next/navigation", () => ({ useRouter: () => router }));

const PLAN_ID = "ownerPlanId00000000000";
const TOKEN = "t0ken-owner";
const plan = buildMarathonPlan();
const session = plan.sessions.find((s) => s.date === "2026-11-11")!;

type TCall = { url: string; method: string; auth: string | null; body: unknown };
let calls: TCall[];
let replies: (Response | "network-error")[];

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

beforeEach(() => {
  window.localStorage.clear();
  calls = [];
  replies = [];
  router.refresh.mockReset();
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    const headers = new Headers(init.headers);
    calls.push({ url, method: init.method ?? "GET", auth: headers.get("Authorization"), body: init.body ? JSON.parse(String(init.body)) : undefined });
    const reply = replies.shift() ?? json(200, { plan, warnings: [] });
    if (reply === "network-error") throw new TypeError("Failed to fetch");
    return reply;
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderControls(overrides: Partial<ReturnType<typeof buildSessionActionData>> = {}, today = session.date) {
  const data = { ...buildSessionActionData({ planId: PLAN_ID, plan, session, today }), ...overrides };
  return render(<OwnerControls data={data} />);
}

function own() {
  window.localStorage.setItem(`stridelift:edit:${PLAN_ID}`, TOKEN);
}

describe("OwnerControls", () => {
  it("shows nothing without this plan's edit token", () => {
    window.localStorage.setItem("stridelift:edit:someOtherPlan000000000", TOKEN);
    const { container } = renderControls();
    expect(container).toBeEmptyDOMElement();
  });

  it("offers mark done, log, move and skip to the owner, with 44 px targets", () => {
    own();
    renderControls();
    const group = screen.getByRole("group", { name: /Your changes to Strength A on Wed 11 Nov/ });
    const names = within(group).getAllByRole("button").map((b) => b.textContent);
    expect(names).toEqual(["Mark done", "Log in detail", "Move", "Skip"]);
    for (const button of within(group).getAllByRole("button")) expect(button.className).toContain("min-h-11");
  });

  it("lists only the week's legal dates in the Move menu, says why the others are not, and moves with PATCH", async () => {
    own();
    const user = userEvent.setup();
    renderControls();
    await user.click(screen.getByRole("button", { name: "Move" }));
    expect(screen.getByRole("button", { name: "Move" })).toHaveAttribute("aria-expanded", "true");
    const menu = screen.getByRole("group", { name: "Move Strength A on Wed 11 Nov" });
    const choices = within(within(menu).getByRole("list", { name: "Days you can move it to" })).getAllByRole("button");
    expect(choices.map((b) => b.textContent)).toEqual(["Thu 12 Nov · Easy run"]);
    expect(choices[0]).toHaveFocus();
    expect(menu).toHaveTextContent("Saturday 14 November is the day before your long run");
    expect(menu).toHaveTextContent("Friday 13 November already has Strength B");

    replies.push(json(200, { plan, warnings: [{ code: "back-to-back", message: "Strength A on Thursday 12 November is next to Strength B on Friday 13 November: back-to-back sessions are allowed, but a day between them recovers better" }] }));
    await user.click(choices[0]);
    await waitFor(() => expect(router.refresh).toHaveBeenCalled());
    expect(calls).toEqual([{ url: `/api/plans/${PLAN_ID}/sessions/${session.id}`, method: "PATCH", auth: `Bearer ${TOKEN}`, body: { date: "2026-11-12" } }]);
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("Moved to Thu 12 Nov · Easy run.");
    expect(status).toHaveTextContent(/back-to-back sessions are allowed/);
  });

  it("closes the Move menu with Escape and returns to the Move button", async () => {
    own();
    const user = userEvent.setup();
    renderControls();
    await user.click(screen.getByRole("button", { name: "Move" }));
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("group", { name: /^Move / })).toBeNull();
    expect(screen.getByRole("button", { name: "Move" })).toHaveFocus();
  });

  it("puts a moved session back with { date: null }", async () => {
    own();
    const user = userEvent.setup();
    renderControls({ putBack: { date: "2026-11-11", label: "Wed 11 Nov · Easy run" } });
    await user.click(screen.getByRole("button", { name: "Move" }));
    await user.click(screen.getByRole("button", { name: /Put back on Wed 11 Nov/ }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].body).toEqual({ date: null });
  });

  it("skips and unskips with PATCH status", async () => {
    own();
    const user = userEvent.setup();
    const first = renderControls();
    await user.click(screen.getByRole("button", { name: "Skip" }));
    await waitFor(() => expect(router.refresh).toHaveBeenCalled());
    expect(calls[0].body).toEqual({ status: "skipped" });
    first.unmount();
    renderControls({ status: "skipped" });
    expect(screen.queryByRole("button", { name: "Mark done" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Unskip" }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1].body).toEqual({ status: "planned" });
  });

  it("says what went wrong: the rule for a 422, the edit link for 401/403, a vanished session for 404, the network", async () => {
    own();
    const user = userEvent.setup();
    renderControls();
    const cases: [Response | "network-error", RegExp][] = [
      [json(422, { error: { code: "illegal_date", message: "Saturday 14 November is the day before your long run" } }), /^Saturday 14 November is the day before your long run$/],
      [json(401, { error: { code: "unauthorized", message: "Send the token" } }), /edit link does not match/],
      [json(403, { error: { code: "forbidden", message: "Wrong token" } }), /edit link does not match/],
      [json(404, { error: { code: "not_found", message: "No such plan." } }), /no longer in the plan/],
      ["network-error", /Could not reach Stridelift/],
    ];
    for (const [reply, expected] of cases) {
      replies.push(reply);
      await user.click(screen.getByRole("button", { name: "Skip" }));
      await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(expected));
    }
    expect(router.refresh).not.toHaveBeenCalled();
  });

  it("marks done through the log outbox: a PUT of the prescription as done", async () => {
    own();
    const user = userEvent.setup();
    renderControls();
    replies.push(json(200, { plan }));
    await user.click(screen.getByRole("button", { name: "Mark done" }));
    await waitFor(() => expect(router.refresh).toHaveBeenCalled());
    expect(calls[0]).toMatchObject({ url: `/api/plans/${PLAN_ID}/sessions/${session.id}/log`, method: "PUT", auth: `Bearer ${TOKEN}` });
    expect(calls[0].body).toEqual(buildSessionActionData({ planId: PLAN_ID, plan, session, today: session.date }).doneBody);
    expect(screen.getByRole("status")).toHaveTextContent("Logged as done");
  });

  it("does not offer logging before the day before the session", () => {
    own();
    renderControls({}, "2026-11-02");
    expect(screen.queryByRole("button", { name: "Mark done" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Log in detail" })).toBeNull();
    expect(screen.getByText("You can log this session from the day before it.")).toBeInTheDocument();
  });

  it("offers edit and remove for a logged session; remove is a DELETE", async () => {
    own();
    const user = userEvent.setup();
    renderControls({ status: "done", hasLog: true });
    expect(screen.queryByRole("button", { name: "Skip" })).toBeNull();
    expect(screen.getByRole("button", { name: "Edit log" })).toBeInTheDocument();
    replies.push(new Response(null, { status: 204 }));
    await user.click(screen.getByRole("button", { name: "Remove log" }));
    await waitFor(() => expect(router.refresh).toHaveBeenCalled());
    expect(calls[0]).toMatchObject({ url: `/api/plans/${PLAN_ID}/sessions/${session.id}/log`, method: "DELETE" });
  });
});

describe("LogForm (loaded on first use)", () => {
  it("has a box per set prefilled with the prescription, reps in reserve once, and sends what was typed", async () => {
    own();
    const user = userEvent.setup();
    renderControls();
    await user.click(screen.getByRole("button", { name: "Log in detail" }));
    const form = await screen.findByRole("form", { name: "Log Strength A on Wed 11 Nov" });
    const first = session.exercises[0];
    const reps = within(form).getAllByRole("spinbutton", { name: new RegExp(`^${first.name}, set \\d+:\\s*(Reps|Seconds)$`) });
    expect(reps).toHaveLength(first.sets);
    for (const box of reps) expect(box).toHaveValue(first.reps ?? first.seconds);
    expect(within(form).getAllByRole("combobox", { name: /Reps in reserve after the last set/ })).toHaveLength(session.exercises.filter((e) => e.reps !== undefined || e.seconds !== undefined).length);
    await user.clear(reps[2]);
    await user.type(reps[2], "7");
    await user.selectOptions(within(form).getAllByRole("combobox")[0], "2");
    await user.type(within(form).getByRole("textbox", { name: /Note/ }), "Felt strong");
    replies.push(json(200, { plan }));
    await user.click(within(form).getByRole("button", { name: "Save log" }));
    await waitFor(() => expect(router.refresh).toHaveBeenCalled());
    const body = calls[0].body as { status: string; note: string; exercises: { exerciseId: string; sets: { reps?: number }[]; rir?: number }[] };
    expect(body.status).toBe("done");
    expect(body.note).toBe("Felt strong");
    expect(body.exercises[0]).toMatchObject({ exerciseId: first.exerciseId, rir: 2 });
    expect(body.exercises[0].sets.map((s) => s.reps)).toEqual([first.reps, first.reps, 7]);
  });

  it("puts the schema's and the server's field issues on their boxes", async () => {
    own();
    const user = userEvent.setup();
    renderControls();
    await user.click(screen.getByRole("button", { name: "Log in detail" }));
    const form = await screen.findByRole("form");
    const first = session.exercises[0];
    const boxes = within(form).getAllByRole("spinbutton", { name: new RegExp(`^${first.name}, set \\d+:\\s*Reps$`) });
    await user.clear(boxes[1]);
    await user.click(within(form).getByRole("button", { name: "Save log" }));
    await waitFor(() => expect(boxes[1]).toHaveAttribute("aria-invalid", "true"));
    expect(boxes[1]).toHaveAccessibleDescription("Give each set its reps or seconds");
    // react-hook-form moves focus after it marks the box, a tick later under a loaded runner.
    await waitFor(() => expect(boxes[1]).toHaveFocus());
    expect(calls).toHaveLength(0);

    await user.type(boxes[1], "10");
    replies.push(json(422, { error: { code: "validation_failed", message: "Some fields of the log do not fit this session; see issues.", issues: [{ path: "exercises.0.sets.0.reps", message: "At most 100 reps in a set" }] } }));
    await user.click(within(form).getByRole("button", { name: "Save log" }));
    await waitFor(() => expect(boxes[0]).toHaveAttribute("aria-invalid", "true"));
    expect(boxes[0]).toHaveAccessibleDescription("At most 100 reps in a set");
    expect(boxes[1]).not.toHaveAttribute("aria-invalid");
    expect(router.refresh).not.toHaveBeenCalled();
  });
});
