import { describe, expect, it } from "vitest";
import { databaseProvider } from "@/lib/db/database-provider";

describe("databaseProvider (DATABASE_URL)", () => {
  it.each([
    ["postgresql://app@127.0.0.1:5432/stridelift", "postgresql"],
    ["postgres://app@db/stridelift?sslmode=require", "postgresql"],
    ["POSTGRESQL://app@db/stridelift", "postgresql"],
    ["file:./data/stridelift.db", "sqlite"],
    ["file:/var/lib/stridelift/plans.db", "sqlite"],
  ] as const)("%s -> %s", (url, provider) => {
    expect(databaseProvider(url)).toBe(provider);
  });

  it("refuses other schemes instead of silently using a local file, without echoing credentials", () => {
    expect(() => databaseProvider("mysql://root:hunter2@db/app")).toThrow(/file: \(SQLite\) or postgresql:\/\//);
    expect(() => databaseProvider("mysql://root:hunter2@db/app")).not.toThrow(/hunter2/);
    expect(() => databaseProvider("./data/stridelift.db")).toThrow();
  });
});
