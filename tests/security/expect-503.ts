import { expect } from "vitest";

/** The answer when the database is unavailable: 503 JSON `database_unavailable` with Retry-After. */
export async function expect503(response: Response): Promise<void> {
  expect(response.status).toBe(503);
  expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe("database_unavailable");
  expect(body.error.message.length).toBeGreaterThan(0);
}
