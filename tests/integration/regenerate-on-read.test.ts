import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as createRoute } from "@/app/api/plans/route";
import { GET, PUT } from "@/app/api/plans/[id]/route";
import { GET as calendarGet } from "@/app/api/plans/[id]/calendar.ics/route";
import { findPlan } from "@/tests/support/find-plan";
import { buildPlan, ENGINE_VERSION } from "@/lib/engine/build-plan";
import type { TResolvedPlanInput } from "@/lib/engine/types";
import { parsePlanInput, type TPlanInputRaw } from "@/lib/plan-input";
import { setUpTempDatabase } from "./temp-database";
import { bareRequest, bearer, context, jsonRequest, validInput } from "./requests";

const database = setUpTempDatabase();

type TCreated = { id: string; editToken: string };

afterEach(() => vi.restoreAllMocks());

/** Reads the row with SQL, past Prisma, so the test sees exactly what the table holds. */
async function readRow(id: string): Promise<Record<string, unknown>> {
  const [row] = await database.query('SELECT * FROM "Plan" WHERE id = $1', [id]);
  return row;
}

async function writeColumns(id: string, columns: { input?: string; engineVersion?: string }): Promise<void> {
  for (const [column, value] of Object.entries(columns)) {
    await database.query(`UPDATE "Plan" SET "${column}" = $1 WHERE id = $2`, [value, id]);
  }
}

/** The raw response text and the created plan's id and token. */
async function create(input: TPlanInputRaw): Promise<TCreated & { text: string }> {
  const response = await createRoute(jsonRequest("POST", "/api/plans", input));
  expect(response.status).toBe(201);
  const text = await response.text();
  return { ...(JSON.parse(text) as TCreated), text };
}

async function getText(id: string): Promise<{ status: number; text: string }> {
  const response = await GET(bareRequest("GET", `/api/plans/${id}`), context({ id }));
  return { status: response.status, text: await response.text() };
}

/** The serialised `plan` member of a JSON response, exactly as it appears in the body. */
function planText(bodyText: string): string {
  return JSON.stringify((JSON.parse(bodyText) as { plan: unknown }).plan);
}

describe("plans are stored as their input and rebuilt on read", () => {
  it("stores only the input: the row has no plan column and the plan is rebuilt from the stored input on read", async () => {
    const created = await create(validInput());
    const row = await readRow(created.id);
    expect(Object.keys(row).sort()).toEqual(["adjustments", "createdAt", "editTokenHash", "engineVersion", "id", "input", "inputVersion", "runPlanSnapshot", "updatedAt"]);
    const storedInput = JSON.parse(String(row.input)) as TResolvedPlanInput;
    const parsed = parsePlanInput(validInput(), new Date());
    expect(parsed.success).toBe(true);
    expect(storedInput).toEqual(parsed.data);
    expect(storedInput.startDate).toBe("2027-01-04");

    // Change the stored input behind the app's back: the served plan must follow it, which it
    // could not if a plan were kept anywhere.
    const edited: TResolvedPlanInput = { ...storedInput, sessionMinutes: 30 };
    await writeColumns(created.id, { input: JSON.stringify(edited) });
    const served = (await findPlan(created.id))!;
    expect(served.input).toEqual(edited);
    expect(served.plan).toEqual(buildPlan(edited, { today: edited.startDate }));
    expect(served.plan).not.toEqual((JSON.parse(created.text) as { plan: unknown }).plan);
    const strength = served.plan.sessions.filter((session) => session.slot !== "light");
    expect(strength.length).toBeGreaterThan(0);
    expect(strength.every((session) => session.minutes === 30)).toBe(true);
  });

  it("the plan served by GET equals the plan returned at create, byte for byte", async () => {
    // One input with a fixed start, one whose start defaults to today in a far-east time zone
    // (created with `today`, rebuilt from the stored startDate: both must agree).
    const inputs: TPlanInputRaw[] = [
      validInput(),
      { ...validInput({ timeZone: "Pacific/Kiritimati", experience: "new", taper: "light", sessionMinutes: 60 }), startDate: undefined },
      validInput({
        races: [
          { date: "2027-03-14", name: "Spring Half", distance: "half", priority: "B" },
          { date: "2027-05-30", name: "Valley Marathon", distance: "marathon", priority: "A" },
        ],
        equipment: [],
      }),
    ];
    for (const input of inputs) {
      const created = await create(input);
      const served = await getText(created.id);
      expect(served.status).toBe(200);
      expect(planText(served.text)).toBe(planText(created.text));
      expect(served.text).toContain(planText(created.text));
    }
  });

  it("after PUT the served plan is rebuilt from the new input", async () => {
    const created = await create(validInput());
    const newInput = validInput({
      schedule: { mon: "easy", tue: "rest", wed: "hard", thu: "easy", fri: "rest", sat: "long", sun: "easy" },
      sessionMinutes: 30,
    });
    const put = await PUT(jsonRequest("PUT", `/api/plans/${created.id}`, newInput, bearer(created.editToken)), context({ id: created.id }));
    expect(put.status).toBe(200);
    const putText = await put.text();
    const row = await readRow(created.id);
    expect(JSON.parse(String(row.input))).toMatchObject({ sessionMinutes: 30, schedule: newInput.schedule });
    const served = await getText(created.id);
    expect(planText(served.text)).toBe(planText(putText));
    expect(planText(served.text)).not.toBe(planText(created.text));
    const plan = (JSON.parse(served.text) as { plan: { input: { sessionMinutes: number } } }).plan;
    expect(plan.input.sessionMinutes).toBe(30);
  });

  it("engineVersion records the engine that last built the plan; a read serves the current engine's plan and writes nothing", async () => {
    const created = await create(validInput());
    expect((await readRow(created.id)).engineVersion).toBe(ENGINE_VERSION);
    await writeColumns(created.id, { engineVersion: "0.0.1-old" });
    const before = await readRow(created.id);
    const served = await getText(created.id);
    expect(served.status).toBe(200);
    expect((JSON.parse(served.text) as { plan: { engineVersion: string } }).plan.engineVersion).toBe(ENGINE_VERSION);
    expect(planText(served.text)).toBe(planText(created.text));
    expect(await readRow(created.id)).toEqual(before);
  });

  it("a stored input this build cannot read is a logged 500 from GET and the .ics (a regression to hear about, not a hidden 404); neither id, input nor token is logged", async () => {
    const logged: string[] = [];
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(" "));
      });
    }
    const broken = await create(validInput({ races: [{ date: "2027-04-25", name: "Secret Name Marathon", distance: "marathon", priority: "A" }] }));
    const corrupt = await create(validInput());
    // An input this engine throws on (equipment not a list; the race name stays in it), and one that is not JSON at all.
    const stored = JSON.parse(String((await readRow(broken.id)).input)) as Record<string, unknown>;
    await writeColumns(broken.id, { input: JSON.stringify({ ...stored, equipment: null }) });
    await writeColumns(corrupt.id, { input: "{not json" });
    for (const id of [broken.id, corrupt.id]) {
      await expect(findPlan(id)).rejects.toThrow(/stored plan input/);
      const response = await GET(bareRequest("GET", `/api/plans/${id}`), context({ id }));
      expect(response.status).toBe(500);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("internal_error");
      const ics = await calendarGet(bareRequest("GET", `/api/plans/${id}/calendar.ics`), context({ id }));
      expect(ics.status).toBe(500);
      expect(ics.headers.get("content-type")).toMatch(/^application\/json/);
    }
    const all = logged.join("\n");
    expect(all).toMatch(/unreadable stored plan: StoredInputError/);
    for (const secret of [broken.id, corrupt.id, "Secret Name Marathon", broken.editToken]) expect(all).not.toContain(secret);
  });
});
