/**
 * Download name for a session's workout, e.g. `stridelift-2027-01-04-A.fit`: the session id
 * with anything but ASCII letters, digits and hyphens folded to "-", so it is always safe
 * inside a quoted Content-Disposition value and on any file system.
 */
export function fitFileName(session: { id: string }): string {
  const safe = session.id
    .replace(/[^A-Za-z0-9-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return `stridelift-${safe || "workout"}.fit`;
}
