// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import { buildMarathonPlan } from "@/tests/fixtures/plans";
import { WeekCalendar, WEEK_DAYS_LIST_ID } from "@/components/week-calendar/week-calendar";
import { selectWeek } from "@/components/week-calendar/select-week";
import { listMoveOptions } from "./session-action-data";
import { WeekDragDrop } from "./week-drag-drop";

const router = { refresh: vi.fn() };
vi.mock("next/navigation", () => ({ useRouter: () => router }));

const PLAN_ID = "dragPlanId000000000000";
const plan = buildMarathonPlan();
const selection = selectWeek(plan, { requested: "2026-11-09", today: "2026-11-09" })!;
const sessions = plan.sessions.filter((s) => s.date >= "2026-11-09" && s.date <= "2026-11-15");
const moves = Object.fromEntries(sessions.map((s) => [s.id, listMoveOptions(plan, s)]));
const dragged = sessions.find((s) => s.date === "2026-11-11")!;
let bodies: unknown[];

beforeEach(() => {
  window.localStorage.clear();
  bodies = [];
  router.refresh.mockReset();
  vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
    bodies.push(JSON.parse(String(init.body)));
    return new Response(JSON.stringify({ plan, warnings: [] }), { status: 200, headers: { "Content-Type": "application/json" } });
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderWeek() {
  return render(
    <WeekCalendar plan={plan} weeks={selection.weeks} position={selection.position} currentPosition={selection.currentPosition} today="2026-11-09" basePath="/plans/x">
      <WeekDragDrop planId={PLAN_ID} listId={WEEK_DAYS_LIST_ID} moves={moves} />
    </WeekCalendar>,
  );
}

/** jsdom has no DragEvent: a plain event carrying a DataTransfer stand-in. */
function drag(type: string, target: Element) {
  const data = new Map<string, string>();
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, "dataTransfer", {
    value: { setData: (k: string, v: string) => data.set(k, v), getData: (k: string) => data.get(k) ?? "", effectAllowed: "all", dropEffect: "none" },
  });
  act(() => {
    target.dispatchEvent(event);
  });
  return event;
}

const chip = () => document.querySelector(`a[data-session-id="${dragged.id}"]`)!;
const cell = (date: string) => document.querySelector(`li[data-date="${date}"]`)!;

describe("WeekDragDrop", () => {
  it("does nothing for a visitor without the edit token", () => {
    renderWeek();
    drag("dragstart", chip());
    expect(cell("2026-11-12").getAttribute("data-drop")).toBeNull();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("marks legal and illegal days while dragging, says why over an illegal one, and moves on a legal drop", async () => {
    window.localStorage.setItem(`stridelift:edit:${PLAN_ID}`, "tok");
    renderWeek();
    drag("dragstart", chip());
    expect(cell("2026-11-12").getAttribute("data-drop")).toBe("ok");
    expect(cell("2026-11-14").getAttribute("data-drop")).toBe("no");
    expect(cell("2026-11-11").getAttribute("data-drop")).toBe("from");

    const overIllegal = drag("dragover", cell("2026-11-14").querySelector("p")!);
    expect(overIllegal.defaultPrevented).toBe(false);
    expect(screen.getByRole("status")).toHaveTextContent("Saturday 14 November is the day before your long run");

    const overLegal = drag("dragover", cell("2026-11-12"));
    expect(overLegal.defaultPrevented).toBe(true);
    expect(screen.getByRole("status")).toHaveTextContent("Drop to move it to Thu 12 Nov · Easy run.");

    drag("drop", cell("2026-11-12"));
    await waitFor(() => expect(router.refresh).toHaveBeenCalled());
    expect(bodies).toEqual([{ date: "2026-11-12" }]);
    expect(screen.getByRole("status")).toHaveTextContent("Moved to Thu 12 Nov · Easy run.");
    expect(cell("2026-11-12").getAttribute("data-drop")).toBeNull();
  });

  it("sends nothing for a drop on an illegal day", async () => {
    window.localStorage.setItem(`stridelift:edit:${PLAN_ID}`, "tok");
    renderWeek();
    drag("dragstart", chip());
    drag("drop", cell("2026-11-15"));
    drag("dragend", chip());
    expect(bodies).toEqual([]);
    expect(cell("2026-11-12").getAttribute("data-drop")).toBeNull();
  });
});
