// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { type UserEvent } from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EQUIPMENT, ZPlanInput, type TResolvedPlanInput } from "@/lib/plan-input";
import { CreatePlanForm } from "./create-plan-form";
import { editTokenKey, newPlanKey } from "./edit-token-storage";
import { installFakeApi, samplePlan } from "./test-support/fake-api";
import { PlannerSections } from "./planner-sections";

const router = { push: vi.fn(), replace: vi.fn(), refresh: vi.fn(), back: vi.fn(), forward: vi.fn(), prefetch: vi.fn() };
vi.mock("next/navigation", () => ({ useRouter: () => router }));

function renderForm() {
  const user = userEvent.setup();
  render(<CreatePlanForm fields={<PlannerSections />} />);
  return { user, form: screen.getByRole("form", { name: "Plan your strength season" }) };
}

async function typeInto(user: UserEvent, element: HTMLElement, text: string) {
  await user.clear(element);
  if (text) await user.type(element, text);
}

/** The smallest complete answer: a start date and one A race. */
async function fillValidForm(user: UserEvent) {
  await typeInto(user, screen.getByLabelText("Start date"), "2027-01-04");
  await typeInto(user, screen.getByLabelText("Race date"), "2027-05-02");
}

function submitButton() {
  return screen.getByRole("button", { name: "Build my season" });
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  router.push.mockReset();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe("planner form defaults", () => {
  it("starts today in the browser's time zone, not the machine's", () => {
    // 20:00 UTC on 1 March is already 2 March in Auckland, still 1 March in Los Angeles.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2027-03-01T20:00:00Z"));
    const realResolved = Intl.DateTimeFormat.prototype.resolvedOptions;
    vi.spyOn(Intl.DateTimeFormat.prototype, "resolvedOptions").mockImplementation(function (this: Intl.DateTimeFormat) {
      return { ...realResolved.call(this), timeZone: "Pacific/Auckland" };
    });
    installFakeApi();
    renderForm();
    expect(screen.getByLabelText("Start date")).toHaveValue("2027-03-02");
    expect(screen.getByLabelText("Time zone")).toHaveValue("Pacific/Auckland");
  });

  it("moves an untouched start date to today in the zone the runner picks, and leaves a typed one", async () => {
    // 20:00 UTC on 1 March: 1 March in London, already 2 March in Auckland.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2027-03-01T20:00:00Z"));
    const realResolved = Intl.DateTimeFormat.prototype.resolvedOptions;
    vi.spyOn(Intl.DateTimeFormat.prototype, "resolvedOptions").mockImplementation(function (this: Intl.DateTimeFormat) {
      return { ...realResolved.call(this), timeZone: "Europe/London" };
    });
    installFakeApi();
    const { user } = renderForm();
    expect(screen.getByLabelText("Start date")).toHaveValue("2027-03-01");
    await typeInto(user, screen.getByLabelText("Time zone"), "Pacific/Auckland");
    await waitFor(() => expect(screen.getByLabelText("Start date")).toHaveValue("2027-03-02"));

    await typeInto(user, screen.getByLabelText("Start date"), "2027-04-05");
    await typeInto(user, screen.getByLabelText("Time zone"), "Europe/London");
    expect(screen.getByLabelText("Start date")).toHaveValue("2027-04-05");
  });

  it("offers a default week with two legal, non-adjacent strength days and one A race row", () => {
    installFakeApi();
    renderForm();
    const monday = screen.getByRole("group", { name: "Monday" });
    expect(within(monday).getByRole("radio", { name: "Rest" })).toBeChecked();
    expect(within(screen.getByRole("group", { name: "Tuesday" })).getByRole("radio", { name: "Hard" })).toBeChecked();
    expect(within(screen.getByRole("group", { name: "Saturday" })).getByRole("radio", { name: "Long" })).toBeChecked();
    expect(screen.getAllByLabelText("Race date")).toHaveLength(1);
    expect(screen.getByLabelText("Priority")).toHaveValue("A");
  });
});

describe("planner form validation", () => {
  it("says a race before the start date must move, on that race's date field, and focuses it", async () => {
    installFakeApi();
    const { user } = renderForm();
    await typeInto(user, screen.getByLabelText("Start date"), "2027-01-04");
    await typeInto(user, screen.getByLabelText("Race date"), "2026-12-20");
    await user.click(submitButton());

    const raceDate = screen.getByLabelText("Race date");
    expect(await screen.findByText("Race date must be after the start date")).toBeInTheDocument();
    expect(raceDate).toHaveAttribute("aria-invalid", "true");
    expect(raceDate).toHaveAccessibleDescription("Race date must be after the start date");
    await waitFor(() => expect(raceDate).toHaveFocus());
  });

  it("asks for an A race when every race is B or C, and focuses the first priority picker", async () => {
    installFakeApi();
    const { user } = renderForm();
    await fillValidForm(user);
    await user.selectOptions(screen.getByLabelText("Priority"), "B");
    await user.click(submitButton());

    const message = await screen.findByText("Mark at least one race as your A race (the target)");
    expect(message.closest("[role=alert]")).not.toBeNull();
    const priority = screen.getByLabelText("Priority");
    expect(priority).toHaveAttribute("aria-invalid", "true");
    await waitFor(() => expect(priority).toHaveFocus());
    expect(fetch).not.toHaveBeenCalledWith("/api/plans", expect.anything());
  });

  it("focuses the first invalid field in page order when several are wrong", async () => {
    installFakeApi();
    const { user } = renderForm();
    await typeInto(user, screen.getByLabelText("Start date"), "2027-01-04");
    await typeInto(user, screen.getByLabelText("Reminder, minutes before (optional)"), "5000");
    await typeInto(user, screen.getByLabelText("Time zone"), "Mars/Olympus");
    await user.click(submitButton());

    expect(await screen.findByText("Unknown time zone: use an IANA name such as Europe/London")).toBeInTheDocument();
    expect(screen.getByText("Reminder can be at most 1440 minutes (a day) before")).toBeInTheDocument();
    expect(screen.getByLabelText("Race date")).toHaveAccessibleDescription("Enter the race date");
    await waitFor(() => expect(screen.getByLabelText("Race date")).toHaveFocus());
    expect(screen.getByText("3 things to fix above.")).toBeInTheDocument();
  });

  it("clears a message as soon as the field is fixed", async () => {
    installFakeApi();
    const { user } = renderForm();
    await typeInto(user, screen.getByLabelText("Start date"), "2027-01-04");
    await user.click(submitButton());
    await waitFor(() => expect(screen.getByLabelText("Race date")).toHaveAccessibleDescription("Enter the race date"));
    await typeInto(user, screen.getByLabelText("Race date"), "2027-05-02");
    await waitFor(() => expect(screen.queryByRole("alert")).not.toBeInTheDocument());
    expect(screen.getByLabelText("Race date")).not.toHaveAttribute("aria-invalid");
  });
});

describe("race rows", () => {
  it("adds rows up to six, focuses the new date, and removes a chosen row", async () => {
    installFakeApi();
    const { user } = renderForm();
    const add = screen.getByRole("button", { name: /Add a race/ });
    expect(screen.queryByRole("button", { name: /Remove race/ })).not.toBeInTheDocument();

    await user.click(add);
    expect(screen.getAllByLabelText("Race date")).toHaveLength(2);
    await waitFor(() => expect(screen.getAllByLabelText("Race date")[1]).toHaveFocus());
    // A second race defaults to a tune-up, since race 1 is already the A race.
    expect(screen.getAllByLabelText("Priority")[1]).toHaveValue("B");

    for (let i = 0; i < 4; i++) await user.click(add);
    expect(screen.getAllByLabelText("Race date")).toHaveLength(6);
    expect(add).toBeDisabled();
    expect(screen.getByText("That's the maximum of 6 races in one season.")).toBeInTheDocument();

    await user.type(screen.getAllByLabelText("Name (optional)")[2], "Harbour 10K");
    await user.click(screen.getByRole("button", { name: "Remove race 2" }));
    expect(screen.getAllByLabelText("Race date")).toHaveLength(5);
    expect(screen.getAllByLabelText("Name (optional)")[1]).toHaveValue("Harbour 10K");
    expect(add).toBeEnabled();
    await waitFor(() => expect(add).toHaveFocus());
  });
});

describe("equipment presets", () => {
  it("'Full gym' ticks every piece of equipment and 'Bodyweight only' clears them", async () => {
    installFakeApi();
    const { user } = renderForm();
    const boxes = () => within(screen.getByRole("group", { name: "Equipment you can use" })).getAllByRole("checkbox");
    expect(boxes()).toHaveLength(EQUIPMENT.length);
    expect(boxes().filter((box) => (box as HTMLInputElement).checked)).toHaveLength(0);

    await user.click(screen.getByRole("button", { name: "Full gym" }));
    expect(boxes().every((box) => (box as HTMLInputElement).checked)).toBe(true);

    await user.click(screen.getByRole("button", { name: "Bodyweight only" }));
    expect(boxes().some((box) => (box as HTMLInputElement).checked)).toBe(false);
  });
});

describe("submitting", () => {
  it("posts exactly what the API expects, keeps the edit token and opens the plan", async () => {
    const api = installFakeApi({
      "POST /api/plans": (call) => ({
        status: 201,
        body: { id: "plan-123", editToken: "secret-token", plan: samplePlan({ ...(call.body as TResolvedPlanInput), startDate: "2027-01-04" }) },
      }),
    });
    const { user } = renderForm();
    await fillValidForm(user);
    await user.type(screen.getByLabelText("Name (optional)"), "  Spring Half  ");
    await user.click(screen.getByRole("button", { name: /Add a race/ }));
    const dates = screen.getAllByLabelText("Race date");
    await typeInto(user, dates[1], "2027-03-14");
    await user.selectOptions(screen.getAllByLabelText("Distance")[1], "10k");
    await user.click(within(screen.getByRole("group", { name: "Friday" })).getByRole("radio", { name: "Cross" }));
    await user.click(screen.getByRole("checkbox", { name: "Kettlebell" }));
    await user.click(screen.getByRole("checkbox", { name: "Loop band" }));
    await user.click(screen.getByRole("radio", { name: /Experienced/ }));
    await user.click(screen.getByRole("radio", { name: "30 min" }));
    await user.click(screen.getByRole("radio", { name: /Light taper/ }));
    await user.click(screen.getByRole("radio", { name: "lb" }));
    await typeInto(user, screen.getByLabelText("Session time (optional)"), "18:30");
    await typeInto(user, screen.getByLabelText("Reminder, minutes before (optional)"), "45");
    await typeInto(user, screen.getByLabelText("Time zone"), "Europe/London");

    await user.click(submitButton());

    await waitFor(() => expect(api.callsTo("POST", "/api/plans")).toHaveLength(1));
    const [call] = api.callsTo("POST", "/api/plans");
    expect(call.headers["content-type"]).toBe("application/json");
    expect(call.body).toEqual({
      races: [
        { date: "2027-05-02", name: "Spring Half", distance: "half", priority: "A" },
        { date: "2027-03-14", distance: "10k", priority: "B" },
      ],
      startDate: "2027-01-04",
      schedule: { mon: "rest", tue: "hard", wed: "easy", thu: "easy", fri: "cross", sat: "long", sun: "easy" },
      equipment: ["loop-band", "kettlebell"],
      experience: "experienced",
      sessionMinutes: 30,
      taper: "light",
      units: "lb",
      timeZone: "Europe/London",
      sessionTime: "18:30",
      reminderMinutes: 45,
    });
    expect(ZPlanInput.safeParse(call.body).success).toBe(true);

    await waitFor(() => expect(router.push).toHaveBeenCalledWith("/plans/plan-123"));
    expect(localStorage.getItem(editTokenKey("plan-123"))).toBe("secret-token");
    expect(sessionStorage.getItem(newPlanKey("plan-123"))).toBe("secret-token");
    expect(screen.getByRole("button", { name: /Building your season/ })).toBeDisabled();
  });

  it("leaves empty optional fields out of the payload instead of sending empty strings", async () => {
    const api = installFakeApi({
      "POST /api/plans": { status: 201, body: { id: "p1", editToken: "t1", plan: {} } },
    });
    const { user } = renderForm();
    await fillValidForm(user);
    await user.type(screen.getByLabelText("Name (optional)"), "   ");
    await user.click(submitButton());

    await waitFor(() => expect(api.callsTo("POST", "/api/plans")).toHaveLength(1));
    const body = api.callsTo("POST", "/api/plans")[0].body as Record<string, unknown>;
    expect(body).not.toHaveProperty("sessionTime");
    expect(body).not.toHaveProperty("reminderMinutes");
    expect((body.races as object[])[0]).toEqual({ date: "2027-05-02", distance: "half", priority: "A" });
    expect(body.sessionMinutes).toBe(45);
    expect(body.equipment).toEqual([]);
    expect(ZPlanInput.safeParse(body).success).toBe(true);
  });

  it("shows the server's 422 issues on the matching fields and focuses the first", async () => {
    installFakeApi({
      "POST /api/plans": {
        status: 422,
        body: {
          error: {
            code: "invalid_input",
            message: "Invalid plan input",
            issues: [
              { path: "timeZone", message: "That zone is not supported here" },
              { path: "races.0.date", message: "Race date is too far away" },
            ],
          },
        },
      },
    });
    const { user } = renderForm();
    await fillValidForm(user);
    await user.click(submitButton());

    const raceDate = screen.getByLabelText("Race date");
    await waitFor(() => expect(raceDate).toHaveAccessibleDescription("Race date is too far away"));
    expect(raceDate).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Time zone")).toHaveAccessibleDescription(
      expect.stringContaining("That zone is not supported here"),
    );
    await waitFor(() => expect(raceDate).toHaveFocus());
    expect(router.push).not.toHaveBeenCalled();
    expect(submitButton()).toBeEnabled();
  });

  it("explains a network failure and keeps every answer in place", async () => {
    installFakeApi({ "POST /api/plans": "network-error" });
    const { user } = renderForm();
    await fillValidForm(user);
    await user.type(screen.getByLabelText("Name (optional)"), "Lake Marathon");
    await user.click(submitButton());

    expect(await screen.findByText(/Could not reach Stridelift/)).toBeInTheDocument();
    expect(screen.getByLabelText("Name (optional)")).toHaveValue("Lake Marathon");
    expect(screen.getByLabelText("Race date")).toHaveValue("2027-05-02");
    expect(submitButton()).toBeEnabled();
    expect(localStorage.length).toBe(0);
  });

  it("explains a server error without losing the form", async () => {
    installFakeApi({ "POST /api/plans": { status: 500, body: { error: { code: "internal", message: "boom" } } } });
    const { user } = renderForm();
    await fillValidForm(user);
    await user.click(submitButton());
    expect(await screen.findByText(/Something went wrong on our side/)).toBeInTheDocument();
    expect(screen.getByLabelText("Start date")).toHaveValue("2027-01-04");
  });
});

describe("live preview", () => {
  it("asks for a fixed form instead of calling the server while the input is invalid", async () => {
    const api = installFakeApi();
    const { user } = renderForm();
    expect(await screen.findByText("Add your race date to see your season")).toBeInTheDocument();
    expect(screen.getByText("Race 1 date: add the race date")).toBeInTheDocument();
    // Time zone first, so the form is never complete and no request may go out.
    await typeInto(user, screen.getByLabelText("Time zone"), "Nowhere/Special");
    await fillValidForm(user);
    expect(await screen.findByText("Fix the form to see your season")).toBeInTheDocument();
    expect(screen.getByText("Time zone: Unknown time zone: use an IANA name such as Europe/London")).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
    expect(api.callsTo("POST", "/api/plans/preview")).toHaveLength(0);
  });

  it("shows session count, chosen weekdays with reasons, phases and warnings once the form is valid", async () => {
    const api = installFakeApi({
      "POST /api/plans/preview": (call) => ({
        status: 200,
        body: {
          plan: samplePlan(call.body as never, {
            warnings: [{ code: "few-legal-days", message: "Only Friday can take strength work, so you get one session a week" }],
          }),
        },
      }),
    });
    const { user } = renderForm();
    await fillValidForm(user);

    const preview = screen.getByRole("complementary", { name: "Live preview" });
    expect(await within(preview).findByText("Strength on Wednesday and Sunday")).toBeInTheDocument();
    expect(within(preview).getByText("Sessions").nextSibling).toHaveTextContent("2");
    expect(within(preview).getByText("Wednesday: easy day, not before a hard or long run")).toBeInTheDocument();
    expect(within(preview).getByText("Only Friday can take strength work, so you get one session a week")).toBeInTheDocument();
    expect(within(preview).getByText("Race-specific")).toBeInTheDocument();
    expect(within(preview).getByText(/Preview updated: 2 strength sessions on Wednesday and Sunday\. 1 warning\./)).toBeInTheDocument();
    const sent = api.callsTo("POST", "/api/plans/preview").at(-1)!;
    expect(ZPlanInput.safeParse(sent.body).success).toBe(true);
  });

  it("debounces typing into one request and aborts a request that went stale", async () => {
    let release: (() => void) | null = null;
    const api = installFakeApi();
    const { user } = renderForm();
    await fillValidForm(user);
    await waitFor(() => expect(api.callsTo("POST", "/api/plans/preview")).toHaveLength(1));
    // Several quick keystrokes in the name: only one more request after the pause.
    await user.type(screen.getByLabelText("Name (optional)"), "Bay");
    await waitFor(() => expect(api.callsTo("POST", "/api/plans/preview")).toHaveLength(2));
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(api.callsTo("POST", "/api/plans/preview")).toHaveLength(2);
    expect((api.callsTo("POST", "/api/plans/preview")[1].body as { races: { name?: string }[] }).races[0].name).toBe("Bay");

    // A slow answer is aborted when the input changes before it arrives.
    api.fetchMock.mockImplementationOnce(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          release = () => reject(new DOMException("Aborted", "AbortError"));
          init?.signal?.addEventListener("abort", () => release?.());
        }),
    );
    await user.click(within(screen.getByRole("group", { name: "Monday" })).getByRole("radio", { name: "Easy" }));
    await waitFor(() => expect(api.fetchMock).toHaveBeenCalledTimes(3));
    const slowSignal = (api.fetchMock.mock.calls[2][1] as RequestInit).signal!;
    await user.click(within(screen.getByRole("group", { name: "Monday" })).getByRole("radio", { name: "Rest" }));
    expect(slowSignal.aborted).toBe(true);
    await waitFor(() => expect(api.fetchMock).toHaveBeenCalledTimes(4));
    expect(await screen.findByText("Strength on Wednesday and Sunday")).toBeInTheDocument();
  });
});
