import { parseIPv4, parseIPv6, refusedAddressReason } from "@/lib/run-plan/is-refused-address";

export type TCalendarTarget = {
  /** The URL to request (webcal:// already turned into https://). */
  url: URL;
  /** Host name or IP, lower case, IPv6 without brackets. */
  host: string;
  /** The host is an IP literal: nothing to resolve. */
  isIp: boolean;
  /** On the operator's allow-list: plain http and refused addresses are allowed. */
  allowListed: boolean;
  /** webcal:// to an allow-listed host: try https, then http if the server does not speak TLS. */
  httpFallback: boolean;
};

export type TCalendarUrlCheck = { ok: true; target: TCalendarTarget } | { ok: false; reason: string };

/**
 * Names that only ever mean this machine or its network's internals (RFC 6761, 6762, 8375 and
 * ICANN's .internal, which holds metadata.google.internal).
 */
const REFUSED_NAMES = /(?:^|\.)(?:localhost|localdomain|local|internal|home\.arpa)$|^metadata$/;

/** Host as the allow-list and the checks compare it: lower case, no brackets, no trailing dot. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/^\[|\]$/g, "").replace(/\.$/, "");
}

function refuse(reason: string): TCalendarUrlCheck {
  return { ok: false, reason };
}

/**
 * Whether a calendar link may be fetched, before any DNS or socket (the resolved addresses are
 * checked again by the fetcher): https:// or webcal:// for everyone; http:// and refused
 * addresses only for hosts on the operator's allow-list. Every redirect goes through this again.
 */
export function checkCalendarUrl(raw: string, allowHosts: ReadonlySet<string>): TCalendarUrlCheck {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw.trim())?.[1].toLowerCase();
  const isWebcal = scheme === "webcal" || scheme === "webcals";
  let url: URL;
  try {
    // The URL parser will not switch webcal (non-special) to https (special): rebuild instead.
    url = new URL(isWebcal ? `https:${raw.trim().slice(scheme!.length + 1)}` : raw.trim());
  } catch {
    return refuse("This is not a valid link.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return refuse(`Only https:// and webcal:// links can be imported, not ${url.protocol}//.`);
  if (url.username !== "" || url.password !== "") return refuse("Links with a user name or password are not supported.");
  const host = normalizeHost(url.hostname);
  const isIp = parseIPv4(host) !== null || parseIPv6(host) !== null;
  const allowListed = allowHosts.has(host);
  const target: TCalendarTarget = { url, host, isIp, allowListed, httpFallback: isWebcal && allowListed };
  if (allowListed) return { ok: true, target };
  if (url.protocol !== "https:") return refuse("Only https:// and webcal:// links can be imported.");
  if (!isIp && REFUSED_NAMES.test(host)) return refuse(`The host ${host} is a local or internal name.`);
  const reason = isIp ? refusedAddressReason(host) : null;
  if (reason) return refuse(`The link points to a ${reason} address.`);
  return { ok: true, target };
}
