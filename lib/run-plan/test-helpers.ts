/** Builders for calendar text in tests (not used by production code). */

/** One VEVENT from property lines (`"DTSTART;VALUE=DATE:20270104"`); a UID is added when missing. */
export function vevent(...lines: string[]): string {
  const uid = lines.some((line) => line.startsWith("UID:")) ? [] : [`UID:${lines.join("|").replace(/[^A-Za-z0-9]/g, "").slice(0, 40)}@test`];
  return ["BEGIN:VEVENT", ...uid, "DTSTAMP:20260101T000000Z", ...lines, "END:VEVENT"].join("\r\n");
}

/** An all-day event on `date` (`YYYYMMDD`). */
export function allDay(date: string, summary: string, ...extra: string[]): string {
  return vevent(`DTSTART;VALUE=DATE:${date}`, `SUMMARY:${summary}`, ...extra);
}

export function vcalendar(...components: string[]): string {
  return ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Stridelift tests//EN", ...components, "END:VCALENDAR", ""].join("\r\n");
}
