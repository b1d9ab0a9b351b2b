import { describe, expect, it } from "vitest";
import { editLinkFor, editTokenKey, newPlanKey, readTokenFromLocation, readTokenFromPaste } from "./edit-token-storage";

describe("edit token storage keys and links", () => {
  it("uses the agreed storage keys", () => {
    expect(editTokenKey("abc")).toBe("stridelift:edit:abc");
    expect(newPlanKey("abc")).toBe("stridelift:new:abc");
  });

  it("puts the token in the fragment, never the query", () => {
    const link = editLinkFor("https://stridelift.example", "abc", "t/k+n");
    expect(link).toBe("https://stridelift.example/plans/abc/edit#token=t%2Fk%2Bn");
    expect(new URL(link).search).toBe("");
    expect(readTokenFromLocation(new URL(link))).toBe("t/k+n");
  });

  it("reads the fragment first and the query only as a fallback", () => {
    expect(readTokenFromLocation({ hash: "#token=a", search: "?token=b" })).toBe("a");
    expect(readTokenFromLocation({ hash: "", search: "?token=b" })).toBe("b");
    expect(readTokenFromLocation({ hash: "", search: "" })).toBeNull();
  });

  it("accepts a pasted link or a bare token, and rejects prose", () => {
    expect(readTokenFromPaste(" https://x.test/plans/1/edit#token=abc_DEF-9 ")).toBe("abc_DEF-9");
    expect(readTokenFromPaste("abc_DEF-9")).toBe("abc_DEF-9");
    expect(readTokenFromPaste("my token please")).toBeNull();
    expect(readTokenFromPaste("https://x.test/plans/1")).toBeNull();
  });
});
