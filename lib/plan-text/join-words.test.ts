import { describe, expect, it } from "vitest";
import { joinWords } from "./join-words";

describe("joinWords", () => {
  it("joins one, two and three words in plain English", () => {
    expect(joinWords([])).toBe("");
    expect(joinWords(["Wednesday"])).toBe("Wednesday");
    expect(joinWords(["Wednesday", "Sunday"])).toBe("Wednesday and Sunday");
    expect(joinWords(["Monday", "Wednesday", "Friday"])).toBe("Monday, Wednesday and Friday");
  });
});
