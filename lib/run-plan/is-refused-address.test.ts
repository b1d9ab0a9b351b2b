import { describe, expect, it } from "vitest";
import { isRefusedAddress, parseIPv4, parseIPv6, refusedAddressReason } from "@/lib/run-plan/is-refused-address";

describe("isRefusedAddress: refused IPv4 ranges (first, inside, last address)", () => {
  it.each([
    ["0.0.0.0", "this-network"],
    ["0.255.255.255", "this-network"],
    ["10.0.0.0", "private (10"],
    ["10.20.30.40", "private (10"],
    ["10.255.255.255", "private (10"],
    ["100.64.0.0", "carrier-grade NAT"],
    ["100.127.255.255", "carrier-grade NAT"],
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["169.254.0.1", "link-local"],
    ["169.254.169.254", "cloud metadata"],
    ["172.16.0.0", "private (172.16"],
    ["172.20.1.1", "private (172.16"],
    ["172.31.255.255", "private (172.16"],
    ["192.0.0.8", "IETF"],
    ["192.0.2.1", "documentation"],
    ["192.88.99.1", "6to4 relay"],
    ["192.168.0.1", "private (192.168"],
    ["192.168.255.255", "private (192.168"],
    ["198.18.0.1", "benchmarking"],
    ["198.19.255.255", "benchmarking"],
    ["198.51.100.7", "documentation"],
    ["203.0.113.9", "documentation"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["240.0.0.1", "reserved"],
    ["255.255.255.255", "broadcast"],
  ])("%s is refused (%s)", (ip, reason) => {
    expect(isRefusedAddress(ip)).toBe(true);
    expect(refusedAddressReason(ip)).toContain(reason);
  });

  it.each(["1.1.1.1", "8.8.8.8", "9.255.255.255", "11.0.0.0", "100.63.255.255", "100.128.0.0", "126.255.255.255", "128.0.0.0", "169.253.255.255", "169.255.0.0", "172.15.255.255", "172.32.0.0", "192.167.255.255", "192.169.0.0", "198.17.255.255", "198.20.0.0", "223.255.255.255"])(
    "%s (public) is allowed",
    (ip) => {
      expect(isRefusedAddress(ip)).toBe(false);
    },
  );
});

describe("isRefusedAddress: refused IPv6 ranges and IPv4 carried in IPv6", () => {
  it.each([
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["[::1]", "loopback"],
    ["::ffff:127.0.0.1", "IPv4-mapped (::ffff:0:0/96) of loopback"],
    ["::ffff:7f00:1", "IPv4-mapped (::ffff:0:0/96) of loopback"],
    ["::FFFF:A9FE:A9FE", "IPv4-mapped (::ffff:0:0/96) of link-local or cloud metadata"],
    ["::ffff:192.168.1.1", "IPv4-mapped (::ffff:0:0/96) of private"],
    ["::ffff:0:10.0.0.1", "IPv4-translated"],
    ["::127.0.0.1", "IPv4-compatible"],
    ["64:ff9b::7f00:1", "NAT64 (64:ff9b::/96) of loopback"],
    ["64:ff9b::169.254.169.254", "NAT64 (64:ff9b::/96) of link-local"],
    ["64:ff9b:1::1", "local NAT64"],
    ["100::1", "discard-only"],
    ["2002:7f00:1::1", "6to4 (2002::/16) of loopback"],
    ["2002:c0a8:101::", "6to4 (2002::/16) of private"],
    ["2001:0:7f00:1::", "Teredo (2001::/32) server of loopback"],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo (2001::/32) client of documentation"],
    ["2001:db8::1", "documentation"],
    ["fc00::1", "unique local"],
    ["fd00:ec2::254", "unique local"],
    ["fdff:ffff::1", "unique local"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf::1", "link-local"],
    ["fec0::1", "site-local"],
    ["ff02::1", "multicast"],
    ["ff05::1:3", "multicast"],
  ])("%s is refused (%s)", (ip, reason) => {
    expect(isRefusedAddress(ip)).toBe(true);
    expect(refusedAddressReason(ip)).toContain(reason);
  });

  it.each(["2606:4700:4700::1111", "2a00:1450:4009:81e::200e", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1", "2001:0:808:808::f7f7:f7f7", "fbff::1", "fe7f::1"])(
    "%s (public) is allowed",
    (ip) => {
      expect(isRefusedAddress(ip)).toBe(false);
    },
  );
});

describe("isRefusedAddress: anything that is not an address is refused", () => {
  it.each(["", "localhost", "example.com", "127.1", "0x7f000001", "2130706433", "1.2.3.256", "01.2.3.4", "1::2::3", "1:2:3:4:5:6:7:8:9", "12345::", "::1.2.3", "g::1"])(
    "%j is refused",
    (text) => {
      expect(refusedAddressReason(text)).toBe("not an IP address");
    },
  );
});

describe("parseIPv4 / parseIPv6", () => {
  it("reads dotted quads and every IPv6 spelling into numbers", () => {
    expect(parseIPv4("192.168.1.20")).toEqual([192, 168, 1, 20]);
    expect(parseIPv6("2001:db8::8a2e:370:7334")).toEqual([0x2001, 0xdb8, 0, 0, 0, 0x8a2e, 0x370, 0x7334]);
    expect(parseIPv6("::ffff:1.2.3.4")).toEqual([0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
    expect(parseIPv6("1:2:3:4:5:6:7::")).toEqual([1, 2, 3, 4, 5, 6, 7, 0]);
    expect(parseIPv6("1:2:3:4:5:6:7:8")).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIPv6("1:2:3:4::5:6:7:8")).toBeNull();
  });
});
