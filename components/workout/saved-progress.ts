/**
 * A workout in progress survives a reload or a killed tab (phones do that in a gym): the boxes,
 * ticks and RIR are kept in localStorage per session until the log is handed to the outbox.
 * Only what the runner typed is kept: no token, no timer.
 */
import type { TSavedProgress } from "./workout-state";

function key(planId: string, sessionId: string): string {
  return `stridelift:workout:${planId}:${sessionId}`;
}

export function readProgress(planId: string, sessionId: string): TSavedProgress | null {
  try {
    const raw = window.localStorage.getItem(key(planId, sessionId));
    return raw ? (JSON.parse(raw) as TSavedProgress) : null;
  } catch {
    return null;
  }
}

export function writeProgress(planId: string, sessionId: string, progress: TSavedProgress): void {
  try {
    window.localStorage.setItem(key(planId, sessionId), JSON.stringify(progress));
  } catch {
    // Storage full or blocked: the workout goes on, it just would not survive a reload.
  }
}

export function clearProgress(planId: string, sessionId: string): void {
  try {
    window.localStorage.removeItem(key(planId, sessionId));
  } catch {
    // Nothing to clear.
  }
}
