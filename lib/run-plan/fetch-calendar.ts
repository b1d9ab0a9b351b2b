/**
 * Fetches a user-typed calendar link (not pure: DNS and sockets). Everything fetched is hostile:
 * the scheme and host are checked before anything else, every resolved address is checked, and
 * the socket connects to the address that was checked (no second DNS answer can slip in: no
 * rebinding window). Redirects go through the same checks. One deadline covers the whole fetch,
 * slow bodies included; the body is read up to the cap and the connection dropped past it.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { checkCalendarUrl, type TCalendarTarget } from "@/lib/run-plan/check-calendar-url";
import { isRefusedAddress, refusedAddressReason } from "@/lib/run-plan/is-refused-address";
import { readAllowHosts } from "@/lib/run-plan/read-allow-hosts";
import { RunPlanError } from "@/lib/run-plan/run-plan-error";

export type TResolvedAddress = { address: string; family: number };
/** Every address of a host name (default: the system resolver, `dns.lookup` with `all`). */
export type TResolveHost = (host: string) => Promise<TResolvedAddress[]>;

export type TFetchCalendarOptions = {
  /** Default: RUN_PLAN_FETCH_ALLOW_HOSTS, read at each call. */
  allowHosts?: ReadonlySet<string>;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  resolveHost?: TResolveHost;
};

export const FETCH_TIMEOUT_MS = 10_000;
/** Same cap as a pasted calendar (DOMAIN.md section 10: 2 MB). */
export const MAX_CALENDAR_BYTES = 2 * 1024 * 1024;
export const MAX_REDIRECTS = 3;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const TLS_ERROR = /^(?:ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_)/;

const systemResolver: TResolveHost = (host) => dnsLookup(host, { all: true, verbatim: true });

function failed(message: string): RunPlanError {
  return new RunPlanError("fetch_failed", message);
}

/** Rejects as soon as `signal` aborts (DNS lookups cannot be cancelled, only abandoned). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** The address to connect to, after checking every address the host has. */
async function resolveChecked(target: TCalendarTarget, resolveHost: TResolveHost, signal: AbortSignal): Promise<TResolvedAddress> {
  if (target.isIp) return { address: target.host, family: target.host.includes(":") ? 6 : 4 };
  let addresses: TResolvedAddress[];
  try {
    addresses = await untilAborted(resolveHost(target.host), signal);
  } catch (error) {
    if (signal.aborted) throw error;
    throw failed(`The host ${target.host} could not be found.`);
  }
  if (addresses.length === 0) throw failed(`The host ${target.host} could not be found.`);
  if (!target.allowListed) {
    const refused = addresses.find((entry) => isRefusedAddress(entry.address));
    if (refused) {
      throw new RunPlanError("url_not_allowed", `The host ${target.host} resolves to a ${refusedAddressReason(refused.address)} address.`);
    }
  }
  return addresses[0];
}

/** A lookup that always answers the checked address, whatever Node asks (one or all). */
function pinnedLookup(resolved: TResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [resolved]);
    else callback(null, resolved.address, resolved.family);
  };
}

function send(url: URL, resolved: TResolvedAddress, signal: AbortSignal): Promise<IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: "GET",
        agent: false,
        signal,
        lookup: pinnedLookup(resolved),
        headers: {
          accept: "text/calendar, text/plain;q=0.9, */*;q=0.5",
          "accept-encoding": "identity",
          "user-agent": "Stridelift calendar import",
        },
      },
      resolve,
    );
    request.on("error", reject);
    request.end();
  });
}

/** The response, trying plain http when a webcal:// link's allow-listed server does not speak TLS. */
async function open(target: TCalendarTarget, resolved: TResolvedAddress, signal: AbortSignal): Promise<IncomingMessage> {
  try {
    return await send(target.url, resolved, signal);
  } catch (error) {
    if (!target.httpFallback || signal.aborted) throw error;
    const plain = new URL(target.url);
    plain.protocol = "http:";
    return send(plain, resolved, signal);
  }
}

async function readCapped(response: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge(maxBytes);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      response.destroy();
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(maxBytes: number): RunPlanError {
  return new RunPlanError("too_large", `The calendar is larger than ${maxBytes / (1024 * 1024)} MB.`);
}

function describeFailure(error: unknown, signal: AbortSignal, timeoutMs: number): RunPlanError {
  if (error instanceof RunPlanError) return error;
  if (signal.aborted) return failed(`The calendar server did not answer within ${timeoutMs / 1000} s.`);
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  if (code === "ECONNREFUSED") return failed("The calendar server refused the connection.");
  if (TLS_ERROR.test(code)) return failed("A secure (TLS) connection to the calendar server failed.");
  return failed("The calendar could not be downloaded.");
}

/**
 * The calendar text behind `rawUrl`. Throws RunPlanError: `url_not_allowed` (scheme, local
 * or private host or address, also after a redirect), `fetch_failed` (DNS, connection, TLS,
 * non-2xx status, timeout, more than `maxRedirects` redirects), `too_large` (body over the cap).
 */
export async function fetchCalendar(rawUrl: string, options: TFetchCalendarOptions = {}): Promise<string> {
  const allowHosts = options.allowHosts ?? readAllowHosts();
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_CALENDAR_BYTES;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const resolveHost = options.resolveHost ?? systemResolver;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error("timeout")), timeoutMs);
  const signal = controller.signal;
  try {
    let current = rawUrl;
    for (let redirects = 0; ; redirects++) {
      const check = checkCalendarUrl(current, allowHosts);
      if (!check.ok) throw new RunPlanError("url_not_allowed", check.reason);
      const resolved = await resolveChecked(check.target, resolveHost, signal);
      const response = await open(check.target, resolved, signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECT_STATUSES.has(status) && location) {
        response.destroy();
        if (redirects >= maxRedirects) throw failed(`The link redirects more than ${maxRedirects} times.`);
        current = new URL(location, check.target.url).toString();
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw failed(`The calendar server answered ${status}.`);
      }
      return await readCapped(response, maxBytes);
    }
  } catch (error) {
    throw describeFailure(error, signal, timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}
