import { describe, expect, it } from "vitest";
import type { TSession } from "@/lib/engine/types";
import { describeOwnLog, findLastTimes } from "./last-times";

const session = { id: "2027-02-03-A", date: "2027-02-03", exercises: [{ exerciseId: "goblet-squat" }, { exerciseId: "plank" }, { exerciseId: "step-up" }] } as unknown as TSession;

function log(sessionDate: string, exercises: { exerciseId: string; sets: { reps?: number; seconds?: number; load?: number }[]; rir?: number }[], extra = {}) {
  return { status: "done" as const, exercises, unit: "kg" as const, sessionDate, sessionTitle: "Strength", updatedAt: "2027-01-01T00:00:00.000Z", ...extra };
}

describe("findLastTimes", () => {
  it("takes, per exercise, the latest earlier log that holds it; never this session's own log or a later one", () => {
    const logs = {
      "2027-01-20-A": log("2027-01-20", [{ exerciseId: "goblet-squat", sets: [{ reps: 10, load: 12 }] }, { exerciseId: "plank", sets: [{ seconds: 30 }] }]),
      "2027-01-27-A": log("2027-01-27", [{ exerciseId: "goblet-squat", sets: [{ reps: 10, load: 16 }, { reps: 9, load: 16 }], rir: 2 }]),
      "2027-01-29-B": { ...log("2027-01-29", [{ exerciseId: "plank", sets: [{ seconds: 45 }] }]), status: "skipped" as const },
      "2027-02-03-A": log("2027-02-03", [{ exerciseId: "goblet-squat", sets: [{ reps: 12, load: 20 }] }]),
      "2027-02-10-A": log("2027-02-10", [{ exerciseId: "plank", sets: [{ seconds: 60 }] }]),
    };
    expect(findLastTimes(logs, session)).toEqual({
      "goblet-squat": { date: "2027-01-27", text: "10, 9 at 16 kg, 2 in reserve" },
      plank: { date: "2027-01-20", text: "1 × 30 s" },
    });
    expect(describeOwnLog(logs["2027-02-03-A"])).toEqual({ "goblet-squat": { date: "2027-02-03", text: "1 × 12 at 20 kg" } });
    expect(describeOwnLog(undefined)).toEqual({});
  });

  it("dates a log by the day it was done when the runner said so", () => {
    const logs = { "2027-02-05-B": log("2027-02-05", [{ exerciseId: "step-up", sets: [{ reps: 8 }] }], { completedOn: "2027-02-01" }) };
    expect(findLastTimes(logs, session)).toEqual({ "step-up": { date: "2027-02-01", text: "1 × 8" } });
  });
});
