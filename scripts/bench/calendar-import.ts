/**
 * Calendar import benchmark (issue 10): importRunPlan on a generated 2-year feed of 1,500 events
 * shaped like the feeds runners link (all-day workouts with emoji titles, completed timed runs in
 * UTC, a weekly summary event, strength sessions, one weekly RRULE with an EXDATE and an
 * override). Reports the median of many runs. Called from scripts/bench.ts;
 * `npx tsx scripts/bench/run-plan.ts` runs it alone.
 */
import { importRunPlan } from "@/lib/run-plan/import-run-plan";
import { median, timeRuns } from "./engine";

export type TCalendarImportBenchResult = { runs: number; events: number; bytes: number; days: number; medianMs: number };

const WORKOUTS = [
  "🏃 Easy Run · 6km",
  "⚡ Intervals · 6 x 800 m",
  "🔥 Tempo Run · 8km",
  "🏔️ Hill Repeats · 7km",
  "🏃 Recovery Run · 5km",
  "Rest or cross-training",
  "🏃‍♀️ Long Run · 18km",
];

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function icsDate(day: number): string {
  const date = new Date(Date.UTC(2027, 0, 4) + day * 86_400_000);
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/** 104 weeks from Monday 2027-01-04: exactly `events` VEVENTs (the weekly series counts as one). */
export function generateTwoYearFeed(events = 1_500): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Stridelift bench//EN"];
  const push = (...event: string[]) => lines.push("BEGIN:VEVENT", ...event, "END:VEVENT");
  push(
    "UID:club@bench",
    "DTSTART;TZID=Europe/London:20270105T183000",
    "DTEND;TZID=Europe/London:20270105T193000",
    "RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20281226T235959Z",
    "EXDATE;TZID=Europe/London:20270302T183000",
    "SUMMARY:Club run",
  );
  push("UID:club@bench", "RECURRENCE-ID;TZID=Europe/London:20270309T183000", "DTSTART;TZID=Europe/London:20270310T183000", "SUMMARY:Club run - track");
  let count = 2;
  for (let index = 0; count < events; index++) {
    const day = index % 728;
    const kind = index % 10;
    const uid = `UID:e${index}@bench`;
    if (kind === 7 && day % 7 === 0) {
      push(uid, `DTSTART;VALUE=DATE:${icsDate(day)}`, `DTEND;VALUE=DATE:${icsDate(day + 7)}`, `SUMMARY:Training Week ${day / 7 + 1} Distance: 40 mi`);
    } else if (kind === 8) {
      push(uid, `DTSTART;VALUE=DATE:${icsDate(day)}`, "SUMMARY:💪 Strength: Lower Body");
    } else if (kind === 9) {
      push(uid, `DTSTART:${icsDate(day)}T063000Z`, `DTEND:${icsDate(day)}T072000Z`, "SUMMARY:Morning Run", "DESCRIPTION:Completed: 9.1 km");
    } else {
      push(uid, `DTSTART;VALUE=DATE:${icsDate(day)}`, `DTEND;VALUE=DATE:${icsDate(day + 1)}`, `SUMMARY:${WORKOUTS[day % 7]}`, "DESCRIPTION:2 km warm up\\, main set\\, 1 km cool down");
    }
    count += 1;
  }
  lines.push("END:VCALENDAR");
  return lines.join("\r\n");
}

export function benchCalendarImport(options: { runs?: number; warmup?: number } = {}): TCalendarImportBenchResult {
  const runs = options.runs ?? 30;
  const ics = generateTwoYearFeed();
  const input = { ics, timeZone: "Europe/London", from: "2027-01-04", to: "2028-12-31" };
  const result = importRunPlan(input);
  for (let i = 0; i < (options.warmup ?? 5); i++) importRunPlan(input);
  const samples = timeRuns(() => importRunPlan(input), runs, 1);
  return {
    runs,
    events: (ics.match(/BEGIN:VEVENT/g) ?? []).length,
    bytes: Buffer.byteLength(ics),
    days: result.days.length,
    medianMs: median(samples),
  };
}

export function formatCalendarImportBench(result: TCalendarImportBenchResult): string {
  return [
    `calendar import: importRunPlan, 2-year feed, ${result.events} events (${(result.bytes / 1024).toFixed(0)} KiB) -> ${result.days} days, ${result.runs} runs`,
    `  median import          ${result.medianMs.toFixed(1)} ms`,
  ].join("\n");
}
