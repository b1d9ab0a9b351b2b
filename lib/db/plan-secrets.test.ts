import { describe, expect, it } from "vitest";
import { hashEditToken, isPlanId, newEditToken, newPlanId, verifyEditToken } from "@/lib/db/plan-secrets";

describe("plan ids and edit tokens", () => {
  it("ids are 128-bit base64url (22 chars) and never repeat in a large sample", () => {
    const ids = new Set(Array.from({ length: 2000 }, newPlanId));
    expect(ids.size).toBe(2000);
    for (const id of ids) {
      expect(isPlanId(id)).toBe(true);
      expect(Buffer.from(id, "base64url")).toHaveLength(16);
    }
  });

  it("tokens are 256-bit base64url and are stored as SHA-256 hex", () => {
    const token = newEditToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(hashEditToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashEditToken(token)).not.toContain(token);
  });

  it("verifies only the exact token against its hash", () => {
    const token = newEditToken();
    const hash = hashEditToken(token);
    expect(verifyEditToken(token, hash)).toBe(true);
    expect(verifyEditToken(newEditToken(), hash)).toBe(false);
    expect(verifyEditToken(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, hash)).toBe(false);
    expect(verifyEditToken(hash, hash)).toBe(false);
    expect(verifyEditToken("", hash)).toBe(false);
    expect(verifyEditToken(token, "not-a-hash")).toBe(false);
  });

  it.each(["", "../../etc/passwd", "x' OR '1'='1", "A".repeat(21), "A".repeat(23), "AAAAAAAAAAAAAAAAAAAA+/"])(
    "isPlanId rejects %j",
    (value) => {
      expect(isPlanId(value)).toBe(false);
    },
  );
});
