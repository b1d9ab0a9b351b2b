import { describe, expect, it } from "vitest";
import { checkMoveTarget } from "@/lib/engine/adjustments";
import { buildPlan } from "@/lib/engine/build-plan";
import { addDays, mondayOf } from "@/lib/dates";
import { buildMarathonPlan, MARATHON_INPUT } from "@/tests/fixtures/plans";
import { buildSessionActionData, listMoveOptions } from "./session-action-data";

const plan = buildMarathonPlan();

describe("listMoveOptions", () => {
  it("lists every other date of the session's week, legal exactly when the engine's check passes and no session holds it", () => {
    for (const session of plan.sessions.slice(0, 30)) {
      const options = listMoveOptions(plan, session);
      const monday = mondayOf(session.date);
      expect(options.map((o) => o.date)).toEqual([0, 1, 2, 3, 4, 5, 6].map((d) => addDays(monday, d)).filter((d) => d !== session.date));
      for (const option of options) {
        const check = checkMoveTarget(plan, session, option.date);
        const taken = plan.sessions.some((other) => other.id !== session.id && other.date === option.date);
        expect(option.ok).toBe(check.ok && !taken);
        if (!option.ok && check.ok) expect(option.why).toMatch(/already has Strength [AB]$/);
        if (!option.ok && !check.ok) expect(option.why).toBe(check.why.text);
      }
    }
  });

  it("says why in the runner's words: the day before the long run, the hard session, another session", () => {
    const session = plan.sessions.find((s) => s.date === "2026-11-11")!;
    const byDate = Object.fromEntries(listMoveOptions(plan, session).map((o) => [o.date, o]));
    expect(byDate["2026-11-10"]).toMatchObject({ ok: false, why: "Tuesday 10 November is your hard session" });
    expect(byDate["2026-11-09"]).toMatchObject({ ok: false, why: "Monday 9 November is the day before your hard session" });
    expect(byDate["2026-11-14"]).toMatchObject({ ok: false, why: "Saturday 14 November is the day before your long run" });
    expect(byDate["2026-11-13"]).toMatchObject({ ok: false, why: "Friday 13 November already has Strength B" });
    expect(byDate["2026-11-12"]).toMatchObject({ ok: true, label: "Thu 12 Nov · Easy run" });
  });

  it("never offers the light taper session a date", () => {
    const light = buildMarathonPlan({ taper: "light" }).sessions.find((s) => s.slot === "light")!;
    expect(listMoveOptions(buildMarathonPlan({ taper: "light" }), light).every((o) => !o.ok)).toBe(true);
  });
});

describe("buildSessionActionData", () => {
  const session = plan.sessions.find((s) => s.exercises.some((e) => e.seconds !== undefined))!;

  it("marks done with the prescription as done: every set, reps or seconds, at the target load", () => {
    const data = buildSessionActionData({ planId: "p", plan, session, today: session.date });
    expect(data.doneBody.status).toBe("done");
    expect(data.doneBody.exercises!.map((e) => e.exerciseId)).toEqual(session.exercises.map((e) => e.exerciseId));
    data.doneBody.exercises!.forEach((entry, i) => {
      const item = session.exercises[i];
      expect(entry.sets).toHaveLength(item.sets);
      for (const set of entry.sets) expect(set).toEqual(item.seconds !== undefined ? { seconds: item.seconds } : { reps: item.reps });
    });
    const withLoad = { ...session, exercises: session.exercises.map((e) => ({ ...e, targetLoad: { value: 16, unit: "kg" as const } })) };
    const loaded = buildSessionActionData({ planId: "p", plan, session: withLoad, today: session.date });
    expect(loaded.doneBody.exercises![0].sets[0].load).toBe(16);
    expect(loaded.form.exercises[0].sets[0].load).toBe("16");
  });

  it("is loggable up to the day before, as the API is", () => {
    expect(buildSessionActionData({ planId: "p", plan, session, today: addDays(session.date, -1) }).loggable).toBe(true);
    expect(buildSessionActionData({ planId: "p", plan, session, today: addDays(session.date, -2) }).loggable).toBe(false);
  });

  it("prefills the form from the saved log when there is one, and offers load boxes only for weights", () => {
    const item = session.exercises[0];
    const log = { status: "done" as const, exercises: [{ exerciseId: item.exerciseId, sets: [{ reps: 9, load: 12 }, { reps: 8 }], rir: 1 }], note: "heavy day", unit: "kg" as const };
    const data = buildSessionActionData({ planId: "p", plan, session, log, today: session.date });
    expect(data.hasLog).toBe(true);
    expect(data.form.note).toBe("heavy day");
    expect(data.form.exercises[0]).toMatchObject({ sets: [{ count: 9, load: "12" }, { count: 8, load: "" }], rir: "1" });
    const kettlebellPlan = buildPlan({ ...MARATHON_INPUT, equipment: ["kettlebell", "loop-band"] }, { today: "2026-11-02" });
    const loadedSession = kettlebellPlan.sessions.find((s) => s.exercises.some((e) => e.equipment.includes("kettlebell")))!;
    const form = buildSessionActionData({ planId: "p", plan: kettlebellPlan, session: loadedSession, today: loadedSession.date }).form;
    for (const [i, exercise] of form.exercises.entries()) {
      expect(exercise.loadable).toBe(loadedSession.exercises[i].equipment.includes("kettlebell"));
    }
  });

  it("offers to put a moved session back where the engine placed it", () => {
    const first = plan.sessions[4];
    const target = listMoveOptions(plan, first).find((o) => o.ok)!;
    const moved = buildPlan(MARATHON_INPUT, { today: "2026-11-02", adjustments: { moves: { [first.id]: target.date }, skips: [] } });
    const session = moved.sessions.find((s) => s.id === first.id)!;
    const data = buildSessionActionData({ planId: "p", plan: moved, session, today: "2026-11-02" });
    expect(data.putBack).toMatchObject({ date: first.date });
    expect(data.moves.map((o) => o.date)).toContain(first.date);
  });
});
