/**
 * Where the browser keeps a plan's private edit token. The form writes these keys and the plan
 * page reads them, so both import this module instead of spelling the keys twice.
 *
 * - localStorage `stridelift:edit:<id>`: the token, so this browser can edit later.
 * - sessionStorage `stridelift:new:<id>`: set once after creating a plan; the plan page shows the
 *   private edit link from it (once), then clears it.
 * - sessionStorage `stridelift:saved:<id>`: set after an edit was saved, for a one-time note.
 */

export const EDIT_TOKEN_PREFIX = "stridelift:edit:";
export const NEW_PLAN_PREFIX = "stridelift:new:";
export const SAVED_PLAN_PREFIX = "stridelift:saved:";

export function editTokenKey(id: string): string {
  return EDIT_TOKEN_PREFIX + id;
}

export function newPlanKey(id: string): string {
  return NEW_PLAN_PREFIX + id;
}

export function savedPlanKey(id: string): string {
  return SAVED_PLAN_PREFIX + id;
}

// Storage can be missing (server render) or throw (Safari private mode, blocked cookies):
// losing the convenience copy must never break creating or editing a plan.
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** After POST /api/plans: keep the token for later edits and flag the plan as just created. */
export function rememberNewPlan(id: string, editToken: string): void {
  safely(() => window.localStorage.setItem(editTokenKey(id), editToken), undefined);
  safely(() => window.sessionStorage.setItem(newPlanKey(id), editToken), undefined);
}

/** Keeps a token that arrived through an edit link, so later visits need no link. */
export function rememberEditToken(id: string, editToken: string): void {
  safely(() => window.localStorage.setItem(editTokenKey(id), editToken), undefined);
}

export function readEditToken(id: string): string | null {
  return safely(() => window.localStorage.getItem(editTokenKey(id)), null);
}

export function forgetEditToken(id: string): void {
  safely(() => window.localStorage.removeItem(editTokenKey(id)), undefined);
}

/** The token of a plan created in this tab and not yet acknowledged, or null. */
export function readNewPlanToken(id: string): string | null {
  return safely(() => window.sessionStorage.getItem(newPlanKey(id)), null);
}

/** Call once the private edit link has been shown, so it is shown only once. */
export function clearNewPlanToken(id: string): void {
  safely(() => window.sessionStorage.removeItem(newPlanKey(id)), undefined);
}

export function markPlanSaved(id: string): void {
  safely(() => window.sessionStorage.setItem(savedPlanKey(id), "1"), undefined);
}

/** True once after an edit was saved in this tab (reading clears it). */
export function takePlanSaved(id: string): boolean {
  return safely(() => {
    const saved = window.sessionStorage.getItem(savedPlanKey(id)) !== null;
    window.sessionStorage.removeItem(savedPlanKey(id));
    return saved;
  }, false);
}

/**
 * The private edit link. The token rides in the fragment, which browsers never send to the
 * server, so it cannot end up in access logs.
 * @example editLinkFor("https://stridelift.app", "abc", "t0k") // "https://stridelift.app/plans/abc/edit#token=t0k"
 */
export function editLinkFor(origin: string, id: string, editToken: string): string {
  return `${origin}/plans/${encodeURIComponent(id)}/edit#token=${encodeURIComponent(editToken)}`;
}

/**
 * The token from an edit link: `#token=…` first; `?token=…` is accepted too (older links), but
 * we never create links that way.
 */
export function readTokenFromLocation(location: { hash: string; search: string }): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, "")).get("token");
  if (fromHash) return fromHash;
  const fromQuery = new URLSearchParams(location.search).get("token");
  return fromQuery || null;
}

/** Accepts a pasted edit link or a bare token. */
export function readTokenFromPaste(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  if (/^https?:\/\//i.test(trimmed) || trimmed.includes("#") || trimmed.includes("?")) {
    try {
      const url = new URL(trimmed, "https://stridelift.invalid");
      return readTokenFromLocation(url);
    } catch {
      return null;
    }
  }
  return /^[A-Za-z0-9_\-.~]+$/.test(trimmed) ? trimmed : null;
}
