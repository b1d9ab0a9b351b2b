import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["tmp/**", "public/sw.js", ".next/**", "node_modules/**", "lib/db/generated/**", "lib/db/generated-pg/**", "coverage/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
