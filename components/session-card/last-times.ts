import type { TSession, TSessionLog } from "@/lib/engine/types";
import { describeLogged } from "@/lib/plan-text/logged-text";

/** What was logged for one exercise, and when. */
export type TLoggedLine = { date: string; text: string };

type TDatedLog = TSessionLog & { sessionDate: string };

function dateOf(log: TDatedLog): string {
  return log.completedOn ?? log.sessionDate;
}

/**
 * By exercise id: what the runner logged the last time they did that exercise before this session
 * ("last time"), from the plan's logs (GET's `logs`, by session id).
 */
export function findLastTimes(logs: Readonly<Record<string, TDatedLog>>, session: Pick<TSession, "id" | "date" | "exercises">): Record<string, TLoggedLine> {
  const earlier = Object.entries(logs)
    .filter(([id, log]) => id !== session.id && log.status === "done" && dateOf(log) < session.date)
    .map(([, log]) => log)
    .sort((a, b) => (dateOf(a) < dateOf(b) ? 1 : dateOf(a) > dateOf(b) ? -1 : 0));
  const found: Record<string, TLoggedLine> = {};
  for (const item of session.exercises) {
    for (const log of earlier) {
      const entry = log.exercises.find((logged) => logged.exerciseId === item.exerciseId);
      if (entry) {
        found[item.exerciseId] = { date: dateOf(log), text: describeLogged(entry, log.unit) };
        break;
      }
    }
  }
  return found;
}

/** By exercise id: what this session's own log says was done. */
export function describeOwnLog(log: TDatedLog | undefined): Record<string, TLoggedLine> {
  if (!log || log.status !== "done") return {};
  return Object.fromEntries(log.exercises.map((entry) => [entry.exerciseId, { date: dateOf(log), text: describeLogged(entry, log.unit) }]));
}
