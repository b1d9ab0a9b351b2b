import path from "node:path";

/** The embedded default: a SQLite file under ./data, created on first start. */
export const DEFAULT_DATABASE_URL = "file:./data/stridelift.db";

/**
 * Absolute path of the SQLite file named by `DATABASE_URL` (`file:relative/or/absolute.db`).
 * Relative paths are read from the project root (the working directory of every npm script),
 * so the CLI (migrations) and the server always open the same file.
 */
export function resolveDatabasePath(url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL): string {
  const withoutScheme = url.startsWith("file:") ? url.slice("file:".length) : url;
  const withoutQuery = withoutScheme.split("?")[0];
  // A runtime path, not a file of the build: without the hint Turbopack traces the whole project.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), withoutQuery);
}
