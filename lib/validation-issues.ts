import type { z } from "zod";

/** One problem with one field: `path` is dotted (`races.0.date`; the whole body is `""`). */
export type TValidationIssue = { path: string; message: string };

/** `["races", 0, "date"]` -> `"races.0.date"`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join(".");
}

/**
 * One entry per bad field. Zod reports all unknown keys of an object in one issue; they are split
 * so each unknown key gets its own entry naming it.
 */
export function issuesFromZodError(error: z.ZodError): TValidationIssue[] {
  const issues: TValidationIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        issues.push({ path: formatIssuePath([...issue.path, key]), message: `Unknown field "${key}": remove it` });
      }
    } else {
      issues.push({ path: formatIssuePath(issue.path), message: issue.message });
    }
  }
  return issues;
}
