/**
 * `npm run bench`: every benchmark section in turn. Add a section by writing
 * scripts/bench/<name>.ts (a function returning results + a formatter) and listing it here.
 */
import { benchCalendarImport, formatCalendarImportBench } from "./bench/calendar-import";
import { benchEngine, formatEngineBench } from "./bench/engine";
import { benchFoldLines, formatFoldBench } from "./bench/fold-lines";
import { benchLoggedPlan, formatLoggedBench } from "./bench/logged-plan";
import { benchHttp, formatHttpBench } from "./bench/http";
import { benchHttpRatios, formatHttpRatios } from "./bench/http-ratio";
import { benchGrowth } from "./bench/growth";
import { benchGrowthPostgresql } from "./bench/growth-postgresql";
import { formatGrowthBench } from "./bench/growth-rounds";
import { benchSeason, formatSeasonBench } from "./bench/season";

type TSection = { name: string; run: () => Promise<string> };

const SECTIONS: TSection[] = [
  { name: "engine", run: async () => formatEngineBench(benchEngine()) },
  { name: "logged-plan", run: async () => formatLoggedBench(benchLoggedPlan()) },
  { name: "fold-lines", run: async () => formatFoldBench(benchFoldLines()) },
  { name: "season", run: async () => formatSeasonBench(benchSeason()) },
  { name: "calendar-import", run: async () => formatCalendarImportBench(benchCalendarImport()) },
  { name: "http", run: async () => formatHttpBench(await benchHttp()) },
  { name: "http-ratio", run: async () => formatHttpRatios(await benchHttpRatios()) },
  { name: "growth", run: async () => formatGrowthBench(await benchGrowth()) },
  // Starts its own PostgreSQL cluster unless TEST_POSTGRES_URL names a server.
  { name: "growth-postgresql", run: async () => formatGrowthBench(await benchGrowthPostgresql()) },
];

async function main(): Promise<void> {
  // BENCH_ONLY=growth,http-ratio runs those sections only (each growth section takes about 3 minutes).
  const only = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());
  for (const section of SECTIONS.filter((item) => !only || only.includes(item.name))) {
    try {
      console.log(await section.run());
    } catch (error) {
      console.error(`bench section "${section.name}" failed:`, error);
      process.exitCode = 1;
    }
    console.log("");
  }
}

void main();
