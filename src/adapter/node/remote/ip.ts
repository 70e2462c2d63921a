/**
 * Which IP addresses a remote-image fetch may connect to: only globally routable unicast ones.
 *
 * Addresses are parsed here, digit by digit, rather than trusted from any library: IPv4 must be strict
 * dotted decimal (what DNS answers and WHATWG URL serialisation produce; `0177.0.0.1` or `0x7f.1` never get
 * here as such, because `new URL` already rewrote them to `127.0.0.1`), IPv6 is expanded to 8 groups.
 * Anything that does not parse is refused.
 */
import { isIP } from 'node:net';

/** Strict dotted decimal: 4 parts, 0-255, no leading zeros, no other notation. Returns the 32-bit value. */
export function parseIPv4(s: string): number | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  let value = 0;
  for (const p of parts) {
    if (!/^(?:0|[1-9][0-9]{0,2})$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

/** An IPv6 address (no zone id) as 8 16-bit groups, or null. Accepts `::` compression and a trailing dotted IPv4. */
export function parseIPv6(s: string): number[] | null {
  if (s.includes('%') || isIP(s) !== 6) return null;
  let text = s.toLowerCase();
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = parseIPv4(tail);
    if (v4 === null) return null;
    text = `${text.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  let groups: string[];
  const gap = text.indexOf('::');
  if (gap >= 0) {
    if (text.indexOf('::', gap + 1) >= 0) return null;
    const head = text.slice(0, gap) ? text.slice(0, gap).split(':') : [];
    const rest = text.slice(gap + 2) ? text.slice(gap + 2).split(':') : [];
    const fill = 8 - head.length - rest.length;
    if (fill < 1) return null;
    groups = [...head, ...Array<string>(fill).fill('0'), ...rest];
  } else {
    groups = text.split(':');
  }
  if (groups.length !== 8) return null;
  const out: number[] = [];
  for (const g of groups) {
    if (!/^[0-9a-f]{1,4}$/.test(g)) return null;
    out.push(parseInt(g, 16));
  }
  return out;
}

export function formatIPv4(v: number): string {
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

/** IPv4 ranges that are not globally reachable unicast (IANA special-purpose registry, multicast, reserved). */
const V4_BLOCKED: Array<[base: string, prefix: number, why: string]> = [
  ['0.0.0.0', 8, '"this network" / unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT shared space'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.31.196.0', 24, 'AS112'],
  ['192.52.193.0', 24, 'AMT'],
  ['192.88.99.0', 24, 'deprecated 6to4 relay anycast'],
  ['192.168.0.0', 16, 'private'],
  ['192.175.48.0', 24, 'AS112'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['255.255.255.255', 32, 'broadcast'],
  ['240.0.0.0', 4, 'reserved'],
];

const V4_TABLE = V4_BLOCKED.map(([base, prefix, why]) => {
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  const value = parseIPv4(base);
  if (value === null || ((value & mask) >>> 0) !== value) throw new Error(`bad IPv4 range ${base}/${prefix}`);
  return { value, mask, why, cidr: `${base}/${prefix}` };
});

/** Why an IPv4 address (32-bit value) is refused, or null when it is globally routable unicast. */
export function ipv4BlockedReason(v: number): string | null {
  for (const r of V4_TABLE) if (((v & r.mask) >>> 0) === r.value) return `${r.why}, ${r.cidr}`;
  return null;
}

const big = (groups: number[]): bigint => groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);

function v6Range(cidr: string): { value: bigint; mask: bigint; cidr: string } {
  const [addr = '', len = ''] = cidr.split('/');
  const groups = parseIPv6(addr);
  const prefix = Number(len);
  if (!groups || !(prefix >= 0 && prefix <= 128)) throw new Error(`bad IPv6 range ${cidr}`);
  const all = (1n << 128n) - 1n;
  const mask = (all >> BigInt(128 - prefix)) << BigInt(128 - prefix);
  return { value: big(groups) & mask, mask, cidr };
}

const inRange = (v: bigint, r: { value: bigint; mask: bigint }) => (v & r.mask) === r.value;

const V6 = {
  mapped: v6Range('::ffff:0:0/96'),
  translated: v6Range('::ffff:0:0:0/96'),
  compatible: v6Range('::/96'),
  nat64: v6Range('64:ff9b::/96'),
  nat64Local: v6Range('64:ff9b:1::/48'),
  discard: v6Range('100::/64'),
  teredo: v6Range('2001::/32'),
  ietf: v6Range('2001::/23'),
  documentation: v6Range('2001:db8::/32'),
  sixToFour: v6Range('2002::/16'),
  documentation2: v6Range('3fff::/20'),
  uniqueLocal: v6Range('fc00::/7'),
  siteLocal: v6Range('fec0::/10'),
  linkLocal: v6Range('fe80::/10'),
  multicast: v6Range('ff00::/8'),
  globalUnicast: v6Range('2000::/3'),
};

/** Why an IPv6 address (8 groups) is refused, or null when it is globally routable unicast. */
export function ipv6BlockedReason(groups: number[]): string | null {
  const v = big(groups);
  const low32 = Number(v & 0xffffffffn);
  if (v === 0n) return 'unspecified, ::';
  if (v === 1n) return 'loopback, ::1';
  // IPv4 embedded in IPv6 without a translator in between: refused whatever the IPv4 is.
  if (inRange(v, V6.mapped)) return `IPv4-mapped IPv6 of ${formatIPv4(low32)}, ::ffff:0:0/96`;
  if (inRange(v, V6.translated)) return `IPv4-translated IPv6 of ${formatIPv4(low32)}, ::ffff:0:0:0/96`;
  if (inRange(v, V6.compatible)) return `IPv4-compatible IPv6 of ${formatIPv4(low32)}, ::/96`;
  // Translators (DNS64/NAT64, 6to4) reach the embedded IPv4: allowed only if that IPv4 is public.
  if (inRange(v, V6.nat64)) {
    const why = ipv4BlockedReason(low32);
    return why ? `NAT64 64:ff9b::/96 embedding ${formatIPv4(low32)} (${why})` : null;
  }
  if (inRange(v, V6.nat64Local)) return 'local-use NAT64, 64:ff9b:1::/48';
  if (inRange(v, V6.sixToFour)) {
    const embedded = Number((v >> 80n) & 0xffffffffn);
    const why = ipv4BlockedReason(embedded);
    return why ? `6to4 2002::/16 embedding ${formatIPv4(embedded)} (${why})` : null;
  }
  if (inRange(v, V6.discard)) return 'discard-only, 100::/64';
  if (inRange(v, V6.teredo)) return 'Teredo tunnel, 2001::/32';
  if (inRange(v, V6.documentation)) return 'documentation, 2001:db8::/32';
  if (inRange(v, V6.ietf)) return 'IETF protocol assignments (incl. benchmarking 2001:2::/48), 2001::/23';
  if (inRange(v, V6.documentation2)) return 'documentation, 3fff::/20';
  if (inRange(v, V6.uniqueLocal)) return 'unique local (private), fc00::/7';
  if (inRange(v, V6.linkLocal)) return 'link-local, fe80::/10';
  if (inRange(v, V6.siteLocal)) return 'deprecated site-local, fec0::/10';
  if (inRange(v, V6.multicast)) return 'multicast, ff00::/8';
  if (!inRange(v, V6.globalUnicast)) return 'reserved (outside global unicast 2000::/3)';
  return null;
}

/**
 * Why this address must not be connected to (loopback, private, link-local, CGNAT, unspecified, multicast,
 * broadcast, documentation, benchmarking, reserved, IPv4 embedded in IPv6 unsafely, unparseable),
 * or null when it is a globally routable unicast address.
 */
export function blockedAddressReason(address: string): string | null {
  if (address.includes('%')) return 'scoped IPv6 address with a zone id';
  const version = isIP(address);
  if (version === 4) {
    const v = parseIPv4(address);
    return v === null ? 'not a strict dotted-decimal IPv4 address' : ipv4BlockedReason(v);
  }
  if (version === 6) {
    const groups = parseIPv6(address);
    return groups === null ? 'unparseable IPv6 address' : ipv6BlockedReason(groups);
  }
  return 'not an IP address';
}
