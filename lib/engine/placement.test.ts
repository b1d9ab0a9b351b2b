import { describe, expect, it } from "vitest";
import { chooseTrainingDays, cyclicGap, describeLegalDate, describeTiming, isAfterRun, isLegalDay } from "./placement";
import { createKindOf } from "./dated-kinds";
import { week } from "@/tests/fixtures/plan-inputs";

const MON = 0, TUE = 1, WED = 2, THU = 3, FRI = 4, SAT = 5, SUN = 6;

describe("placement (DOMAIN.md section 2)", () => {
  it("rule 1: chooses two sessions per week when the schedule allows", () => {
    expect(chooseTrainingDays(week("easy easy easy easy easy easy easy")).days).toHaveLength(2);
  });

  it("rule 2: never places a session on a hard or long day", () => {
    const schedule = week("hard easy hard easy long easy easy");
    expect(isLegalDay(schedule, MON)).toBe(false);
    expect(isLegalDay(schedule, WED)).toBe(false);
    expect(isLegalDay(schedule, FRI)).toBe(false);
    const { days } = chooseTrainingDays(schedule);
    for (const day of days) expect(["easy", "cross", "rest"]).toContain(Object.values(schedule)[day]);
  });

  it("rule 3: never places a session the day before a hard or long run", () => {
    const schedule = week("easy easy hard easy easy easy long");
    expect(isLegalDay(schedule, TUE)).toBe(false);
    expect(isLegalDay(schedule, SAT)).toBe(false);
    expect(chooseTrainingDays(schedule).days).not.toContain(TUE);
    expect(chooseTrainingDays(schedule).days).not.toContain(SAT);
  });

  it("rule 3: never places a session the day before a long run (cyclic: Sunday before Monday)", () => {
    const schedule = week("long easy easy easy easy easy easy");
    expect(isLegalDay(schedule, SUN)).toBe(false);
    expect(chooseTrainingDays(schedule).days).not.toContain(SUN);
    expect(chooseTrainingDays(schedule).legal).toEqual([TUE, WED, THU, FRI, SAT]);
  });

  it("rule 2: cross and rest days are legal like easy days", () => {
    const schedule = week("cross rest easy cross rest easy rest");
    expect([0, 1, 2, 3, 4, 5, 6].every((d) => isLegalDay(schedule, d))).toBe(true);
  });

  it("rule 4: the two sessions are not on consecutive days when another legal pair exists", () => {
    // Legal: Wed, Thu, Fri. Wed+Thu and Thu+Fri are back to back; Wed+Fri is not.
    const { days } = chooseTrainingDays(week("rest hard easy easy rest easy long"));
    expect(days).toEqual([WED, FRI]);
  });

  it("rule 4: the week is a cycle, so Sunday and Monday count as consecutive", () => {
    expect(cyclicGap(SUN, MON)).toBe(1);
    // Legal: Mon, Thu, Sun. Mon-Sun looks 6 apart in a list but is back to back around the
    // cycle, so the widest pair is Mon-Thu (3 apart).
    const schedule = week("easy easy hard easy easy long rest");
    expect(chooseTrainingDays(schedule).legal).toEqual([MON, THU, SUN]);
    expect(chooseTrainingDays(schedule).days).toEqual([MON, THU]);
  });

  it("rule 4: uses consecutive days only when they are the only legal pair, and says so", () => {
    // Legal: Thu and Fri only.
    const placement = chooseTrainingDays(week("hard hard hard easy easy rest long"));
    expect(placement.days).toEqual([THU, FRI]);
    expect(placement.warning).toBeNull();
    expect(placement.pairWhy?.text).toMatch(/back to back/);
  });

  it("rule 4: prefers the widest spacing around the cycle", () => {
    const placement = chooseTrainingDays(week("easy easy easy easy easy easy easy"));
    expect(cyclicGap(placement.days[0], placement.days[1])).toBe(3);
    expect(placement.pairWhy?.text).toMatch(/3 days apart/);
  });

  it("rule 4: at equal spacing prefers easy or cross days over rest days", () => {
    // Mon+Thu (rest+easy) and Tue+Fri (easy+cross) are both 3 apart: the active pair wins.
    const { days } = chooseTrainingDays(week("rest easy rest easy cross rest rest"));
    expect(days).toEqual([TUE, FRI]);
  });

  it("rule 4: the choice is deterministic (earliest days break remaining ties)", () => {
    const schedule = week("easy easy easy easy easy easy easy");
    expect(chooseTrainingDays(schedule).days).toEqual([MON, THU]);
    expect(chooseTrainingDays({ ...schedule })).toEqual(chooseTrainingDays(schedule));
  });

  it("rule 5: on a run or cross-training day the session is after the run; on a rest day there is no run", () => {
    // Epoch day 4 (1970-01-05) is a Monday.
    const kindOf = createKindOf({ schedule: week("easy cross rest easy rest easy long") });
    const [mon, tue, wed] = [4, 5, 6];
    expect(isAfterRun(kindOf, mon)).toBe(true);
    expect(isAfterRun(kindOf, tue)).toBe(true);
    expect(isAfterRun(kindOf, wed)).toBe(false);
    expect(describeTiming(kindOf, mon)).toEqual({ rule: "2.5", text: expect.stringMatching(/after your easy run/) });
    expect(describeTiming(kindOf, tue).text).toMatch(/after your cross-training/);
    expect(describeTiming(kindOf, wed).text).toMatch(/Rest day/);
  });

  it("why names the rule: 'Thursday: easy day, not before a hard or long run'", () => {
    const kindOf = createKindOf({ schedule: week("rest hard easy easy rest easy long") });
    expect(describeLegalDate(kindOf, 4 + THU)).toEqual({ rule: "2.3", text: "Thursday: easy day, not before a hard or long run" });
  });

  it("rule 6: one legal day: places it, warns naming the blocking days and suggesting a change", () => {
    // Only Thursday is legal.
    const placement = chooseTrainingDays(week("rest hard hard easy easy long hard"));
    expect(placement.days).toEqual([THU]);
    expect(placement.warning?.code).toBe("few-legal-days");
    const message = placement.warning!.message;
    expect(message).toContain("Tuesday is a hard day, so Monday is off limits");
    expect(message).toContain("Saturday is a long run, so Friday is off limits");
    expect(message).toContain("Sunday is a hard day");
    expect(message).toContain("make Tuesday an easy day");
  });

  it("rule 6: no legal day: places none and warns with a fix instead of breaking rules 2 and 3", () => {
    const placement = chooseTrainingDays(week("easy hard easy hard easy long hard"));
    expect(placement.days).toEqual([]);
    expect(placement.warning?.code).toBe("no-legal-days");
    expect(placement.warning!.message).toContain("Thursday is a hard day, so Wednesday is off limits");
    expect(placement.warning!.message).toMatch(/make \w+ (and \w+ )?(an easy day|easy days)/);
  });

  it("rule 6: the suggestion never settles for a back-to-back pair when a bigger change gives a spaced one", () => {
    // Only Saturday is legal. Making Friday easy would give Friday and Saturday, back to back.
    const placement = chooseTrainingDays(week("long hard hard hard hard rest rest"));
    expect(placement.days).toEqual([5]);
    const suggested = /sessions could then go on (\w+) and (\w+)\)/.exec(placement.warning!.message)!;
    const index = (name: string) => ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].indexOf(name);
    const gap = Math.abs(index(suggested[2]) - index(suggested[1]));
    expect(Math.min(gap, 7 - gap)).toBeGreaterThan(1);
    expect(placement.warning!.message).not.toMatch(/make Monday/);
  });

  it("rule 6: an all-hard week still gets a concrete suggestion", () => {
    const placement = chooseTrainingDays(week("hard hard hard hard hard hard hard"));
    expect(placement.days).toEqual([]);
    expect(placement.warning!.message).toMatch(/make Monday, Tuesday and \w+ easy days/);
  });
});
