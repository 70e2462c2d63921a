import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockedAddressReason, formatIPv4, parseIPv4, parseIPv6 } from '../../src/adapter/node/remote/ip.ts';
import { sniffImage, looksLikeSvg } from '../../src/adapter/node/remote/sniff.ts';

describe('address classification', () => {
  it.each([
    ['127.0.0.1', /loopback/],
    ['127.255.255.254', /loopback/],
    ['0.0.0.0', /unspecified/],
    ['0.1.2.3', /this network/],
    ['10.0.0.1', /private, 10\.0\.0\.0\/8/],
    ['10.255.255.255', /private/],
    ['172.16.0.0', /private, 172\.16\.0\.0\/12/],
    ['172.31.255.255', /private/],
    ['192.168.1.1', /private, 192\.168/],
    ['169.254.169.254', /link-local/],
    ['100.64.0.1', /carrier-grade NAT/],
    ['100.127.255.255', /carrier-grade NAT/],
    ['192.0.0.8', /IETF/],
    ['192.0.2.1', /documentation/],
    ['198.51.100.7', /documentation/],
    ['203.0.113.9', /documentation/],
    ['198.18.0.1', /benchmarking/],
    ['198.19.255.255', /benchmarking/],
    ['192.88.99.1', /6to4 relay/],
    ['224.0.0.1', /multicast/],
    ['239.255.255.250', /multicast/],
    ['240.0.0.1', /reserved/],
    ['255.255.255.255', /broadcast/],
    ['::', /unspecified/],
    ['::1', /loopback/],
    ['0:0:0:0:0:0:0:1', /loopback/],
    ['::ffff:127.0.0.1', /IPv4-mapped IPv6 of 127\.0\.0\.1/],
    ['::ffff:7f00:1', /IPv4-mapped IPv6 of 127\.0\.0\.1/],
    ['::ffff:8.8.8.8', /IPv4-mapped/], // mapped forms are refused whatever they embed
    ['::ffff:0:a00:1', /IPv4-translated IPv6 of 10\.0\.0\.1/],
    ['::127.0.0.1', /IPv4-compatible IPv6 of 127\.0\.0\.1/],
    ['::7f00:1', /IPv4-compatible/],
    ['::8.8.8.8', /IPv4-compatible/],
    ['64:ff9b::127.0.0.1', /NAT64 64:ff9b::\/96 embedding 127\.0\.0\.1 \(loopback/],
    ['64:ff9b::a9fe:a9fe', /NAT64.*169\.254\.169\.254.*link-local/],
    ['64:ff9b:1::1', /local-use NAT64/],
    ['2002:7f00:1::', /6to4 2002::\/16 embedding 127\.0\.0\.1/],
    ['2002:c0a8:0101::1', /6to4.*192\.168\.1\.1/],
    ['2001::1', /Teredo/],
    ['2001:2::1', /IETF protocol assignments/],
    ['2001:db8::1', /documentation/],
    ['3fff::1', /documentation/],
    ['fc00::1', /unique local/],
    ['fdff:ffff::1', /unique local/],
    ['fe80::1', /link-local/],
    ['febf::1', /link-local/],
    ['fec0::1', /site-local/],
    ['ff02::1', /multicast/],
    ['100::1', /discard/],
    ['4000::1', /outside global unicast/],
    ['fe80::1%eth0', /zone id/],
    ['0177.0.0.1', /not a strict dotted-decimal|not an IP/],
    ['2130706433', /not an IP/],
    ['0x7f.0.0.1', /not an IP/],
    ['localhost', /not an IP/],
    ['', /not an IP/],
  ])('%s is refused (%s)', (address, why) => {
    expect(blockedAddressReason(address)).toMatch(why);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '93.184.216.34',
    '9.255.255.255',
    '11.0.0.0',
    '100.63.255.255',
    '100.128.0.0',
    '126.255.255.255',
    '128.0.0.0',
    '169.253.255.255',
    '169.255.0.0',
    '172.15.255.255',
    '172.32.0.0',
    '192.167.255.255',
    '192.169.0.0',
    '198.17.255.255',
    '198.20.0.0',
    '223.255.255.255',
    '2606:4700:4700::1111',
    '2a00:1450:4007:80c::200e',
    '2001:200::1',
    '64:ff9b::8.8.8.8', // DNS64 synthesised address of a public IPv4: reachable on IPv6-only hosts
    '2002:808:808::1', // 6to4 of 8.8.8.8
  ])('%s is public', (address) => {
    expect(blockedAddressReason(address)).toBeNull();
  });

  it('property: an IPv4 embedded by NAT64 or 6to4 is refused exactly when the IPv4 itself is', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (v) => {
        const v4 = formatIPv4(v);
        const refused = blockedAddressReason(v4) !== null;
        const hi = (v >>> 16).toString(16);
        const lo = (v & 0xffff).toString(16);
        expect(blockedAddressReason(`64:ff9b::${v4}`) !== null).toBe(refused);
        expect(blockedAddressReason(`64:ff9b::${hi}:${lo}`) !== null).toBe(refused);
        expect(blockedAddressReason(`2002:${hi}:${lo}::1`) !== null).toBe(refused);
        // Mapped and compatible forms: always refused.
        expect(blockedAddressReason(`::ffff:${v4}`)).not.toBeNull();
        expect(blockedAddressReason(`::ffff:${hi}:${lo}`)).not.toBeNull();
        expect(blockedAddressReason(`::${v4}`)).not.toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('property: every address of the private, loopback, link-local and CGNAT ranges is refused', () => {
    const ranges: Array<[number, number]> = [
      [0x0a000000, 8],
      [0x7f000000, 8],
      [0xac100000, 12],
      [0xc0a80000, 16],
      [0xa9fe0000, 16],
      [0x64400000, 10],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...ranges), fc.integer({ min: 0, max: 0xffffffff }), ([base, prefix], noise) => {
        const v = (base | (noise >>> prefix)) >>> 0;
        expect(blockedAddressReason(formatIPv4(v))).not.toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('parsers are strict and round-trip', () => {
    expect(parseIPv4('1.2.3.4')).toBe(0x01020304);
    expect(parseIPv4('255.255.255.255')).toBe(0xffffffff);
    for (const bad of ['1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.256', '0x1.2.3.4', '1.2.3.-4', ' 1.2.3.4', '1.2.3.4 ']) expect(parseIPv4(bad)).toBeNull();
    expect(parseIPv6('::')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseIPv6('1::')).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseIPv6('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
    expect(parseIPv6('2001:DB8:0:0:0:0:0:1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    for (const bad of ['1::2::3', '1:2:3:4:5:6:7:8:9', '12345::', 'fe80::1%eth0', '::ffff:01.2.3.4', 'g::1']) expect(parseIPv6(bad)).toBeNull();
  });
});

describe('image sniffing', () => {
  it('recognises PNG, JPEG, GIF and WebP by magic bytes only', () => {
    expect(sniffImage(Buffer.from('89504e470d0a1a0a0000', 'hex'))).toBe('image/png');
    expect(sniffImage(Buffer.from('ffd8ffdb', 'hex'))).toBe('image/jpeg');
    expect(sniffImage(Buffer.from('GIF87a....'))).toBe('image/gif');
    expect(sniffImage(Buffer.from('RIFF\x10\0\0\0WEBPVP8 ', 'latin1'))).toBe('image/webp');
    expect(sniffImage(Buffer.from('RIFF\x10\0\0\0WAVEfmt ', 'latin1'))).toBeNull();
    expect(sniffImage(Buffer.from('89504e47', 'hex'))).toBeNull(); // truncated signature
    expect(sniffImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImage(Buffer.from('<!doctype html>'))).toBeNull();
  });

  it('tells SVG apart for the error message', () => {
    expect(looksLikeSvg(Buffer.from('\ufeff  <?xml version="1.0"?><svg>'), undefined)).toBe(true);
    expect(looksLikeSvg(Buffer.from('<svg width="1">'), 'image/png')).toBe(true);
    expect(looksLikeSvg(Buffer.from('whatever'), 'image/svg+xml; charset=utf-8')).toBe(true);
    expect(looksLikeSvg(Buffer.from('<!doctype html><p>'), 'text/html')).toBe(false);
  });
});
