/** Reads an .ics back with ical.js (an independent parser) into plain values the tests compare. */
import ICAL from "ical.js";

export type TParsedEvent = {
  uid: string;
  summary: string;
  description: string;
  allDay: boolean;
  /** All-day: `YYYY-MM-DD`; timed: the local wall time `YYYY-MM-DDTHH:mm` in `tzid`. */
  start: string;
  end: string;
  tzid: string | null;
  /** Timed events: the UTC instants the parser computes with the file's VTIMEZONE. */
  startUtc: string | null;
  endUtc: string | null;
  alarmTriggers: string[];
  alarmRelated: (string | null)[];
  /** SEQUENCE (0 when absent) and STATUS (null when absent). */
  sequence: number;
  status: string | null;
};

export type TParsedCalendar = {
  name: string | null;
  properties: Record<string, string>;
  timezones: string[];
  events: TParsedEvent[];
};

function wallTime(time: ICAL.Time): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${time.year}-${pad(time.month)}-${pad(time.day)}`;
  return time.isDate ? date : `${date}T${pad(time.hour)}:${pad(time.minute)}`;
}

export function readIcs(ics: string): TParsedCalendar {
  const root = new ICAL.Component(ICAL.parse(ics));
  const timezones = root.getAllSubcomponents("vtimezone");
  for (const vtimezone of timezones) ICAL.TimezoneService.register(vtimezone);
  const properties: Record<string, string> = {};
  for (const property of root.getAllProperties()) properties[property.name.toUpperCase()] = String(property.getFirstValue());
  const events = root.getAllSubcomponents("vevent").map((vevent): TParsedEvent => {
    const event = new ICAL.Event(vevent);
    const start = event.startDate;
    const end = event.endDate;
    const tzid = vevent.getFirstProperty("dtstart")?.getParameter("tzid");
    const alarms = vevent.getAllSubcomponents("valarm");
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      allDay: start.isDate,
      start: wallTime(start),
      end: wallTime(end),
      tzid: typeof tzid === "string" ? tzid : null,
      startUtc: start.isDate ? null : start.toJSDate().toISOString(),
      endUtc: end.isDate ? null : end.toJSDate().toISOString(),
      alarmTriggers: alarms.map((alarm) => String(alarm.getFirstPropertyValue("trigger"))),
      alarmRelated: alarms.map((alarm) => {
        const related = alarm.getFirstProperty("trigger")?.getParameter("related");
        return typeof related === "string" ? related : null;
      }),
      sequence: Number(vevent.getFirstPropertyValue("sequence") ?? 0),
      status: vevent.getFirstPropertyValue("status") === null ? null : String(vevent.getFirstPropertyValue("status")),
    };
  });
  // ical.js does not know X-WR-CALNAME, so it keeps the raw value; calendar apps read it as TEXT.
  const rawName = properties["X-WR-CALNAME"];
  return {
    name: rawName === undefined ? null : String(ICAL.design.icalendar.value.text.fromICAL!(rawName)),
    properties,
    timezones: timezones.map((tz) => String(tz.getFirstPropertyValue("tzid"))),
    events,
  };
}
