import type { TSession } from "../engine/types";
import { formatDate } from "../dates";
import { STATUS_LABELS } from "./labels";

/** What changed about a session, in the runner's words: "Moved from Thu 11 Mar", "Skipped", "Done". */
export function describeSessionMarks(session: Pick<TSession, "status" | "movedFrom">): string[] {
  const marks: string[] = [];
  if (session.movedFrom) marks.push(`Moved from ${formatDate(session.movedFrom, "weekday")}`);
  if (session.status !== "planned") marks.push(STATUS_LABELS[session.status]);
  return marks;
}
