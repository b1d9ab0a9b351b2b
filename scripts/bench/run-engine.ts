import { benchEngine, formatEngineBench } from "./engine";

// Run alone: npx tsx scripts/bench/run-engine.ts
console.log(formatEngineBench(benchEngine()));
