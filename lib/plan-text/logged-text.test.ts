import { describe, expect, it } from "vitest";
import { describeLogged } from "./logged-text";
import { describeSessionMarks } from "./session-marks";

describe("describeLogged", () => {
  it("writes equal sets as sets × reps, different ones one by one, with the heaviest load and the last set's reserve", () => {
    expect(describeLogged({ sets: [{ reps: 10, load: 16 }, { reps: 10, load: 16 }, { reps: 10, load: 16 }] }, "kg")).toBe("3 × 10 at 16 kg");
    expect(describeLogged({ sets: [{ reps: 10, load: 16 }, { reps: 9, load: 16 }, { reps: 8, load: 14 }], rir: 1 }, "kg")).toBe("10, 9, 8 at 16 kg, 1 in reserve");
    expect(describeLogged({ sets: [{ seconds: 30 }, { seconds: 30 }] }, "lb")).toBe("2 × 30 s");
    expect(describeLogged({ sets: [{ reps: 12, load: 0 }], rir: 0 }, "lb")).toBe("1 × 12, 0 in reserve");
    expect(describeLogged({ sets: [{ reps: 8, load: 22.5 }] }, "kg")).toBe("1 × 8 at 22.5 kg");
  });
});

describe("describeSessionMarks", () => {
  it("names a move by the engine's date, then the status when it is not planned", () => {
    expect(describeSessionMarks({ status: "planned" })).toEqual([]);
    expect(describeSessionMarks({ status: "planned", movedFrom: "2027-03-11" })).toEqual(["Moved from Thu 11 Mar"]);
    expect(describeSessionMarks({ status: "skipped", movedFrom: "2027-03-11" })).toEqual(["Moved from Thu 11 Mar", "Skipped"]);
    expect(describeSessionMarks({ status: "done" })).toEqual(["Done"]);
  });
});
