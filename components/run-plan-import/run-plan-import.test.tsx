// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatDate } from "@/lib/dates";
import type { TRunPlanImport } from "@/lib/run-plan/types";
import { RunPlanImport, type TAppliedRunPlan } from "./run-plan-import";

const ICS = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270105\nSUMMARY:Easy 8 km\nEND:VEVENT\nEND:VCALENDAR";
const ZONE = "Europe/London";
// The ICU build decides the exact punctuation ("Thursday, 7 January 2027" in Node).
const THURSDAY = formatDate("2027-01-07", "weekdayLong");

// jsdom's File has no text(); browsers do, and the component relies on it.
if (!("text" in File.prototype)) {
  Object.defineProperty(File.prototype, "text", {
    value(this: File) {
      return new Promise<string>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsText(this);
      });
    },
  });
}

// Mon 4 Jan 2027 to Tue 12 Jan 2027: two weeks, one day the feed left unsure.
const IMPORT: TRunPlanImport = {
  days: [
    { date: "2027-01-04", kind: "rest", confidence: "high", events: [] },
    { date: "2027-01-05", kind: "easy", confidence: "high", events: [{ summary: "Easy 8 km", kind: "easy" }] },
    { date: "2027-01-06", kind: "hard", confidence: "high", events: [{ summary: "Intervals 6x800", kind: "hard" }] },
    { date: "2027-01-07", kind: "easy", confidence: "low", events: [{ summary: "Session with Sam", kind: "easy" }] },
    { date: "2027-01-08", kind: "rest", confidence: "high", events: [] },
    { date: "2027-01-09", kind: "long", confidence: "high", events: [{ summary: "Long run 18 km", kind: "long" }, { summary: "Strides", kind: "easy" }] },
    { date: "2027-01-10", kind: "rest", confidence: "high", events: [] },
    { date: "2027-01-11", kind: "cross", confidence: "high", events: [{ summary: "Bike 45 min", kind: "cross" }] },
    { date: "2027-01-12", kind: "hard", confidence: "high", events: [{ summary: "Tempo 5 km", kind: "hard" }] },
  ],
  range: { start: "2027-01-04", end: "2027-01-12" },
  races: [
    { date: "2027-03-14", name: "City 10K", distance: "10k" },
    { date: "2027-05-02", name: "Spring Half", distance: "half" },
  ],
  ignored: [{ date: "2027-01-06", summary: "Strength A", reason: "strength" }],
  warnings: [{ code: "low_confidence", message: "1 day could not be read with confidence." }],
};

type TCall = { url: string; body: unknown };

function stubFetch(reply: { status: number; body: unknown } = { status: 200, body: IMPORT }) {
  const calls: TCall[] = [];
  const fetchMock = vi.fn(async (url: string | URL | Request, init: RequestInit = {}) => {
    calls.push({ url: String(url), body: typeof init.body === "string" ? JSON.parse(init.body) : init.body });
    return new Response(JSON.stringify(reply.body), { status: reply.status, headers: { "Content-Type": "application/json" } });
  });
  vi.stubGlobal("fetch", fetchMock);
  return { calls, fetchMock };
}

function setup() {
  const onApply = vi.fn<(applied: TAppliedRunPlan) => void>();
  const user = userEvent.setup();
  render(<RunPlanImport timeZone={ZONE} onApply={onApply} />);
  return { user, onApply };
}

async function pasteAndRead(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("radio", { name: "Paste the calendar" }));
  // `paste` rather than `type`: user-event reads braces and brackets as key names.
  await user.click(screen.getByLabelText("Calendar text (.ics)"));
  await user.paste(ICS);
  await user.click(screen.getByRole("button", { name: "Read my run plan" }));
  await screen.findByRole("heading", { name: "Review your run weeks" });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("run plan import", () => {
  it("pasting the calendar and reading it posts { ics, timeZone }", async () => {
    const { calls } = stubFetch();
    const { user } = setup();
    await pasteAndRead(user);
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe("/api/run-plan/import");
    expect(calls[0].body).toEqual({ ics: ICS, timeZone: ZONE });
  });

  it("the review shows Monday-to-Sunday weeks and flags the low-confidence day", async () => {
    stubFetch();
    const { user } = setup();
    await pasteAndRead(user);
    expect(screen.getByText("9 days from 4 Jan 2027 to 12 Jan 2027")).toBeInTheDocument();
    expect(screen.getByText("1 day needs a check")).toBeInTheDocument();
    expect(screen.getByText("1 day could not be read with confidence.")).toBeInTheDocument();
    const first = screen.getByRole("group", { name: "Week of 4 Jan 2027" });
    const second = screen.getByRole("group", { name: "Week of 11 Jan 2027" });
    expect(within(first).getAllByRole("combobox")).toHaveLength(7);
    expect(within(second).getAllByRole("combobox")).toHaveLength(2);
    const unsure = screen.getByRole("combobox", { name: THURSDAY });
    expect(unsure).toHaveAccessibleDescription("Session with Sam Check this day");
    expect(within(first).getAllByText("Check this day")).toHaveLength(1);
    expect(screen.getByText("Long run 18 km · Strides")).toBeInTheDocument();
    expect(screen.getAllByText("No run")).toHaveLength(3);
    expect(screen.getByText("Strength A (6 Jan 2027)")).toBeInTheDocument();
  });

  it("changing one day's kind and applying passes that kind and every other day unchanged", async () => {
    stubFetch();
    const { user, onApply } = setup();
    await pasteAndRead(user);
    await user.selectOptions(screen.getByRole("combobox", { name: THURSDAY }), "Hard");
    await user.click(screen.getByRole("button", { name: "Apply to my plan" }));
    const expected = Object.fromEntries(IMPORT.days.map((day) => [day.date, day.kind]));
    expected["2027-01-07"] = "hard";
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(onApply).toHaveBeenCalledWith({ runDays: expected, races: [], source: null });
    expect(screen.getByRole("status")).toHaveTextContent("Applied: 9 days from your run plan. The preview now shows your real weeks.");
    expect(screen.queryByRole("heading", { name: "Review your run weeks" })).not.toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveFocus();
  });

  it("a ticked race is passed on apply and unticked ones are not", async () => {
    stubFetch();
    const { user, onApply } = setup();
    await pasteAndRead(user);
    const half = screen.getByRole("checkbox", { name: "Add Spring Half (2 May 2027) as a race" });
    expect(half).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Add City 10K (14 Mar 2027) as a race" })).not.toBeChecked();
    await user.click(half);
    await user.click(screen.getByRole("button", { name: "Apply to my plan" }));
    expect(onApply.mock.calls[0][0].races).toEqual([IMPORT.races[1]]);
  });

  it("the link way posts { url, timeZone } and applies with source { url }", async () => {
    const { calls } = stubFetch();
    const { user, onApply } = setup();
    await user.click(screen.getByRole("radio", { name: "Paste a link" }));
    const link = "webcal://app.runna.com/calendar/abc123.ics";
    await user.type(screen.getByLabelText("Calendar link"), link);
    expect(screen.getByText("Where do I find the link?")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Read my run plan" }));
    await screen.findByRole("heading", { name: "Review your run weeks" });
    expect(calls[0].body).toEqual({ url: link, timeZone: ZONE });
    await user.click(screen.getByRole("button", { name: "Apply to my plan" }));
    expect(onApply.mock.calls[0][0].source).toEqual({ url: link });
  });

  it("Enter in the link field reads the plan without submitting the outer form", async () => {
    const { calls } = stubFetch();
    const onSubmit = vi.fn((event: React.FormEvent) => event.preventDefault());
    const user = userEvent.setup();
    render(
      <form onSubmit={onSubmit}>
        <RunPlanImport timeZone={ZONE} onApply={vi.fn()} />
      </form>,
    );
    await user.click(screen.getByRole("radio", { name: "Paste a link" }));
    await user.type(screen.getByLabelText("Calendar link"), "https://example.com/plan.ics{Enter}");
    await screen.findByRole("heading", { name: "Review your run weeks" });
    expect(calls).toHaveLength(1);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("a 422 shows the server's message in an alert and no review", async () => {
    stubFetch({ status: 422, body: { error: { code: "invalid_calendar", message: "This is not an iCalendar file." } } });
    const { user } = setup();
    await user.click(screen.getByRole("radio", { name: "Paste the calendar" }));
    await user.click(screen.getByLabelText("Calendar text (.ics)"));
    await user.paste("hello");
    await user.click(screen.getByRole("button", { name: "Read my run plan" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("This is not an iCalendar file.");
    expect(screen.queryByRole("heading", { name: "Review your run weeks" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Read my run plan" })).toBeEnabled();
  });

  it("a network failure says Stridelift could not be reached", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    const { user } = setup();
    await user.click(screen.getByRole("radio", { name: "Paste a link" }));
    await user.type(screen.getByLabelText("Calendar link"), "https://example.com/plan.ics");
    await user.click(screen.getByRole("button", { name: "Read my run plan" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not reach Stridelift. Check your connection and try again.");
  });

  it("a file over 2 MB is refused without any request", async () => {
    const { fetchMock } = stubFetch();
    const { user } = setup();
    const big = new File([new Uint8Array(2 * 1024 * 1024 + 1)], "huge.ics", { type: "text/calendar" });
    await user.upload(screen.getByLabelText("Calendar file (.ics)"), big);
    expect(await screen.findByRole("alert")).toHaveTextContent("larger than 2 MB");
    await user.click(screen.getByRole("button", { name: "Read my run plan" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Choose a .ics file first.");
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("an uploaded file is read and posted as { ics, timeZone }", async () => {
    const { calls } = stubFetch();
    const { user } = setup();
    await user.upload(screen.getByLabelText("Calendar file (.ics)"), new File([ICS], "runna.ics", { type: "text/calendar" }));
    await screen.findByText("Ready: runna.ics");
    await user.click(screen.getByRole("button", { name: "Read my run plan" }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].body).toEqual({ ics: ICS, timeZone: ZONE });
  });

  it("shows Reading… on a disabled button while the request is out, and Cancel drops the review", async () => {
    let answer: (response: Response) => void = () => {};
    vi.stubGlobal("fetch", vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))));
    const { user } = setup();
    await user.click(screen.getByRole("radio", { name: "Paste a link" }));
    await user.type(screen.getByLabelText("Calendar link"), "https://example.com/plan.ics");
    await user.click(screen.getByRole("button", { name: "Read my run plan" }));
    expect(screen.getByRole("button", { name: "Reading…" })).toBeDisabled();
    answer(new Response(JSON.stringify(IMPORT), { status: 200 }));
    await screen.findByRole("heading", { name: "Review your run weeks" });
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("heading", { name: "Review your run weeks" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Read my run plan" })).toHaveFocus();
  });
});
