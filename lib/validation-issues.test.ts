import { describe, expect, it } from "vitest";
import { z } from "zod";
import { issuesFromZodError } from "@/lib/validation-issues";

describe("issuesFromZodError", () => {
  it("gives dotted paths and one entry per unknown key", () => {
    const schema = z.strictObject({ list: z.array(z.strictObject({ n: z.number({ error: "Must be a number" }) })) });
    const result = schema.safeParse({ list: [{ n: 1 }, { n: "x", extra: 1 }], a: 1, b: 2 });
    expect(result.success).toBe(false);
    const issues = issuesFromZodError(result.error!);
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: "list.1.n", message: "Must be a number" },
        { path: "list.1.extra", message: 'Unknown field "extra": remove it' },
        { path: "a", message: 'Unknown field "a": remove it' },
        { path: "b", message: 'Unknown field "b": remove it' },
      ]),
    );
    expect(issues).toHaveLength(4);
  });
});
