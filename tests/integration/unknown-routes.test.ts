import { describe, expect, it } from "vitest";
import * as catchAll from "@/app/api/[[...slug]]/route";

describe("unknown /api/* routes", () => {
  it.each(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const)("%s is a 404 JSON", async (method) => {
    const response = catchAll[method]();
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("not_found");
  });
});
