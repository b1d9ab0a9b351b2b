import { describe, expect, it } from "vitest";
import { fitFileName } from "./fit-file-name";

describe("fitFileName", () => {
  it("names the file after the session id", () => {
    expect(fitFileName({ id: "2027-01-04-A" })).toBe("stridelift-2027-01-04-A.fit");
  });

  it("folds anything but ASCII letters, digits and hyphens, so the name is safe in a header", () => {
    expect(fitFileName({ id: '2027/01/04 "A"; x=1' })).toBe("stridelift-2027-01-04-A-x-1.fit");
    expect(fitFileName({ id: "../../etc/passwd" })).toBe("stridelift-etc-passwd.fit");
  });

  it("falls back to a plain name when nothing safe is left, and stays short", () => {
    expect(fitFileName({ id: "ééé" })).toBe("stridelift-workout.fit");
    expect(fitFileName({ id: "a".repeat(500) })).toHaveLength("stridelift-.fit".length + 80);
  });
});
