import { benchHttp, formatHttpBench } from "./http";

// Run alone: npx tsx scripts/bench/run-http.ts
benchHttp()
  .then((results) => console.log(formatHttpBench(results)))
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
