import { isIPv4, isIPv6 } from 'node:net';

/**
 * What kind of network an IP address belongs to, decided from the address
 * alone. The fetcher connects only to `public` addresses (and to `loopback`
 * when switched on for tests and local trials); everything else is a way
 * into the machine, its network or the cloud provider's metadata service.
 */
export type AddressCategory =
  | 'public'
  | 'loopback'
  | 'unspecified'
  | 'private'
  | 'shared'
  | 'link-local'
  | 'metadata'
  | 'unique-local'
  | 'multicast'
  | 'reserved'
  | 'ipv4-embedded'
  | 'invalid';

/** How each category is named in a refusal message. */
export const CATEGORY_DESCRIPTIONS: Record<AddressCategory, string> = {
  public: 'a public address',
  loopback: 'a loopback address (this machine)',
  unspecified: 'an unspecified address',
  private: 'a private network address',
  shared: 'a carrier-grade NAT address',
  'link-local': 'a link-local address',
  metadata: 'the cloud metadata address',
  'unique-local': 'a unique-local IPv6 address',
  multicast: 'a multicast address',
  reserved: 'a reserved address',
  'ipv4-embedded': 'an IPv4 address wrapped in IPv6',
  invalid: 'an address that is not valid',
};

/** IPv4 ranges as [first octets as a 32-bit number, prefix length, category]; the first match wins. */
const IPV4_RANGES: ReadonlyArray<readonly [string, number, AddressCategory]> = [
  ['169.254.169.254', 32, 'metadata'],
  ['0.0.0.0', 32, 'unspecified'],
  ['0.0.0.0', 8, 'reserved'], // "this network": 0.x.x.x reaches the local host on Linux
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'], // IETF protocol assignments
  ['192.0.2.0', 24, 'reserved'], // TEST-NET-1
  ['192.88.99.0', 24, 'reserved'], // 6to4 relay anycast
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'], // benchmarking
  ['198.51.100.0', 24, 'reserved'], // TEST-NET-2
  ['203.0.113.0', 24, 'reserved'], // TEST-NET-3
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'], // includes 255.255.255.255 broadcast
];

/** A dotted-quad IPv4 address as an unsigned 32-bit number, or undefined. */
export function parseIPv4(text: string): number | undefined {
  if (!isIPv4(text)) return undefined;
  return text.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function inRange(value: number, base: number, prefix: number): boolean {
  if (prefix === 0) return true;
  const size = 2 ** (32 - prefix);
  return Math.floor(value / size) === Math.floor(base / size);
}

function classifyIPv4Number(value: number): AddressCategory {
  for (const [base, prefix, category] of IPV4_RANGES) {
    if (inRange(value, parseIPv4(base)!, prefix)) return category;
  }
  return 'public';
}

/** An IPv6 address as eight 16-bit groups, or undefined; accepts "::", an embedded dotted IPv4 tail and a zone id. */
export function parseIPv6(text: string): number[] | undefined {
  const bare = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!isIPv6(bare)) return undefined;
  let groupsText = bare;
  const tail: number[] = [];
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (dotted) {
    const v4 = parseIPv4(dotted[1]!);
    if (v4 === undefined) return undefined;
    tail.push(Math.floor(v4 / 65536), v4 % 65536);
    groupsText = bare.slice(0, -dotted[1]!.length);
    if (groupsText.endsWith(':') && !groupsText.endsWith('::')) groupsText = groupsText.slice(0, -1);
  }
  const [head, rest] = groupsText.split('::') as [string, string | undefined];
  const parse = (s: string) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = rest === undefined ? [] : parse(rest);
  const missing = 8 - tail.length - left.length - right.length;
  if (rest === undefined && missing !== 0) return undefined;
  if (missing < 0) return undefined;
  return [...left, ...new Array<number>(rest === undefined ? 0 : missing).fill(0), ...right, ...tail];
}

function embeddedIPv4(groups: number[], from: number): number {
  return groups[from]! * 65536 + groups[from + 1]!;
}

function classifyIPv6Groups(g: number[]): AddressCategory {
  const [g0, g1, g2, g3, g4, g5, , g7] = g as [number, number, number, number, number, number, number, number];
  const zeroPrefix = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroPrefix(8)) return 'unspecified';
  if (zeroPrefix(7) && g7 === 1) return 'loopback';
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible, deprecated) and ::ffff:0:a.b.c.d (translated)
  // reach IPv4 hosts through the IPv6 stack: refused whatever they wrap.
  if (zeroPrefix(5) && g5 === 0xffff) return 'ipv4-embedded';
  if (zeroPrefix(6)) return 'ipv4-embedded';
  if (zeroPrefix(4) && g4 === 0xffff && g5 === 0) return 'ipv4-embedded';
  // NAT64 (64:ff9b::/96) reaches the wrapped IPv4 address: judge that address.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    const inner = classifyIPv4Number(embeddedIPv4(g, 6));
    return inner === 'public' ? 'public' : inner === 'loopback' ? 'ipv4-embedded' : inner;
  }
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return 'reserved'; // local-use NAT64
  if ((g0 & 0xff00) === 0xff00) return 'multicast';
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((g0 & 0xffc0) === 0xfec0) return 'reserved'; // deprecated site-local
  if ((g0 & 0xfe00) === 0xfc00) return 'unique-local';
  if (g0 === 0x2001 && g1 === 0x0db8) return 'reserved'; // documentation
  if (g0 === 0x2001 && g1 === 0) return 'reserved'; // Teredo hides an IPv4 address
  if (g0 === 0x2001 && g1 < 0x0200) return 'reserved'; // IETF protocol assignments (benchmarking, ORCHID…)
  if (g0 === 0x2002) {
    // 6to4 wraps an IPv4 address in the next 32 bits.
    const inner = classifyIPv4Number(embeddedIPv4(g, 1));
    return inner === 'public' ? 'public' : 'ipv4-embedded';
  }
  if (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) return 'reserved'; // discard-only
  // Only global unicast (2000::/3) is on the public internet.
  if ((g0 & 0xe000) !== 0x2000) return 'reserved';
  return 'public';
}

/** Classify one IP address (IPv4 dotted quad or IPv6, brackets and zone id allowed). */
export function classifyAddress(address: string): AddressCategory {
  const v4 = parseIPv4(address);
  if (v4 !== undefined) return classifyIPv4Number(v4);
  const v6 = parseIPv6(address);
  if (v6 !== undefined) return classifyIPv6Groups(v6);
  return 'invalid';
}

/** Whether the fetcher may connect to an address of this category. */
export function isAllowedCategory(category: AddressCategory, allowLoopback: boolean): boolean {
  return category === 'public' || (category === 'loopback' && allowLoopback);
}
