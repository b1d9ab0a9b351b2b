import { benchCalendarImport, formatCalendarImportBench } from "./calendar-import";

// The calendar import benchmark alone: npx tsx scripts/bench/run-plan.ts
console.log(formatCalendarImportBench(benchCalendarImport()));
