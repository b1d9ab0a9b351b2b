import { describe, expect, it } from "vitest";
import { checkCalendarUrl, normalizeHost } from "@/lib/run-plan/check-calendar-url";

const NONE = new Set<string>();

function reason(url: string, allow: ReadonlySet<string> = NONE): string | null {
  const check = checkCalendarUrl(url, allow);
  return check.ok ? null : check.reason;
}

describe("checkCalendarUrl", () => {
  it("accepts https and turns webcal into https", () => {
    const https = checkCalendarUrl("https://calendar.example.com/feed.ics?token=abc", NONE);
    expect(https.ok && https.target.url.href).toBe("https://calendar.example.com/feed.ics?token=abc");
    const webcal = checkCalendarUrl("webcal://calendar.example.com/feed.ics", NONE);
    expect(webcal.ok && webcal.target.url.href).toBe("https://calendar.example.com/feed.ics");
    expect(webcal.ok && webcal.target.httpFallback).toBe(false);
    const upper = checkCalendarUrl("WEBCAL://Calendar.Example.com/a", NONE);
    expect(upper.ok && upper.target.host).toBe("calendar.example.com");
  });

  it.each([
    ["http://calendar.example.com/feed.ics", "Only https://"],
    ["ftp://calendar.example.com/feed.ics", "not ftp:"],
    ["file:///etc/passwd", "not file:"],
    ["javascript:alert(1)", "not javascript:"],
    ["https://user:secret@calendar.example.com/", "user name or password"],
    ["not a link", "not a valid link"],
    ["https://localhost/feed.ics", "local or internal name"],
    ["https://LOCALHOST./feed.ics", "local or internal name"],
    ["https://api.localhost/feed.ics", "local or internal name"],
    ["https://metadata.google.internal/computeMetadata/v1/", "local or internal name"],
    ["https://metadata/latest", "local or internal name"],
    ["https://printer.local/", "local or internal name"],
    ["https://router.home.arpa/", "local or internal name"],
    ["https://127.0.0.1/", "loopback"],
    ["https://127.1/", "loopback"],
    ["https://0x7f000001/", "loopback"],
    ["https://2130706433/", "loopback"],
    ["https://[::1]/", "loopback"],
    ["https://[::ffff:127.0.0.1]/", "IPv4-mapped"],
    ["https://169.254.169.254/latest/meta-data/", "cloud metadata"],
    ["https://[fd00:ec2::254]/", "unique local"],
    ["https://10.0.0.5/", "private"],
    ["https://0.0.0.0/", "this-network"],
  ])("refuses %s (%s)", (url, expected) => {
    expect(reason(url)).toContain(expected);
  });

  it("lets allow-listed hosts use http and refused addresses, and webcal fall back to http", () => {
    const allow = new Set(["127.0.0.1", "::1", "calendar.internal"]);
    expect(reason("http://127.0.0.1:8080/feed.ics", allow)).toBeNull();
    expect(reason("http://[::1]:8080/feed.ics", allow)).toBeNull();
    expect(reason("https://calendar.internal/feed.ics", allow)).toBeNull();
    const webcal = checkCalendarUrl("webcal://127.0.0.1:8080/feed.ics", allow);
    expect(webcal.ok && webcal.target.httpFallback).toBe(true);
    expect(reason("http://localhost:8080/feed.ics", allow)).toContain("Only https://");
    expect(reason("https://127.0.0.2/", allow)).toContain("loopback");
    expect(reason("ftp://127.0.0.1/", allow)).toContain("not ftp:");
  });

  it("accepts public IP literals over https", () => {
    expect(reason("https://203.0.114.1/feed.ics")).toBeNull();
    expect(reason("https://[2606:4700::1111]/feed.ics")).toBeNull();
  });
});

describe("normalizeHost", () => {
  it("lower-cases, drops IPv6 brackets and a trailing dot", () => {
    expect(normalizeHost(" [::1] ")).toBe("::1");
    expect(normalizeHost("Calendar.Example.COM.")).toBe("calendar.example.com");
  });
});
