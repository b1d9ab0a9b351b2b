import { describe, expect, it } from "vitest";
import { classifyEvent, type TEventClassification } from "@/lib/run-plan/classify-event";

function kindOf(summary: string, extra: { description?: string; durationMinutes?: number | null } = {}): string {
  const result: TEventClassification = classifyEvent({
    summary,
    description: extra.description ?? "",
    durationMinutes: extra.durationMinutes ?? null,
  });
  if ("ignored" in result) return `ignored:${result.ignored}`;
  return result.confidence === "low" ? `${result.kind}:low` : result.kind;
}

describe("classifyEvent: one kind per event, by precedence", () => {
  it.each([
    // Hardest run kind wins inside one event.
    ["Long run with 3 x 2 km at MP", "long"],
    ["Recovery run 10 km", "easy"],
    ["Easy 5 mi + strides", "easy"],
    ["General aerobic + speed 8 mi w/ 10 x 100m strides", "easy"],
    ["Lactate threshold 8 mi w 4 mi @ 15K to half marathon pace", "hard"],
    ["Marathon pace run 13 mi w/ 8 mi @ marathon race pace", "long"],
    ["Easy run 12 mi", "long"],
    ["🏃 Long Run 18 km", "long"],
    ["⚡ Intervals · 6 x 800 m", "hard"],
    ["Tempo 1h40", "long"],
    // Rest.
    ["Rest day", "rest"],
    ["Rest or cross-training", "rest"],
    ["Off", "rest"],
    ["6 x 800 m, 90 s rest between", "hard"],
    ["Easy jog or rest", "easy"],
    // Cross-training without a word naming running.
    ["Easy bike 40 km", "cross"],
    ["Recovery swim 2 km", "cross"],
    ["Bike intervals 5 x 3 min", "cross"],
    ["Swim + easy run 5 km", "easy"],
    ["Row 5 km", "cross"],
    ["Tomorrow: long run", "long"],
    ["Yoga 90 min", "cross"],
    ["🧘 Mobility & Stretching", "rest"],
    ["Easy run + mobility", "easy"],
    // Strength and notes are ignored.
    ["💪 Strength: Lower body", "ignored:strength"],
    ["Core + easy run 6 km", "easy"],
    ["Hill sprints + core", "hard"],
    ["Gym: 3 x 10 reps squats", "ignored:strength"],
    ["Training Week 5 Distance: 40 mi", "ignored:summary"],
    ["Week 5", "ignored:summary"],
    ["Note: flying to Boston", "ignored:summary"],
    // Races are hard, however long.
    ["London Marathon", "hard"],
    ["Half marathon race 21.1 km", "hard"],
    ["Saturday parkrun", "hard"],
    ["Race pace 5 km", "hard"],
    // Nothing recognised: easy, for review.
    ["Dentist", "easy:low"],
    ["", "easy:low"],
    ["Morning Run", "easy"],
  ])("%j -> %s", (summary, expected) => {
    expect(kindOf(summary)).toBe(expected);
  });
});

describe("classifyEvent: the description and the event's own length", () => {
  it("reads the description when the title has no marker", () => {
    expect(kindOf("Workout", { description: "Warm up 2 km, 6 x 800 m at 5K pace, cool down" })).toBe("hard");
    expect(kindOf("Session", { description: "Strength: squats, lunges, core" })).toBe("ignored:strength");
  });

  it("lets the description say which run a plain 'Run' is, never turn it into rest or cross", () => {
    expect(kindOf("Morning Run", { description: "Tempo 20 min" })).toBe("hard");
    expect(kindOf("Run", { description: "Rest day tomorrow, so keep it relaxed" })).toBe("easy");
    expect(kindOf("Run", { description: "Swim after if you can" })).toBe("easy");
  });

  it("ignores the description when the title already says the kind", () => {
    expect(kindOf("Easy run", { description: "Long weekend ahead" })).toBe("easy");
  });

  it("never reads a weekly note out of a description", () => {
    expect(kindOf("Run 5 km", { description: "Week 5" })).toBe("easy");
  });

  it("makes a run of 90+ minutes long from DTEND/DURATION, but not a meeting or a bike ride", () => {
    expect(kindOf("Morning Run", { durationMinutes: 95 })).toBe("long");
    expect(kindOf("Tempo", { durationMinutes: 90 })).toBe("long");
    expect(kindOf("Morning Run", { durationMinutes: 89 })).toBe("easy");
    expect(kindOf("Team meeting", { durationMinutes: 120 })).toBe("easy:low");
    expect(kindOf("Bike", { durationMinutes: 180 })).toBe("cross");
  });

  it("reports the race it found, with the rule that decided", () => {
    expect(classifyEvent({ summary: "🏁 Race Day: Manchester Marathon", description: "", durationMinutes: null })).toEqual({
      kind: "hard",
      confidence: "high",
      rule: "race",
      race: { name: "Manchester Marathon", distance: "marathon" },
    });
  });

  it("does not offer a bike race as a race", () => {
    expect(classifyEvent({ summary: "Bike race 40 km", description: "", durationMinutes: null })).toEqual({
      kind: "cross",
      confidence: "high",
      rule: "bike",
    });
  });
});
