/**
 * Which IP addresses a user-typed calendar link may never reach (SSRF): pure, no socket, no DNS.
 * IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4, Teredo) are judged by
 * the address they carry, so `::ffff:7f00:1` is loopback like `127.0.0.1`.
 */

type TV4Range = { base: readonly [number, number, number, number]; bits: number; reason: string };

const V4_REFUSED: readonly TV4Range[] = [
  { base: [0, 0, 0, 0], bits: 8, reason: "this-network (0.0.0.0/8)" },
  { base: [10, 0, 0, 0], bits: 8, reason: "private (10.0.0.0/8)" },
  { base: [100, 64, 0, 0], bits: 10, reason: "carrier-grade NAT (100.64.0.0/10)" },
  { base: [127, 0, 0, 0], bits: 8, reason: "loopback (127.0.0.0/8)" },
  { base: [169, 254, 0, 0], bits: 16, reason: "link-local or cloud metadata (169.254.0.0/16)" },
  { base: [172, 16, 0, 0], bits: 12, reason: "private (172.16.0.0/12)" },
  { base: [192, 0, 0, 0], bits: 24, reason: "IETF protocol assignments (192.0.0.0/24)" },
  { base: [192, 0, 2, 0], bits: 24, reason: "documentation (192.0.2.0/24)" },
  { base: [192, 88, 99, 0], bits: 24, reason: "6to4 relay (192.88.99.0/24)" },
  { base: [192, 168, 0, 0], bits: 16, reason: "private (192.168.0.0/16)" },
  { base: [198, 18, 0, 0], bits: 15, reason: "benchmarking (198.18.0.0/15)" },
  { base: [198, 51, 100, 0], bits: 24, reason: "documentation (198.51.100.0/24)" },
  { base: [203, 0, 113, 0], bits: 24, reason: "documentation (203.0.113.0/24)" },
  { base: [224, 0, 0, 0], bits: 4, reason: "multicast (224.0.0.0/4)" },
  { base: [240, 0, 0, 0], bits: 4, reason: "reserved or broadcast (240.0.0.0/4)" },
];

/** `a.b.c.d` in plain decimal, as DNS answers and the URL parser give it; anything else is null. */
export function parseIPv4(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((part) => /^(?:0|[1-9]\d{0,2})$/.test(part))) return null;
  const octets = parts.map(Number);
  return octets.every((octet) => octet <= 255) ? octets : null;
}

/** Eight 16-bit groups, `::` expanded, a trailing dotted IPv4 folded in, a `%zone` ignored. */
export function parseIPv6(text: string): number[] | null {
  const address = text.replace(/^\[|\]$/g, "").split("%")[0].toLowerCase();
  if (!/^[0-9a-f:.]+$/.test(address) || address.split("::").length > 2) return null;
  const [head, tail] = address.includes("::") ? address.split("::") : [address, null];
  const toGroups = (part: string): number[] | null => {
    if (part === "") return [];
    const groups: number[] = [];
    const pieces = part.split(":");
    for (const [index, piece] of pieces.entries()) {
      if (index === pieces.length - 1 && piece.includes(".")) {
        const v4 = parseIPv4(piece);
        if (!v4) return null;
        groups.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else if (/^[0-9a-f]{1,4}$/.test(piece)) {
        groups.push(parseInt(piece, 16));
      } else {
        return null;
      }
    }
    return groups;
  };
  const first = toGroups(head);
  const last = tail === null ? [] : toGroups(tail);
  if (!first || !last) return null;
  if (tail === null) return first.length === 8 ? first : null;
  const missing = 8 - first.length - last.length;
  return missing >= 1 ? [...first, ...new Array<number>(missing).fill(0), ...last] : null;
}

function v4Reason(octets: readonly number[]): string | null {
  const value = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
  for (const range of V4_REFUSED) {
    const base = ((range.base[0] << 24) | (range.base[1] << 16) | (range.base[2] << 8) | range.base[3]) >>> 0;
    const mask = range.bits === 0 ? 0 : (0xffffffff << (32 - range.bits)) >>> 0;
    if (((value & mask) >>> 0) === base) return range.reason;
  }
  return null;
}

function v4From(high: number, low: number): number[] {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff];
}

function embedded(reason: string | null, form: string): string | null {
  return reason === null ? null : `${form} of ${reason}`;
}

function v6Reason(g: readonly number[]): string | null {
  const zeroUpTo = (count: number) => g.slice(0, count).every((group) => group === 0);
  if (zeroUpTo(8)) return "unspecified (::)";
  if (zeroUpTo(7) && g[7] === 1) return "loopback (::1)";
  if (zeroUpTo(5) && g[5] === 0xffff) return embedded(v4Reason(v4From(g[6], g[7])), "IPv4-mapped (::ffff:0:0/96)");
  if (zeroUpTo(4) && g[4] === 0xffff && g[5] === 0) return embedded(v4Reason(v4From(g[6], g[7])), "IPv4-translated (::ffff:0:0:0/96)");
  if (zeroUpTo(6)) return "IPv4-compatible (::/96, deprecated)";
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0) {
    return embedded(v4Reason(v4From(g[6], g[7])), "NAT64 (64:ff9b::/96)");
  }
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return "local NAT64 (64:ff9b:1::/48)";
  if (g[0] === 0x100 && g[1] === 0 && g[2] === 0 && g[3] === 0) return "discard-only (100::/64)";
  if (g[0] === 0x2001 && g[1] === 0) {
    // Teredo: the server's IPv4 in clear, the client's inverted.
    return (
      embedded(v4Reason(v4From(g[2], g[3])), "Teredo (2001::/32) server") ??
      embedded(v4Reason(v4From(g[6] ^ 0xffff, g[7] ^ 0xffff)), "Teredo (2001::/32) client")
    );
  }
  if (g[0] === 0x2001 && g[1] === 0xdb8) return "documentation (2001:db8::/32)";
  if (g[0] === 0x2002) return embedded(v4Reason(v4From(g[1], g[2])), "6to4 (2002::/16)");
  if ((g[0] & 0xfe00) === 0xfc00) return "unique local (fc00::/7)";
  if ((g[0] & 0xffc0) === 0xfe80) return "link-local (fe80::/10)";
  if ((g[0] & 0xffc0) === 0xfec0) return "site-local (fec0::/10, deprecated)";
  if ((g[0] & 0xff00) === 0xff00) return "multicast (ff00::/8)";
  return null;
}

/** Why `ip` is refused (e.g. "loopback (127.0.0.0/8)"), or null for a public address. Not an IP: refused. */
export function refusedAddressReason(ip: string): string | null {
  const v4 = parseIPv4(ip);
  if (v4) return v4Reason(v4);
  const v6 = parseIPv6(ip);
  if (v6) return v6Reason(v6);
  return "not an IP address";
}

/** True when a calendar fetch must not connect to `ip` (unless the operator allow-lists the host). */
export function isRefusedAddress(ip: string): boolean {
  return refusedAddressReason(ip) !== null;
}
