import { describe, expect, it } from "vitest";
import { isJsonContentType } from "@/lib/http/read-json";

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
