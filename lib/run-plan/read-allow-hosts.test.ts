import { describe, expect, it } from "vitest";
import { readAllowHosts } from "@/lib/run-plan/read-allow-hosts";

describe("readAllowHosts", () => {
  it("is empty when the variable is unset or blank", () => {
    expect(readAllowHosts({})).toEqual(new Set());
    expect(readAllowHosts({ RUN_PLAN_FETCH_ALLOW_HOSTS: " , " })).toEqual(new Set());
  });

  it("reads comma-separated hosts in any case, IPv6 with or without brackets", () => {
    expect(readAllowHosts({ RUN_PLAN_FETCH_ALLOW_HOSTS: "127.0.0.1, Calendar.Internal ,[::1]" })).toEqual(
      new Set(["127.0.0.1", "calendar.internal", "::1"]),
    );
  });
});
