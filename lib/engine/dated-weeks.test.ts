/**
 * DOMAIN.md section 9 with hand-written expectations: dated run days, the week boundary, per-week
 * warnings and breaks. Each case names the dated kinds it sets; the template is the fixtures'
 * "rest hard easy easy rest easy long" (sessions Wednesday and Friday) unless it says otherwise.
 */
import { describe, expect, it } from "vitest";
import { buildPlan } from "./build-plan";
import type { TPlan, TSession } from "./types";
import { makeInput, week } from "@/tests/fixtures/plan-inputs";

function plan(overrides: Record<string, unknown> = {}): TPlan {
  return buildPlan(makeInput(overrides), { today: "2027-01-04" });
}

function datesBetween(result: TPlan, from: string, to: string): string[] {
  return result.sessions.filter((session) => session.date >= from && session.date <= to).map((session) => session.date);
}

/** The hinge of each A session: [sets, reps, load], the clearest view of the dose week by week. */
function hingeOf(session: TSession): [number, number | undefined, string] {
  const hinge = session.exercises.find((exercise) => exercise.category === "hinge")!;
  return [hinge.sets, hinge.reps, hinge.load];
}

function aSessions(result: TPlan): TSession[] {
  return result.sessions.filter((session) => session.slot === "A");
}

describe("dated run days (section 9)", () => {
  it("a week whose long run moves to Saturday: Friday is off limits, the pair is Wednesday and Sunday", () => {
    // Week of 11 Jan: rest hard easy easy rest LONG EASY.
    const result = plan({ runDays: { "2027-01-16": "long", "2027-01-17": "easy" } });
    expect(datesBetween(result, "2027-01-11", "2027-01-17")).toEqual(["2027-01-13", "2027-01-17"]);
    const sunday = result.sessions.find((session) => session.date === "2027-01-17")!;
    expect(sunday.id).toBe("2027-01-17-B");
    expect(sunday.why).toContainEqual({ rule: "2.4", text: "Wednesday and Sunday: 4 days apart, the widest spacing this week's runs allow" });
    expect(sunday.why).toContainEqual({ rule: "2.5", text: "Run first, lift after: do this session after your easy run" });
    // The weeks around it keep the template's Wednesday and Friday.
    expect(datesBetween(result, "2027-01-04", "2027-01-10")).toEqual(["2027-01-06", "2027-01-08"]);
    expect(datesBetween(result, "2027-01-18", "2027-01-24")).toEqual(["2027-01-20", "2027-01-22"]);
    expect(result.warnings).toEqual([]);
  });

  it("the Sunday before a Monday long run is off limits across the week boundary (rule 2.3)", () => {
    // Template easy hard easy easy easy long easy: sessions Wednesday and Sunday. Monday 18 Jan
    // becomes the long run, so Sunday 17 is the day before it; Wednesday and Thursday are all that is left.
    const result = plan({ schedule: week("easy hard easy easy easy long easy"), runDays: { "2027-01-18": "long" } });
    expect(datesBetween(result, "2027-01-04", "2027-01-10")).toEqual(["2027-01-06", "2027-01-10"]);
    expect(datesBetween(result, "2027-01-11", "2027-01-17")).toEqual(["2027-01-13", "2027-01-14"]);
    const thursday = result.sessions.find((session) => session.date === "2027-01-14")!;
    expect(thursday.why).toContainEqual({ rule: "2.4", text: "Wednesday and Thursday are back to back: this week's runs leave no other pair of legal days" });
  });

  it("not the day after the previous week's last session when another pair exists; the week after returns to the template", () => {
    // Template: every day easy (sessions Monday and Thursday).
    const runDays = {
      // Week of 11 Jan: hard easy hard easy easy hard easy: only Thursday 14 and Sunday 17 are legal.
      "2027-01-11": "hard",
      "2027-01-13": "hard",
      "2027-01-16": "hard",
      // Week of 18 Jan: easy easy hard easy easy hard easy: Monday 18, Thursday 21 and Sunday 24.
      "2027-01-20": "hard",
      "2027-01-23": "hard",
    };
    const result = plan({ schedule: week("easy easy easy easy easy easy easy"), runDays });
    expect(datesBetween(result, "2027-01-11", "2027-01-17")).toEqual(["2027-01-14", "2027-01-17"]);
    // Monday 18 would follow straight on from Sunday 17: Thursday and Sunday instead.
    expect(datesBetween(result, "2027-01-18", "2027-01-24")).toEqual(["2027-01-21", "2027-01-24"]);
    expect(result.sessions.find((session) => session.date === "2027-01-21")!.why).toContainEqual({
      rule: "2.4",
      text: "Thursday and Sunday: 3 days apart, not straight after last Sunday's session, the widest spacing this week's runs allow",
    });
    // The template week of 25 Jan follows a dated week: it keeps clear of Monday 25 (Tuesday and Friday) ...
    expect(datesBetween(result, "2027-01-25", "2027-01-31")).toEqual(["2027-01-26", "2027-01-29"]);
    // ... and the next one, between template weeks, is back on Monday and Thursday for good.
    expect(datesBetween(result, "2027-02-01", "2027-02-07")).toEqual(["2027-02-01", "2027-02-04"]);
    expect(datesBetween(result, "2027-02-08", "2027-02-14")).toEqual(["2027-02-08", "2027-02-11"]);
  });

  it("a template week after a session displaced to Sunday keeps the template's pair (one push does not shift the season)", () => {
    // Template rest rest hard hard rest rest easy: sessions Monday and Friday. The B race on Friday
    // 15 Jan blocks 11 to 18 Jan, so the week of 18 Jan moves its Monday session to Sunday 24.
    const result = plan({
      schedule: week("rest rest hard hard rest rest easy"),
      races: [
        { date: "2027-06-06", distance: "half", priority: "A" },
        { date: "2027-01-15", distance: "5k", priority: "B" },
      ],
    });
    expect(datesBetween(result, "2027-01-11", "2027-01-17")).toEqual([]);
    expect(datesBetween(result, "2027-01-18", "2027-01-24")).toEqual(["2027-01-22", "2027-01-24"]);
    for (const monday of ["2027-01-25", "2027-02-01", "2027-02-08"]) {
      const friday = new Date(Date.parse(`${monday}T00:00:00Z`) + 4 * 86_400_000).toISOString().slice(0, 10);
      expect(datesBetween(result, monday, friday), monday).toEqual([monday, friday]);
    }
  });

  it("a week cut by the taper still gets two sessions on its building dates when they hold a non-consecutive pair", () => {
    // Every day rest: sessions Monday and Thursday. A 10K on Thursday 11 Feb starts the taper on
    // Thursday 28 Jan, so that week has only Monday to Wednesday: Monday and Wednesday.
    const result = plan({ schedule: week("rest rest rest rest rest rest rest"), races: [{ date: "2027-02-11", distance: "10k", priority: "A" }] });
    expect(result.phases.find((phase) => phase.kind === "taper")).toMatchObject({ start: "2027-01-28" });
    expect(datesBetween(result, "2027-01-18", "2027-01-24")).toEqual(["2027-01-18", "2027-01-21"]);
    expect(datesBetween(result, "2027-01-25", "2027-01-31")).toEqual(["2027-01-25", "2027-01-27"]);
  });
});

describe("per-week warnings (section 9, rule 2.6 per week)", () => {
  it("a week with one legal date gets one session and a warning naming the week and its blocking dates", () => {
    // Week of 11 Jan: rest hard easy HARD EASY LONG REST: only Sunday 17 is legal.
    const result = plan({ runDays: { "2027-01-14": "hard", "2027-01-15": "easy", "2027-01-16": "long", "2027-01-17": "rest" } });
    expect(datesBetween(result, "2027-01-11", "2027-01-17")).toEqual(["2027-01-17"]);
    expect(result.warnings).toEqual([
      {
        code: "few-legal-days",
        week: "2027-01-11",
        message:
          "The week of 11 Jan 2027 has only one date that can take strength work (Sun 17 Jan), so it gets one session: Tue 12 Jan is a hard day, so Mon 11 Jan is off limits; Thu 14 Jan is a hard day, so Wed 13 Jan is off limits; Sat 16 Jan is a long run, so Fri 15 Jan is off limits.",
      },
    ]);
  });

  it("a week with no legal date gets no session and a no-legal-days warning", () => {
    const result = plan({ runDays: { "2027-01-14": "hard", "2027-01-15": "easy", "2027-01-16": "long", "2027-01-17": "long" } });
    expect(datesBetween(result, "2027-01-11", "2027-01-17")).toEqual([]);
    expect(result.warnings).toEqual([
      {
        code: "no-legal-days",
        week: "2027-01-11",
        message:
          "The week of 11 Jan 2027 has no date that can take strength work, so it has no session: Tue 12 Jan is a hard day, so Mon 11 Jan is off limits; Thu 14 Jan is a hard day, so Wed 13 Jan is off limits; Sat 16 Jan is a long run, so Fri 15 Jan is off limits; Sun 17 Jan is a long run.",
      },
    ]);
  });
});

describe("breaks (section 9)", () => {
  // Experienced, dumbbells, from Monday 2 Nov 2026: A sessions on Wednesdays; hinge 3x10 bodyweight,
  // then 3x10, 3x11, 3x12 light, 3x8, 3x9, 3x10, 3x11, 3x12 moderate, 3x8 challenging...
  const base = { equipment: ["dumbbells"], startDate: "2026-11-02" };

  it("no session inside a break; after two full weeks away the dose steps back two weeks, and the first session back says why", () => {
    const result = plan({ ...base, breaks: [{ start: "2026-11-30", end: "2026-12-13", reason: "illness" }] });
    expect(datesBetween(result, "2026-11-30", "2026-12-13")).toEqual([]);
    const a = aSessions(result);
    expect(a.slice(0, 5).map((session) => [session.date, ...hingeOf(session)])).toEqual([
      ["2026-11-04", 3, 10, "bodyweight"],
      ["2026-11-11", 3, 10, "light"],
      ["2026-11-18", 3, 11, "light"],
      ["2026-11-25", 3, 12, "light"],
      // Two weeks of progress back from where it stopped (3x12 light would have led to 3x8 moderate),
      // and the return opens a new block (week 7), which starts at the bottom of the light step.
      ["2026-12-16", 3, 10, "light"],
    ]);
    const why = { rule: "9.break-step-back", text: "Back from 14 days away (illness, 30 Nov – 13 Dec 2026): the dose steps back 2 weeks of progress, so returning costs no soreness that would hurt your running" };
    expect(a[4].why).toContainEqual(why);
    expect(result.sessions.find((session) => session.date === "2026-12-18")!.why).toContainEqual(why);
    expect(result.sessions.filter((session) => session.date > "2026-12-18").every((session) => session.why.every((reason) => !reason.rule.startsWith("9.break")))).toBe(true);
    expect(result.windows).toContainEqual({ kind: "break", start: "2026-11-30", end: "2026-12-13", why: { rule: "9.break", text: "Break (illness, 30 Nov – 13 Dec 2026): no strength sessions" } });
  });

  it("eight weeks away step back at most three weeks of progress", () => {
    // Week 7 opens a new block at 3x8 moderate, so 3x9 would be next; three weeks lower (eight weeks
    // would have meant more) is 3x11 light, and the return opens the next block at the bottom of that
    // step, 3x10 light.
    const result = plan({ ...base, breaks: [{ start: "2026-12-21", end: "2027-02-14", reason: "injury" }] });
    expect(datesBetween(result, "2026-12-21", "2027-02-14")).toEqual([]);
    const a = aSessions(result);
    expect(a.slice(6, 9).map((session) => [session.date, ...hingeOf(session)])).toEqual([
      ["2026-12-16", 3, 8, "moderate"],
      ["2027-02-17", 3, 10, "light"],
      ["2027-02-24", 3, 11, "light"],
    ]);
    expect(a[7].why).toContainEqual({
      rule: "9.break-step-back",
      text: "Back from 56 days away (injury, 21 Dec 2026 – 14 Feb 2027): the dose steps back 3 weeks of progress, so returning costs no soreness that would hurt your running",
    });
  });

  it("a new runner back from 21 days repeats one bodyweight week (both sessions), then the ladder starts again", () => {
    // New: three bodyweight weeks, then 3x10, 3x11 light; away 7 to 27 Dec (three weeks: back to
    // the bottom of the ladder after the bodyweight week).
    const result = plan({ ...base, experience: "new", breaks: [{ start: "2026-12-07", end: "2026-12-27", reason: "injury" }] });
    const a = aSessions(result);
    expect(a.slice(3, 8).map((session) => [session.date, ...hingeOf(session)])).toEqual([
      ["2026-11-25", 3, 10, "light"],
      ["2026-12-02", 3, 11, "light"],
      ["2026-12-30", 3, 10, "bodyweight"],
      ["2027-01-06", 3, 10, "light"],
      ["2027-01-13", 3, 11, "light"],
    ]);
    const back = result.sessions.filter((session) => session.date >= "2026-12-28" && session.date <= "2027-01-03");
    expect(back).toHaveLength(2);
    for (const session of back) {
      expect(session.exercises.every((exercise) => exercise.equipment.length === 0 && exercise.load === "bodyweight")).toBe(true);
      expect(session.why).toContainEqual({
        rule: "9.break-bodyweight",
        text: "Back from 21 days away (injury, 7–27 Dec 2026): one bodyweight week to find the movements again, then the dose picks up 3 weeks of progress lower",
      });
      expect(session.why).toContainEqual({ rule: "4.intro", text: "Bodyweight week: one week to learn the movements, then load" });
    }
  });

  it("a break under 7 days costs nothing: progress goes on from where it stopped, with no break reason", () => {
    // Monday 30 Nov to Saturday 5 Dec holds that week's Wednesday and Friday: the week has no session.
    const result = plan({ ...base, breaks: [{ start: "2026-11-30", end: "2026-12-05", reason: "travel" }] });
    expect(datesBetween(result, "2026-11-30", "2026-12-06")).toEqual([]);
    const a = aSessions(result);
    expect(a.slice(3, 5).map((session) => [session.date, ...hingeOf(session)])).toEqual([
      ["2026-11-25", 3, 12, "light"],
      ["2026-12-09", 3, 8, "moderate"],
    ]);
    expect(result.sessions.some((session) => session.why.some((reason) => reason.rule.startsWith("9.break")))).toBe(false);
  });

  it("a break that only covers one session's date moves it to another legal date of the week", () => {
    // Wednesday 18 Nov only: the week's A session moves to Thursday (Friday keeps B).
    const result = plan({ ...base, breaks: [{ start: "2026-11-18", end: "2026-11-18", reason: "other" }] });
    expect(datesBetween(result, "2026-11-16", "2026-11-22")).toEqual(["2026-11-19", "2026-11-20"]);
    const moved = result.sessions.find((session) => session.date === "2026-11-19")!;
    expect(moved.why).toContainEqual({ rule: "9.break", text: "Moved from Wednesday: Break (time off, 18 Nov 2026): no strength sessions" });
  });

  it("a break before the first session costs nothing and says nothing", () => {
    const result = plan({ ...base, breaks: [{ start: "2026-11-02", end: "2026-11-22", reason: "travel" }] });
    const a = aSessions(result);
    expect(a[0].date).toBe("2026-11-25");
    expect(hingeOf(a[0])).toEqual([3, 10, "bodyweight"]);
    expect(a[0].why.some((reason) => reason.rule.startsWith("9.break"))).toBe(false);
  });
});
