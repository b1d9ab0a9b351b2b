import { describe, expect, it } from "vitest";
import { CLASSIFICATION_PATTERNS, patternMatches } from "@/lib/run-plan/classification-patterns";
import { normalizeText } from "@/lib/run-plan/normalize-text";

/** Every row of the table: texts it must match and near misses it must not. */
const EXAMPLES: Record<string, { match: string[]; miss: string[] }> = {
  "training week": { match: ["Training Week 5 Distance: 40 mi", "Final Training Week!", "📅 Training week 12"], miss: ["Week of training", "Long run training"] },
  "week number": { match: ["Week 5", "Week 5 of 18", "Week 5: 40 mi", "Week 12 - Total 64 km", "WEEK 3"], miss: ["Week 5 long run 18 km", "Weekly long run", "Weekend run"] },
  "weekly total": { match: ["Weekly total: 52 km", "Week summary", "Weekly mileage 40"], miss: ["Totally weekly run"] },
  note: { match: ["Note: travelling", "Notes - taper starts", "Note"], miss: ["Notebook run", "Run (see notes)"] },
  "rest or cross-training": { match: ["Rest or cross-training", "Rest / XT", "Rest day or cross-training", "rest or easy cross-train"], miss: ["Rest", "Cross-training"] },
  "cross-training or rest": { match: ["Cross-training or rest", "XT / rest"], miss: ["Cross-training then easy run"] },
  "long run": { match: ["Long run 16 mi", "Medium-long run 12 mi", "Sunday long-run", "Long slow run"], miss: ["Longer intervals", "Run along the river"] },
  long: { match: ["Long", "Sunday long 2h"], miss: ["Longer", "Along the canal"] },
  LR: { match: ["LR 20", "Sunday LR"], miss: ["LRT", "Clr"] },
  "18+ km": { match: ["Long Run 18 km", "18k", "20.5 km steady", "21,1 km"], miss: ["17.9 km", "5 x 1 km", "18 min"] },
  "11+ mi": { match: ["11 mi", "11 miles", "12mi", "Marathon pace run 13 mi"], miss: ["10 mi", "10.9 miles", "11 min"] },
  "90+ min": { match: ["Easy 1h40", "100 min", "Run 90'", "2 hours steady", "1.5 hours", "Duration: 1:35:00"], miss: ["89 min", "1h", "45'", "7:30 min/km", "Start 10:30"] },
  interval: { match: ["Intervals", "interval session"], miss: ["Intervention"] },
  repeat: { match: ["Hill repeats", "Mile repeat"], miss: ["Repeatedly"] },
  reps: { match: ["400 m reps"], miss: ["Reptile", "Rep"] },
  "N x distance": { match: ["6x800", "5 x 1 km", "4×4 min", "10 x 400m", "3 x 2 km at MP", "8 x 1,000 m"], miss: ["10 x 100m strides", "6 x 100 m strides", "6 x 20'' strides", "2x", "x 800"] },
  tempo: { match: ["Tempo 8 km", "tempo run"], miss: ["Tempoary"] },
  threshold: { match: ["Threshold 3 x 10 min", "Lactate threshold"], miss: ["Thresholds?no"] },
  LT: { match: ["LT 8 mi w/ 4 @ LT", "LT run"], miss: ["Alt route", "Salt"] },
  lactate: { match: ["Lactate threshold 8 mi"], miss: ["Lact"] },
  VO2: { match: ["VO₂max 8 mi", "VO2 max intervals", "vo2"], miss: ["VO run"] },
  fartlek: { match: ["Fartlek 40 min"], miss: ["Fart"] },
  hill: { match: ["Hill sprints", "Hills x 8"], miss: ["Hilly bike ride", "Uphill walk"] },
  track: { match: ["Track session", "Tuesday track"], miss: ["Trackday", "Racetrack"] },
  speed: { match: ["Speed work", "Speed session 6 x 400"], miss: ["General aerobic + speed 8 mi w/ 10 x 100m strides", "Speedy"] },
  "race pace": { match: ["2 mi @ race pace", "race-pace finish"], miss: ["Race day", "Embrace"] },
  "marathon pace": { match: ["8 mi at marathon pace", "Half marathon pace"], miss: ["Marathon"] },
  MP: { match: ["MP 12 mi", "10 @ MP"], miss: ["MP3 player", "Camp"] },
  "5k / 10k / goal pace": { match: ["5 x 800 m @ 5K pace", "10k pace", "HM pace", "Goal pace miles", "5K race pace"], miss: ["Easy pace", "Pacer"] },
  progression: { match: ["Progression run 10 km"], miss: ["Progress check"] },
  "Yasso 800s": { match: ["Yasso 800s", "10 x Yasso"], miss: ["Yas queen"] },
  "time trial": { match: ["5k time trial", "Time-trial"], miss: ["Trial run"] },
  race: { match: ["10K race", "Race day", "Tune-up race (8K-15K)"], miss: ["Race pace", "Race week shakeout", "Pre-race jog", "Embrace", "Racetrack"] },
  easy: { match: ["Easy 5 mi", "EASY RUN"], miss: ["Easyjet"] },
  recovery: { match: ["Recovery 5 mi"], miss: ["Recover"] },
  shakeout: { match: ["Shakeout 3 km", "Shake-out", "shake out jog"], miss: ["Shake"] },
  jog: { match: ["Jog 20 min", "Jogging", "jogs"], miss: ["Jogger"] },
  "general aerobic": { match: ["General aerobic 9 mi"], miss: ["General admission"] },
  GA: { match: ["GA 9", "GA + speed"], miss: ["Gap", "Yoga"] },
  aerobic: { match: ["Aerobic Endurance 45'"], miss: ["Anaerobic"] },
  base: { match: ["Base run 8 km"], miss: ["Baseline", "Database"] },
  strides: { match: ["Easy 5 mi + strides", "6 x 100 m strides", "stride"], miss: ["Strident"] },
  run: { match: ["Morning Run", "Runs", "Running club"], miss: ["Rung", "Brunch", "Runway"] },
  "runner emoji": { match: ["🏃 6 km", "🏃‍♀️ Easy"], miss: ["🚴 Ride"] },
  parkrun: { match: ["Parkrun", "Saturday park run", "Bushy park-run"], miss: ["Park", "Car park"] },
  "cross-training": { match: ["Cross-training 45 min", "Cross train", "Crosstraining"], miss: ["Crossing"] },
  XT: { match: ["XT 45 min", "Optional XT"], miss: ["Next", "XTC"] },
  bike: { match: ["Bike 1h", "Easy biking", "E-bike commute"], miss: ["Biker's breakfast"] },
  cycling: { match: ["Cycling", "Cycle 40 km"], miss: ["Cyclone", "Recycle"] },
  spin: { match: ["Spin class", "Spinning"], miss: ["Spinach"] },
  swim: { match: ["Swim 2 km", "Swimming"], miss: ["Swimsuit shopping"] },
  elliptical: { match: ["Elliptical 30 min"], miss: ["Ellipse"] },
  row: { match: ["Row 5 km", "Rowing", "Rower 20 min"], miss: ["Tomorrow: run", "Arrow", "Rowan"] },
  yoga: { match: ["Yoga", "Yoga flow"], miss: ["Yogurt"] },
  pilates: { match: ["Pilates", "Reformer pilates"], miss: ["Pilot"] },
  rest: { match: ["Rest", "Rest day", "Resting"], miss: ["Restaurant", "Forest run", "Interest"] },
  off: { match: ["Off", "Day off", "OFF!", "Off day"], miss: ["Kick off meeting", "Offset", "Coffee"] },
  "day off": { match: ["Day off work", "Travel - off day"], miss: ["Day offset"] },
  mobility: { match: ["🧘 Mobility & Stretching", "Stretch", "Foam rolling"], miss: ["Mobile phone", "Stretchy"] },
  strength: { match: ["💪 Strength: lower body", "Strength training"], miss: ["Strengthen"] },
  gym: { match: ["Gym", "Gym session"], miss: ["Gymkhana"] },
  weights: { match: ["Weights", "Weight training"], miss: ["Weighted vest walk"] },
  lifting: { match: ["Lifting", "Lift"], miss: ["Lifted", "Lifeline"] },
  core: { match: ["Core session", "Core 15 min"], miss: ["Score", "Corey"] },
  "S&C": { match: ["S&C", "S & C session"], miss: ["S&P"] },
  circuit: { match: ["Circuit training", "Circuits"], miss: ["Circuitous"] },
};

describe("CLASSIFICATION_PATTERNS", () => {
  it("names every row once and gives every row examples here", () => {
    const names = CLASSIFICATION_PATTERNS.map((row) => row.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(EXAMPLES).sort()).toEqual([...names].sort());
  });

  describe.each(CLASSIFICATION_PATTERNS.map((row) => [row.name, row] as const))("%s", (name, row) => {
    it.each(EXAMPLES[name]?.match ?? [])(`matches %j (${row.kind})`, (text) => {
      expect(patternMatches(row, normalizeText(text))).toBe(true);
    });
    it.each(EXAMPLES[name]?.miss ?? [])("does not match %j", (text) => {
      expect(patternMatches(row, normalizeText(text))).toBe(false);
    });
  });
});
