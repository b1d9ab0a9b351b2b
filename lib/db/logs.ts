/**
 * Session log rows: one per (plan, session), its exercises and sets as JSON text. A log is always
 * written and read whole and no query looks inside a set, so sets as rows would only multiply rows
 * (a 104-week season with every session logged is about 2,000 sets per plan) and joins.
 */
import { getPrisma, getRowReader, type TDatabase } from "@/lib/db/client";

export type TLogRow = {
  sessionId: string;
  status: string;
  completedOn: string | null;
  sessionDate: string;
  sessionTitle: string;
  exercises: string;
  note: string | null;
  updatedAt: Date;
};

const LOG_ROWS_SQL = `SELECT "sessionId", "status", "completedOn", "sessionDate", "sessionTitle", "exercises", "note", "updatedAt"
    FROM "SessionLog" WHERE "planId" = ? ORDER BY "sessionDate" ASC, "sessionId" ASC`;

/** Every log of a plan, oldest session first. As findPlanRow: every plan read runs it, so outside a transaction it goes through the row reader. */
export async function listLogRows(planId: string, db?: TDatabase): Promise<TLogRow[]> {
  if (!db) return getRowReader().select<TLogRow>({ sql: LOG_ROWS_SQL, params: [planId], dates: ["updatedAt"] });
  return db.$queryRaw<TLogRow[]>`
    SELECT "sessionId", "status", "completedOn", "sessionDate", "sessionTitle", "exercises", "note", "updatedAt"
    FROM "SessionLog" WHERE "planId" = ${planId} ORDER BY "sessionDate" ASC, "sessionId" ASC`;
}

export type TLogRowData = Omit<TLogRow, "sessionId" | "updatedAt">;

/** Writes (or replaces) one session's log. */
export async function upsertLogRow(options: { planId: string; sessionId: string; data: TLogRowData; db?: TDatabase }): Promise<void> {
  const db = options.db ?? getPrisma();
  await db.sessionLog.upsert({
    where: { planId_sessionId: { planId: options.planId, sessionId: options.sessionId } },
    create: { planId: options.planId, sessionId: options.sessionId, ...options.data },
    update: options.data,
  });
}

/** Removes one session's log; false when there was none. */
export async function deleteLogRow(options: { planId: string; sessionId: string; db?: TDatabase }): Promise<boolean> {
  const db = options.db ?? getPrisma();
  const { count } = await db.sessionLog.deleteMany({ where: { planId: options.planId, sessionId: options.sessionId } });
  return count > 0;
}
