import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyAddress, isAllowedCategory, type AddressCategory } from '../../lambdas/fetch/address';
import { parseTarget } from '../../lambdas/fetch/target';

describe('Function: classifyAddress', () => {
  it.each<[string, AddressCategory]>([
    ['8.8.8.8', 'public'],
    ['93.184.216.34', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'reserved'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['172.32.0.1', 'public'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.255', 'shared'],
    ['100.128.0.1', 'public'],
    ['169.254.169.254', 'metadata'],
    ['169.254.1.1', 'link-local'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['2606:4700:4700::1111', 'public'],
    ['[2001:4860:4860::8888]', 'public'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456::1', 'unique-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'ipv4-embedded'],
    ['::ffff:7f00:1', 'ipv4-embedded'],
    ['::ffff:8.8.8.8', 'ipv4-embedded'],
    ['::127.0.0.1', 'ipv4-embedded'],
    ['::ffff:0:10.0.0.1', 'ipv4-embedded'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['64:ff9b::a9fe:a9fe', 'metadata'],
    ['64:ff9b::7f00:1', 'ipv4-embedded'],
    ['64:ff9b::8.8.8.8', 'public'],
    ['64:ff9b:1::1', 'reserved'],
    ['2002:0a00:0001::1', 'ipv4-embedded'],
    ['2002:0808:0808::1', 'public'],
    ['2001:db8::1', 'reserved'],
    ['2001:0:4136:e378::1', 'reserved'],
    ['100::1', 'reserved'],
    ['fec0::1', 'reserved'],
    ['4000::1', 'reserved'],
    ['not-an-ip', 'invalid'],
    ['', 'invalid'],
    ['1.2.3', 'invalid'],
  ])('%s is %s', (address, category) => {
    expect(classifyAddress(address)).toBe(category);
  });
});

describe('Function: isAllowedCategory', () => {
  it('allows public addresses, and loopback only when switched on', () => {
    expect(isAllowedCategory('public', false)).toBe(true);
    expect(isAllowedCategory('loopback', false)).toBe(false);
    expect(isAllowedCategory('loopback', true)).toBe(true);
  });

  it.each<AddressCategory>([
    'private',
    'shared',
    'link-local',
    'metadata',
    'unique-local',
    'multicast',
    'reserved',
    'unspecified',
    'ipv4-embedded',
    'invalid',
  ])('never allows %s, even with loopback switched on', (category) => {
    expect(isAllowedCategory(category, true)).toBe(false);
  });
});

describe('Property: every spelling of an IPv4 address is judged like its dotted quad', () => {
  it('holds for decimal, hex, octal and IPv4-mapped spellings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (n) => {
        const octets = [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
        const dotted = octets.join('.');
        const expected = classifyAddress(dotted);
        for (const spelling of [String(n), `0x${n.toString(16)}`, octets.map((o) => `0${o.toString(8)}`).join('.')]) {
          const target = parseTarget(`http://${spelling}/`);
          expect(target.literal).toBe(dotted);
          expect(classifyAddress(target.literal!)).toBe(expected);
        }
        // Wrapped in IPv6 it is never public.
        expect(classifyAddress(`::ffff:${dotted}`)).toBe('ipv4-embedded');
      }),
      { numRuns: 500 },
    );
  });
});
