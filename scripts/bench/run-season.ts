import { benchSeason, formatSeasonBench } from "./season";

// The season benchmark alone: npx tsx scripts/bench/run-season.ts
console.log(formatSeasonBench(benchSeason()));
