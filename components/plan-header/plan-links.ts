/**
 * The plan's calendar and page links. `host` comes from the request, so a subscription made
 * from any deployment points back at that deployment.
 */
export function planLinks(options: { id: string; host: string | null; forwardedProto: string | null }) {
  const { id } = options;
  const host = options.host ?? "localhost:3000";
  const local = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host);
  const proto = options.forwardedProto?.split(",")[0].trim() || (local ? "http" : "https");
  const path = `/api/plans/${encodeURIComponent(id)}/calendar.ics`;
  return {
    subscribe: `webcal://${host}${path}`,
    feed: `${proto}://${host}${path}`,
    /** The scheme the feed link is served with, to name it honestly. */
    feedScheme: (proto === "http" ? "http" : "https") as "http" | "https",
    download: `${path}?download=1`,
    print: `/plans/${encodeURIComponent(id)}/print`,
  };
}
