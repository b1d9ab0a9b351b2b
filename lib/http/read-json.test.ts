import { describe, expect, it } from "vitest";
import { HttpError } from "@/lib/http/errors";
import { isJsonContentType, MAX_BODY_BYTES, readJson } from "@/lib/http/read-json";

function jsonBody(bytes: number, headers: Record<string, string> = {}): Request {
  const body = JSON.stringify({ text: "x".repeat(bytes) });
  return new Request("http://stridelift.test/", { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
}

describe("readJson body cap", () => {
  it("keeps 64 KiB by default", async () => {
    const thrown = await readJson(jsonBody(MAX_BODY_BYTES)).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(HttpError);
    expect(thrown).toMatchObject({ code: "payload_too_large", message: "The request body is larger than 64 KiB." });
  });

  it("takes a per-route cap, for the body it reads and the length it is told", async () => {
    const cap = 6 * 1024 * 1024;
    await expect(readJson(jsonBody(MAX_BODY_BYTES * 4), { maxBytes: cap })).resolves.toEqual({ text: "x".repeat(MAX_BODY_BYTES * 4) });
    const declared = await readJson(jsonBody(10, { "content-length": String(cap + 1) }), { maxBytes: cap }).catch((error: unknown) => error);
    expect(declared).toMatchObject({ code: "payload_too_large", message: "The request body is larger than 6 MiB." });
    const actual = await readJson(jsonBody(cap), { maxBytes: cap }).catch((error: unknown) => error);
    expect(actual).toMatchObject({ code: "payload_too_large" });
  });
});

describe("isJsonContentType", () => {
  it.each([
    ["application/json", true],
    ["application/json; charset=utf-8", true],
    ["Application/JSON; Charset=\"UTF-8\"", true],
    ["application/json;charset=utf-8", true],
    ["application/json; charset=iso-8859-1", false],
    ["application/jsonp", false],
    ["text/json", false],
    ["text/plain", false],
    ["multipart/form-data; boundary=x", false],
    ["", false],
    [null, false],
  ])("%j -> %s", (header, expected) => {
    expect(isJsonContentType(header)).toBe(expected);
  });
});
