import { describe, expect, it } from "vitest";
import { buildPlan, ENGINE_VERSION } from "./build-plan";
import { makeInput, shift, week } from "@/tests/fixtures/plan-inputs";
import type { TPlan, TSession } from "./types";
import { daysBetween } from "@/lib/dates";
import { findExercise } from "./catalogue";
import { coversFourCategories } from "@/tests/fixtures/four-categories";

const TODAY = "2027-01-04";

function plan(overrides: Record<string, unknown> = {}): TPlan {
  return buildPlan(makeInput(overrides), { today: TODAY });
}

function between(sessions: TSession[], from: string, to: string): TSession[] {
  return sessions.filter((s) => s.date >= from && s.date <= to);
}

describe("buildPlan (DOMAIN.md sections 2-4 and 7)", () => {
  it("startDate defaults to today; plan.input is the resolved input", () => {
    const input = makeInput({ startDate: undefined });
    const result = buildPlan(input, { today: "2026-12-01" });
    expect(result.input.startDate).toBe("2026-12-01");
    expect(result.input).toEqual({ ...input, startDate: "2026-12-01" });
    expect(result.engineVersion).toBe(ENGINE_VERSION);
  });

  it("session ids are the date and slot, so they survive regeneration", () => {
    const result = plan();
    for (const session of result.sessions) expect(session.id).toBe(`${session.date}-${session.slot}`);
    const again = plan({ equipment: ["dumbbells"], sessionMinutes: 60 });
    expect(again.sessions.map((s) => s.id)).toEqual(result.sessions.map((s) => s.id));
  });

  it("sessions are sorted by date and titled by slot and phase", () => {
    const result = plan({ taper: "light" });
    const dates = result.sessions.map((s) => s.date);
    expect([...dates].sort()).toEqual(dates);
    expect(result.sessions[0].title).toBe("Strength A · General");
    expect(result.sessions.find((s) => s.phase === "race-specific")?.title).toMatch(/^Strength [AB] · Race-specific$/);
    expect(result.sessions.find((s) => s.slot === "light")?.title).toBe("Taper activation · Taper");
  });

  it("rule 1: two sessions a week in the general and race-specific phases, on the chosen days", () => {
    const result = plan();
    const general = result.weeks.filter((w) => w.phase === "general" && w.start >= TODAY);
    for (const w of general) expect(w.sessionIds.map((id) => id.slice(-1))).toEqual(["A", "B"]);
    // rest hard easy easy rest easy long: Wednesday and Friday.
    expect(new Set(result.sessions.map((s) => s.weekday))).toEqual(new Set(["wed", "fri"]));
  });

  it("why names the rules that placed and dosed the session", () => {
    const session = plan().sessions[0];
    expect(session.why).toContainEqual({ rule: "2.3", text: "Wednesday: easy day, not before a hard or long run" });
    expect(session.why.some((w) => /widest spacing/.test(w.text))).toBe(true);
    expect(session.why.some((w) => /2-3 reps/.test(w.text))).toBe(true);
  });

  it("rule 5: afterRun is true on easy and cross days and false on rest days", () => {
    const result = plan();
    const wed = result.sessions.find((s) => s.weekday === "wed")!;
    const fri = result.sessions.find((s) => s.weekday === "fri")!;
    expect(wed.afterRun).toBe(true);
    expect(wed.why.some((w) => /after your easy run/.test(w.text))).toBe(true);
    expect(fri.afterRun).toBe(false);
  });

  it("rule 6: a schedule with one legal day gives one session a week and the warning", () => {
    const result = plan({ schedule: week("rest hard hard easy easy long hard") });
    expect(result.warnings.map((w) => w.code)).toContain("few-legal-days");
    expect(result.sessions.every((s) => s.weekday === "thu")).toBe(true);
    expect(result.sessions.length).toBeGreaterThan(0);
  });

  it("full taper: no strength at all in the 14 days before an A race", () => {
    const result = plan();
    expect(between(result.sessions, shift("2027-06-06", -14), "2027-06-06")).toEqual([]);
  });

  it("light taper: one short bodyweight activation + core session in the first taper week, nothing in the last 7 days", () => {
    const result = plan({ taper: "light", equipment: ["dumbbells", "loop-band"] });
    const taper = between(result.sessions, shift("2027-06-06", -14), "2027-06-06");
    expect(taper).toHaveLength(1);
    const [light] = taper;
    expect(light.slot).toBe("light");
    expect(light.phase).toBe("taper");
    expect(light.date <= shift("2027-06-06", -8)).toBe(true);
    expect(light.minutes).toBeLessThan(30);
    expect(light.exercises.every((e) => e.equipment.length === 0 && e.load === "bodyweight")).toBe(true);
    expect(light.exercises.some((e) => e.category === "activation")).toBe(true);
    expect(light.exercises.some((e) => e.category === "core")).toBe(true);
  });

  it("rule 1 with a light taper: the light session never becomes a third session in a week", () => {
    // Legal days Mon, Thu and Fri (sessions Mon + Thu). The taper starts on Friday 05-28, and the B
    // race blocks Monday and Thursday of the first taper week, leaving only that Friday: the
    // week of 05-24 already has its two sessions, so no light session fits.
    const result = plan({
      taper: "light",
      schedule: week("easy easy hard easy rest easy long"),
      races: [
        { date: "2027-06-11", distance: "half", priority: "A" },
        { date: "2027-06-03", distance: "5k", priority: "B" },
      ],
    });
    expect(result.weeks.find((w) => w.start === "2027-05-24")!.sessionIds).toEqual(["2027-05-24-A", "2027-05-27-B"]);
    expect(result.sessions.filter((s) => s.slot === "light")).toEqual([]);
    // Without the B race the light session goes on the first usual training day of the taper.
    const plain = plan({ taper: "light", schedule: week("easy easy hard easy rest easy long"), races: [{ date: "2027-06-11", distance: "half", priority: "A" }] });
    expect(plain.sessions.filter((s) => s.slot === "light").map((s) => s.date)).toEqual(["2027-05-31"]);
  });

  it.each([
    ["ladder topped out", "2026-11-02"],
    // 8 general weeks end mid-ladder, so any growth during the block would show.
    ["mid-ladder", "2027-02-15"],
  ])("race block: 2 sets instead of 3, load and reps held at the end-of-general level (%s)", (_case, startDate) => {
    const result = plan({ equipment: ["dumbbells", "loop-band"], startDate });
    const lastGeneralA = result.sessions.filter((s) => s.phase === "general" && s.slot === "A").at(-1)!;
    const blockA = result.sessions.filter((s) => s.phase === "race-specific" && s.slot === "A");
    expect(blockA.length).toBeGreaterThan(2);
    for (const session of blockA) {
      expect(session.why.map((w) => w.text)).toContain("Race block: 2 sets instead of 3 to cut recovery cost; same exercises and effort");
      expect(session.exercises.map((e) => ({ ...e, sets: 3 }))).toEqual(lastGeneralA.exercises);
      expect(session.exercises.every((e) => e.sets === 2)).toBe(true);
    }
  });

  it("new runners: bodyweight weeks first, then load; timed holds add 5 s a week", () => {
    const result = plan({ experience: "new", equipment: ["dumbbells"], startDate: "2026-11-02" });
    const a = result.sessions.filter((s) => s.slot === "A");
    for (const session of a.slice(0, 3)) {
      expect(session.exercises.every((e) => e.load === "bodyweight" && e.equipment.length === 0)).toBe(true);
      expect(session.exercises.filter((e) => e.reps !== undefined).every((e) => e.sets === 3 && e.reps === 10)).toBe(true);
    }
    expect(a[1].why.map((w) => w.text)).toContain("Week 2 of 3 bodyweight weeks: learn the movement first");
    expect(a[3].exercises.some((e) => e.load !== "bodyweight")).toBe(true);
    const plankSeconds = a.slice(3, 6).map((s) => s.exercises.find((e) => e.seconds !== undefined)?.seconds);
    expect(plankSeconds[1]! - plankSeconds[0]!).toBe(5);
    expect(plankSeconds[2]! - plankSeconds[1]!).toBe(5);
  });

  it("double progression through the plan: 3x10, one more rep per set each week, at 12 a load step and back to 8; a new block restarts the step", () => {
    // 23 weeks of general preparation: four blocks of 6 weeks (the last one shorter).
    const result = plan({ equipment: ["dumbbells"], startDate: "2026-11-02" });
    const hinges = result.sessions
      .filter((s) => s.slot === "A" && s.phase === "general")
      .map((s) => s.exercises.find((e) => e.category === "hinge")!);
    expect(hinges.slice(0, 12).map((e) => [e.sets, e.reps, e.load])).toEqual([
      [3, 10, "bodyweight"],
      [3, 10, "light"],
      [3, 11, "light"],
      [3, 12, "light"],
      [3, 8, "moderate"],
      [3, 9, "moderate"],
      // Week 7, a new block: a new variant at the bottom of the moderate step.
      [3, 8, "moderate"],
      [3, 9, "moderate"],
      [3, 10, "moderate"],
      [3, 11, "moderate"],
      [3, 12, "moderate"],
      [3, 8, "challenging"],
    ]);
    expect(hinges[6].exerciseId).not.toBe(hinges[5].exerciseId);
  });

  it("kettlebell load is the one weight given, in the runner's units (kg or lb)", () => {
    for (const [units, text] of [["kg", "12-16 kg kettlebell"], ["lb", "26-35 lb kettlebell"]] as const) {
      const result = plan({ equipment: ["kettlebell"], units });
      const notes = result.sessions.flatMap((s) => s.exercises.filter((e) => e.equipment.includes("kettlebell")).map((e) => e.note ?? ""));
      expect(notes.length).toBeGreaterThan(0);
      for (const note of notes) expect(note).toContain(text);
      const others = result.sessions.flatMap((s) => s.exercises.filter((e) => !e.equipment.includes("kettlebell")).map((e) => e.note ?? ""));
      for (const note of others) expect(note).not.toMatch(/\d\s?(kg|lb)\b/);
    }
  });

  it("experienced runners: one bodyweight week, then load", () => {
    const result = plan({ equipment: ["dumbbells"] });
    const a = result.sessions.filter((s) => s.slot === "A");
    expect(a[0].exercises.every((e) => e.load === "bodyweight")).toBe(true);
    expect(a[1].exercises.some((e) => e.load === "light")).toBe(true);
  });

  it("start inside a race block: no general phase, but new runners still get their bodyweight weeks", () => {
    const result = plan({ experience: "new", equipment: ["dumbbells"], races: [{ date: "2027-02-28", distance: "half", priority: "A" }] });
    expect(result.phases[0].kind).toBe("race-specific");
    expect(result.warnings.map((w) => w.code)).toContain("start-in-race-block");
    const first = result.sessions[0];
    expect(first.phase).toBe("race-specific");
    expect(first.exercises.every((e) => e.load === "bodyweight" && e.sets === 2)).toBe(true);
  });

  it("start inside the taper: taper only, no strength sessions, with a warning", () => {
    const result = plan({ races: [{ date: "2027-01-14", distance: "10k", priority: "A" }] });
    expect(result.sessions).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(["start-in-taper"]);
  });

  it("post-race recovery: nothing for 14 days after a marathon, then a new general phase", () => {
    const result = plan({
      races: [
        { date: "2027-04-25", distance: "marathon", priority: "A" },
        { date: "2027-10-10", distance: "half", priority: "A" },
      ],
      startDate: "2026-11-02",
      equipment: ["dumbbells"],
    });
    expect(result.phases).toContainEqual({ kind: "recovery", start: "2027-04-26", end: "2027-05-09" });
    expect(result.phases.some((p) => p.start <= "2027-04-25" && p.end >= "2027-04-25")).toBe(false);
    expect(between(result.sessions, "2027-04-25", "2027-05-09")).toEqual([]);
    const back = result.sessions.find((s) => s.date > "2027-05-09")!;
    expect(back.phase).toBe("general");
    expect(back.why.map((w) => w.text)).toContain("First week back after race recovery: one load step lighter to ease back in");
  });

  it("B race: no strength in the 4 days before and the 3 days after", () => {
    const result = plan({
      schedule: week("easy easy easy easy easy easy easy"),
      races: [
        { date: "2027-06-06", distance: "half", priority: "A" },
        { date: "2027-03-14", distance: "10k", priority: "B" },
      ],
    });
    expect(between(result.sessions, "2027-03-10", "2027-03-17")).toEqual([]);
    expect(between(result.sessions, "2027-03-08", "2027-03-09").length + between(result.sessions, "2027-03-18", "2027-03-21").length).toBeGreaterThan(0);
  });

  it("C race: no strength the day before or the day of", () => {
    const schedule = week("easy easy easy easy easy easy easy"); // sessions on Mon and Thu
    const result = plan({
      schedule,
      races: [
        { date: "2027-06-06", distance: "half", priority: "A" },
        { date: "2027-02-19", distance: "5k", priority: "C" }, // a Friday: Thursday is blocked
      ],
    });
    expect(between(result.sessions, "2027-02-18", "2027-02-19")).toEqual([]);
    expect(result.sessions.some((s) => s.date === "2027-02-15")).toBe(true);
  });

  it("60-minute sessions for an experienced runner add upper-body work and, late in the general phase, one power exercise", () => {
    const result = plan({ sessionMinutes: 60, startDate: "2026-11-02", equipment: ["long-band", "pull-up-bar", "dumbbells"] });
    expect(result.sessions.filter((s) => s.slot !== "light").every((s) => s.exercises.some((e) => e.category === "upper"))).toBe(true);
    const power = result.sessions.filter((s) => s.exercises.some((e) => e.category === "power"));
    expect(power.length).toBeGreaterThan(0);
    expect(power.every((s) => s.phase === "general")).toBe(true);
    const firstPower = power[0].date;
    expect(result.sessions.filter((s) => s.phase === "general" && s.date < firstPower).length).toBeGreaterThan(4);
    const newRunner = plan({ sessionMinutes: 60, experience: "new", startDate: "2026-11-02" });
    expect(newRunner.sessions.some((s) => s.exercises.some((e) => e.category === "power"))).toBe(false);
  });

  it("weeks run Monday to Sunday from the start to the end of the last recovery, each with its majority phase and total sets", () => {
    const result = plan({ startDate: "2027-01-06" });
    expect(result.weeks[0].start).toBe("2027-01-04");
    // Race 2027-06-06 (a Sunday): recovery runs to 06-13, so the last week is 06-07..06-13.
    const recovery = result.phases.find((p) => p.kind === "recovery")!;
    expect(result.weeks.at(-1)!.end).toBe("2027-06-13");
    expect(result.weeks.at(-1)!.start <= recovery.end && recovery.end <= result.weeks.at(-1)!.end).toBe(true);
    for (const [i, w] of result.weeks.entries()) {
      expect(w.index).toBe(i + 1);
      expect(w.end).toBe(shift(w.start, 6));
      const sets = result.sessions.filter((s) => w.sessionIds.includes(s.id)).flatMap((s) => s.exercises).reduce((n, e) => n + e.sets, 0);
      expect(w.totalSets).toBe(sets);
    }
    // Taper 2027-05-23..06-05: the week of 05-31 is all taper; the week after the race is recovery.
    expect(result.weeks.find((w) => w.start === "2027-05-31")!.phase).toBe("taper");
    expect(result.weeks.at(-1)!.phase).toBe("recovery");
    expect(result.weeks.find((w) => w.start === "2027-05-17")!.phase).toBe("race-specific");
    // No session before the start date.
    expect(result.sessions.every((s) => s.date >= "2027-01-06")).toBe(true);
  });

  it("does not mutate its input and returns an input copy", () => {
    const input = makeInput();
    const before = structuredClone(input);
    const result = buildPlan(input, { today: TODAY });
    expect(input).toEqual(before);
    expect(result.input.races).not.toBe(input.races);
    expect(result.input.races[0]).not.toBe(input.races[0]);
    expect(result.input.schedule).not.toBe(input.schedule);
    expect(result.input.equipment).not.toBe(input.equipment);
  });
});

describe("blocks in a long general phase (issue 14.15)", () => {
  // Two years of bodyweight-only training before one marathon.
  const long = buildPlan(
    makeInput({ equipment: [], experience: "new", startDate: "2027-01-04", races: [{ date: "2028-12-17", distance: "marathon", priority: "A" }] }),
    { today: "2027-01-04" },
  );
  const general = long.sessions.filter((session) => session.phase === "general" && session.slot !== "light");
  const signature = (session: (typeof general)[number]) =>
    session.exercises.map((item) => `${item.exerciseId} ${item.sets}x${item.reps ?? item.seconds} ${item.load} ${item.tempo ?? ""}`).join("|");

  it("never repeats the same session for more than six weeks in a row", () => {
    for (const slot of ["A", "B"] as const) {
      const sessions = general.filter((session) => session.slot === slot);
      let run = 1;
      for (let i = 1; i < sessions.length; i++) {
        run = signature(sessions[i]) === signature(sessions[i - 1]) ? run + 1 : 1;
        expect(run, `${slot} ${sessions[i].date}`).toBeLessThanOrEqual(6);
      }
    }
  });

  it("changes the exercises every 4 to 6 weeks, says so, and keeps the four categories", () => {
    const starts = general.filter((session) => session.slot === "A" && session.why.some((why) => why.rule === "4.block"));
    expect(starts.length).toBeGreaterThanOrEqual(10);
    for (let i = 1; i < starts.length; i++) {
      const weeks = daysBetween(starts[i - 1].date, starts[i].date) / 7;
      expect(weeks).toBeGreaterThanOrEqual(4);
      expect(weeks).toBeLessThanOrEqual(6);
    }
    for (const session of general) expect(coversFourCategories(session.exercises.map((item) => ({ exercise: findExercise(item.exerciseId)! })))).toBe(true);
    // A and B still share nothing outside activation.
    for (const a of general.filter((session) => session.slot === "A")) {
      const b = general.find((session) => session.slot === "B" && session.date > a.date && daysBetween(a.date, session.date) < 7);
      if (!b) continue;
      const shared = a.exercises.filter((item) => item.category !== "activation" && b.exercises.some((other) => other.exerciseId === item.exerciseId));
      expect(shared, a.date).toEqual([]);
    }
  });

  it("a 'move on to' suggestion names an exercise that is not already in the session", () => {
    const shortPhase = buildPlan(makeInput({ equipment: [], startDate: "2027-01-04", races: [{ date: "2027-05-02", distance: "10k", priority: "A" }] }), {
      today: "2027-01-04",
    });
    for (const session of [...long.sessions, ...shortPhase.sessions]) {
      for (const item of session.exercises) {
        const named = /move on to (.+) when/.exec(item.note ?? "")?.[1];
        if (named) expect(session.exercises.some((other) => other.name === named), `${session.id} ${item.exerciseId} -> ${named}`).toBe(false);
      }
    }
  });
});
