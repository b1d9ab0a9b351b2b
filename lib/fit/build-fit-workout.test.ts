import { describe, expect, it } from "vitest";
import { Profile } from "@garmin/fitsdk";
import { ZodError } from "zod";
import { findExercise } from "@/lib/engine/catalogue";
import { CATALOGUE_FIT } from "@/lib/engine/catalogue-fit";
import { KG_SESSION, LB_SESSION } from "@/tests/golden/fit/fixture-sessions";
import { buildFitWorkout } from "./build-fit-workout";
import type { TFitSession, TFitUnits } from "./fit-session";
import { decodeWithFitFileParser, decodeWithSdk, goldenPlanSessions, type TDecodedStep, type TDecodedWorkout } from "@/tests/fixtures/fit-decoders";

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

type TExpectedStep = {
  intensity: "active" | "rest";
  durationType: "reps" | "time" | "open";
  durationValue?: number;
  exerciseId?: string;
};

/**
 * The steps DOMAIN.md section 12 asks for, written from the prescription: every set in order,
 * its work (a one-sided hold once per side), then its rest unless it is the session's last set.
 */
function expectedSteps(session: TFitSession): TExpectedStep[] {
  const sets = session.exercises.flatMap((prescription) => Array.from({ length: prescription.sets }, () => prescription));
  return sets.flatMap((prescription, index) => {
    const exercise = findExercise(prescription.exerciseId);
    let work: Omit<TExpectedStep, "intensity">[];
    if (prescription.seconds !== undefined) {
      work = Array.from({ length: exercise?.unilateral ? 2 : 1 }, () => ({ durationType: "time" as const, durationValue: prescription.seconds! * 1000 }));
    } else if (exercise?.dose === "metres") {
      work = [{ durationType: "open" }];
    } else {
      work = [{ durationType: "reps", durationValue: prescription.reps }];
    }
    const active = work.map((step) => ({ intensity: "active" as const, exerciseId: prescription.exerciseId, ...step }));
    const isLast = index === sets.length - 1;
    if (isLast || prescription.restSeconds === 0) return active;
    return [...active, { intensity: "rest" as const, durationType: "time" as const, durationValue: prescription.restSeconds * 1000 }];
  });
}

/** Kilograms the way a FIT file holds them: 0.01 kg steps. */
function fitKilograms(load: { value: number; unit: "kg" | "lb" }): number {
  return Math.round((load.unit === "kg" ? load.value : load.value * 0.45359237) * 100) / 100;
}

function expectWorkoutMatches(decoded: TDecodedWorkout, session: TFitSession, units: TFitUnits): void {
  expect(decoded.fileType).toBe("workout");
  expect(decoded.manufacturer).toBe("development");
  expect(decoded.product).toBe(1);
  expect(decoded.timeCreated).toEqual(new Date(`${session.date}T00:00:00Z`));
  expect(decoded.sport).toBe("training");
  expect(decoded.subSport).toBe("strengthTraining");
  expect(utf8Length(decoded.name!)).toBeLessThanOrEqual(31);
  expect(session.title.startsWith(decoded.name!)).toBe(true);

  const expected = expectedSteps(session);
  expect(decoded.numValidSteps).toBe(expected.length);
  expect(decoded.steps).toHaveLength(expected.length);
  const byId = new Map(session.exercises.map((prescription) => [prescription.exerciseId, prescription]));
  decoded.steps.forEach((step: TDecodedStep, index) => {
    const want = expected[index];
    const where = `${session.id} step ${index}`;
    expect(step.index, where).toBe(index);
    expect(step.intensity, where).toBe(want.intensity);
    expect(step.durationType, where).toBe(want.durationType);
    expect(step.durationValue, where).toBe(want.durationValue);
    if (want.intensity === "rest") {
      expect(step.name, where).toBe("Rest");
      expect(step.category, where).toBeUndefined();
      expect(step.weightKg, where).toBeUndefined();
      return;
    }
    const prescription = byId.get(want.exerciseId!)!;
    const fit = CATALOGUE_FIT[prescription.exerciseId];
    expect(step.category, where).toBe(fit?.category);
    const name = step.exerciseName === undefined ? undefined : Profile.types[`${fit?.category}ExerciseName`]?.[step.exerciseName];
    expect(name, where).toBe(fit?.name);
    expect(utf8Length(step.name!), where).toBeLessThanOrEqual(15);
    expect(prescription.name.startsWith(step.name!), where).toBe(true);
    expect(utf8Length(step.notes!), where).toBeLessThanOrEqual(199);
    expect(step.notes, where).toMatch(new RegExp(`^${prescription.name.replace(/[()]/g, "\\$&")}: set \\d of ${prescription.sets}, `));
    const load = prescription.targetLoad;
    expect(step.weightKg, where).toBe(load && fitKilograms(load));
    expect(step.displayUnit, where).toBe(load && { kg: "kilogram", lb: "pound" }[units]);
  });
}

/** One line per step, e.g. "reps 8" or "rest 90", for reading expectations at a glance. */
function summary(decoded: TDecodedWorkout): string[] {
  return decoded.steps.map((step) => {
    if (step.intensity === "rest") return `rest ${step.durationValue! / 1000}`;
    if (step.durationType === "time") return `time ${step.durationValue! / 1000}`;
    return step.durationType === "reps" ? `reps ${step.durationValue}` : step.durationType!;
  });
}

describe("buildFitWorkout: every session of every golden plan", () => {
  const sessions = goldenPlanSessions();

  it("covers the golden plans", () => {
    expect(new Set(sessions.map((entry) => entry.plan)).size).toBeGreaterThanOrEqual(6);
    expect(sessions.length).toBeGreaterThan(200);
  });

  it("decodes with Garmin's SDK: FIT header, CRC, no errors, steps as planned", () => {
    for (const { session, units } of sessions) {
      const decoded = decodeWithSdk(buildFitWorkout({ session, units }));
      expect(decoded.isFit, session.id).toBe(true);
      expect(decoded.integrity, session.id).toBe(true);
      expect(decoded.errors, session.id).toEqual([]);
      expectWorkoutMatches(decoded, session, units);
    }
  });

  it("decodes the same facts with fit-file-parser (CRC checked)", async () => {
    for (const { session, units } of sessions) {
      expectWorkoutMatches(await decodeWithFitFileParser(buildFitWorkout({ session, units })), session, units);
    }
  });
});

describe("buildFitWorkout: target loads and special doses", () => {
  it("writes the kg fixture: loads in kg, a hold once per side, rest between sets only", async () => {
    const bytes = buildFitWorkout({ session: KG_SESSION, units: "kg" });
    const sdk = decodeWithSdk(bytes);
    expect(sdk.integrity).toBe(true);
    expect(sdk.errors).toEqual([]);
    expectWorkoutMatches(sdk, KG_SESSION, "kg");
    expectWorkoutMatches(await decodeWithFitFileParser(bytes), KG_SESSION, "kg");
    expect(summary(sdk)).toEqual([
      ...["reps 8", "rest 90", "reps 8", "rest 90", "reps 8", "rest 90"],
      ...["reps 12", "rest 60", "reps 12", "rest 60"],
      ...["time 30", "time 30", "rest 45", "time 30", "time 30", "rest 45"],
      ...["reps 5", "rest 120", "reps 5", "rest 120"],
      ...["reps 15", "rest 30", "reps 15"],
    ]);
    expect(sdk.steps[0]).toMatchObject({ weightKg: 16, displayUnit: "kilogram", notes: "Goblet squat: set 1 of 3, 8 reps, 16 kg" });
    expect(sdk.steps[6]).toMatchObject({ weightKg: 12.5, notes: "Single-leg calf raise (slow lowering): set 1 of 2, 12 reps each side, 12.5 kg" });
    expect(sdk.steps[6].name).toBe("Single-leg calf");
    expect(sdk.steps.slice(10, 12).map((step) => step.notes)).toEqual([
      "Side plank: set 1 of 2, 30 s, first side",
      "Side plank: set 1 of 2, 30 s, second side",
    ]);
  });

  it("writes the lb fixture: lb converted to kg, shown in pounds; no rest step for a zero rest; distance as an open step", async () => {
    const bytes = buildFitWorkout({ session: LB_SESSION, units: "lb" });
    const sdk = decodeWithSdk(bytes);
    expect(sdk.integrity).toBe(true);
    expectWorkoutMatches(sdk, LB_SESSION, "lb");
    expectWorkoutMatches(await decodeWithFitFileParser(bytes), LB_SESSION, "lb");
    expect(summary(sdk)).toEqual([
      ...["reps 8", "rest 90", "reps 8", "rest 90", "reps 8", "rest 90"],
      ...["reps 15", "reps 15"],
      ...["open", "rest 60", "open", "rest 60"],
      ...["time 45", "rest 30", "time 45"],
    ]);
    expect(sdk.steps[0]).toMatchObject({ weightKg: 43.09, displayUnit: "pound", notes: "Romanian deadlift: set 1 of 3, 8 reps, 95 lb" });
    expect(sdk.steps[6]).toMatchObject({ weightKg: 15.88, displayUnit: "pound" });
    expect(sdk.steps[8]).toMatchObject({ category: "sled", notes: "Sled drag: set 1 of 2, 20 m" });
  });

  it("names the workout after the session, cut at a word to fit wkt_name", () => {
    const title = "Strength A · General with a much longer name than a watch holds";
    const decoded = decodeWithSdk(buildFitWorkout({ session: { ...KG_SESSION, title }, units: "kg" }));
    expect(decoded.name).toBe("Strength A · General with a");
  });
});

describe("buildFitWorkout: same plan, same bytes", () => {
  it("gives identical bytes when built twice", () => {
    for (const [session, units] of [[KG_SESSION, "kg"], [LB_SESSION, "lb"]] as const) {
      expect(buildFitWorkout({ session, units })).toEqual(buildFitWorkout({ session, units }));
    }
  });

  it("does not change its input", () => {
    const session = structuredClone(KG_SESSION);
    buildFitWorkout({ session, units: "kg" });
    expect(session).toEqual(KG_SESSION);
  });

  it("gives two plans' sessions with the same id different file ids, and nothing else different", () => {
    const first = decodeWithSdk(buildFitWorkout({ session: KG_SESSION, units: "kg", planId: "plan-one" }));
    const second = decodeWithSdk(buildFitWorkout({ session: KG_SESSION, units: "kg", planId: "plan-two" }));
    expect(first.serialNumber).not.toBe(second.serialNumber);
    expect(first.serialNumber).toBeGreaterThan(0);
    expect({ ...first, serialNumber: 0 }).toEqual({ ...second, serialNumber: 0 });
  });
});

describe("buildFitWorkout: damaged files are caught by both decoders", () => {
  it("fails the SDK's integrity check and fit-file-parser's CRC check when one byte changes", async () => {
    const bytes = buildFitWorkout({ session: KG_SESSION, units: "kg" });
    const damaged = Uint8Array.from(bytes);
    damaged[Math.floor(damaged.length / 2)] ^= 0xff;
    expect(decodeWithSdk(damaged).integrity).toBe(false);
    await expect(decodeWithFitFileParser(damaged)).rejects.toBeDefined();
  });
});

describe("buildFitWorkout: bad input", () => {
  const exercise = KG_SESSION.exercises[0];
  const cases: [string, unknown, unknown][] = [
    ["no exercises", { ...KG_SESSION, exercises: [] }, "kg"],
    ["zero sets", { ...KG_SESSION, exercises: [{ ...exercise, sets: 0 }] }, "kg"],
    ["fractional reps", { ...KG_SESSION, exercises: [{ ...exercise, reps: 8.5 }] }, "kg"],
    ["negative rest", { ...KG_SESSION, exercises: [{ ...exercise, restSeconds: -1 }] }, "kg"],
    ["a date that does not exist", { ...KG_SESSION, date: "2027-02-30" }, "kg"],
    ["a date past what time_created holds", { ...KG_SESSION, date: "2150-01-01" }, "kg"],
    ["an empty title", { ...KG_SESSION, title: "  " }, "kg"],
    ["a load heavier than exercise_weight holds", { ...KG_SESSION, exercises: [{ ...exercise, targetLoad: { value: 700, unit: "kg" } }] }, "kg"],
    ["the same in pounds", { ...KG_SESSION, exercises: [{ ...exercise, targetLoad: { value: 1500, unit: "lb" } }] }, "lb"],
    ["a zero load", { ...KG_SESSION, exercises: [{ ...exercise, targetLoad: { value: 0, unit: "kg" } }] }, "kg"],
    ["unknown units", KG_SESSION, "stone"],
  ];
  for (const [name, session, units] of cases) {
    it(`rejects ${name} with a ZodError`, () => {
      expect(() => buildFitWorkout({ session, units } as Parameters<typeof buildFitWorkout>[0])).toThrow(ZodError);
    });
  }

  it("accepts a plan session with the engine's extra fields", () => {
    const engineSession = { ...KG_SESSION, weekday: "mon", phase: "general", slot: "A", minutes: 45, afterRun: true, why: [] };
    expect(buildFitWorkout({ session: engineSession, units: "kg" })).toEqual(buildFitWorkout({ session: KG_SESSION, units: "kg" }));
  });
});
