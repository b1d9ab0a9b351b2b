import ICAL from "ical.js";
import { RunPlanError } from "@/lib/run-plan/run-plan-error";

export type TReadCalendar = {
  /** Every VCALENDAR in the text (usually one). */
  calendars: ICAL.Component[];
  /** Lines dropped as unreadable: junk, a value ical.js rejects, an END without its BEGIN. */
  skippedLines: number;
};

type TJCalComponent = [name: string, properties: unknown[], components: TJCalComponent[]];

/** `NAME:` or `NAME;params:`; anything else is not a content line (RFC 5545 3.1). */
const CONTENT_LINE = /^[A-Za-z0-9-]+[;:]/;
const BEGIN_OR_END = /^(BEGIN|END):([A-Za-z0-9-]+)\s*$/i;

/** Splits on any line break and joins folded lines (a break followed by one space or tab). */
function unfoldLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/)) {
    if ((raw.startsWith(" ") || raw.startsWith("\t")) && lines.length > 0) {
      lines[lines.length - 1] += raw.slice(1);
    } else {
      lines.push(raw);
    }
  }
  return lines;
}

/**
 * Reads calendar text into ical.js components, line by line, so one broken line costs that line
 * and not the whole feed: ical.js's own `parse` throws on the first bad line and on a component
 * left open, both common in hand-edited or truncated exports. Components still open at the end
 * (a truncated download) keep what was read. Throws `invalid_calendar` when no VCALENDAR is found.
 */
export function readCalendar(text: string): TReadCalendar {
  const roots: TJCalComponent[] = [];
  const open: TJCalComponent[] = [];
  let skippedLines = 0;
  for (const line of unfoldLines(text)) {
    if (line.trim() === "") continue;
    const marker = BEGIN_OR_END.exec(line);
    if (marker && marker[1].toUpperCase() === "BEGIN") {
      const component: TJCalComponent = [marker[2].toLowerCase(), [], []];
      // A component never holds one of its own kind: a BEGIN:VEVENT inside an open VEVENT means
      // the first one lost its END, so it closes here instead of swallowing the next event.
      const same = open.findLastIndex((candidate) => candidate[0] === component[0]);
      if (same !== -1) open.length = same;
      (open.length > 0 ? open[open.length - 1][2] : roots).push(component);
      open.push(component);
    } else if (marker) {
      const name = marker[2].toLowerCase();
      const at = open.findLastIndex((component) => component[0] === name);
      // Closing an outer component also closes what was left open inside it.
      if (at === -1) skippedLines += 1;
      else open.length = at;
    } else if (open.length === 0 || !CONTENT_LINE.test(line)) {
      skippedLines += 1;
    } else {
      try {
        open[open.length - 1][1].push(ICAL.parse.property(line));
      } catch {
        skippedLines += 1;
      }
    }
  }
  const calendars = roots.filter((root) => root[0] === "vcalendar").map((root) => new ICAL.Component(root));
  if (calendars.length === 0) {
    throw new RunPlanError(
      "invalid_calendar",
      "This is not an iCalendar (.ics) file: no BEGIN:VCALENDAR found. Export or copy the calendar's .ics and try again.",
    );
  }
  return { calendars, skippedLines };
}
