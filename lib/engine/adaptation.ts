/**
 * DOMAIN.md section 11: what the runner logged changes the next session that holds each exercise.
 */
import type { TEquipment } from "../plan-input-values";
import type { TSession, TSessionLog, TUnits } from "./types";

export function adaptToLogs(options: {
  sessions: readonly TSession[];
  logs: Readonly<Record<string, TSessionLog>>;
  units: TUnits;
  equipment: readonly TEquipment[];
}): TSession[] {
  return options.sessions.map((session) => {
    const log = options.logs[session.id];
    return log ? { ...session, status: log.status } : session;
  });
}
