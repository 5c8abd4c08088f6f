import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * The guard against server-side request forgery: a webhook URL must be http(s) and every address its host
 * names (directly or through DNS) must be public, unless private networks are allowed (development, tests).
 * Checked when an endpoint is saved and again before each delivery, whose connection then goes to the
 * checked address (so a DNS answer that changes in between cannot redirect it).
 */

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local (cloud metadata)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 96], // unspecified, and IPv4-compatible (deprecated) addresses
  ['::1', 128], // loopback
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
  ['64:ff9b::', 96], // NAT64 (embeds IPv4)
  ['2002::', 16], // 6to4 (embeds IPv4)
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/**
 * True for loopback, private, link-local, CGNAT, unique-local, multicast, unspecified and reserved addresses.
 * IPv4-mapped IPv6 addresses (`::ffff:127.0.0.1`) are checked against the IPv4 ranges (BlockList does so).
 */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4');
  if (family === 6) return blocked.check(address, 'ipv6');
  return true;
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type UrlCheck = { ok: true; url: URL; addresses: ResolvedAddress[] } | { ok: false; reason: string };

export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => ({
    address: entry.address,
    family: entry.family === 6 ? 6 : 4,
  }));

/**
 * Checks a webhook URL: http(s), no credentials, and (unless `allowPrivateNetworks`) every address of its host
 * public. Returns the addresses to connect to, or why the URL is refused.
 */
export async function checkWebhookUrl(
  raw: string,
  options: { allowPrivateNetworks: boolean; resolve?: Resolver },
): Promise<UrlCheck> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'Enter a full URL such as https://example.com/webhooks.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, reason: 'The URL must start with https:// or http://.' };
  if (url.username || url.password) return { ok: false, reason: 'The URL must not contain credentials.' };
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: ResolvedAddress[];
  if (isIP(host)) {
    addresses = [{ address: host, family: isIP(host) === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await (options.resolve ?? systemResolver)(host);
    } catch {
      return { ok: false, reason: `The host ${host} could not be resolved.` };
    }
    if (addresses.length === 0) return { ok: false, reason: `The host ${host} could not be resolved.` };
  }
  if (!options.allowPrivateNetworks) {
    const inside = addresses.find((entry) => isPrivateAddress(entry.address));
    if (inside) {
      return {
        ok: false,
        reason:
          inside.address === host
            ? `The URL points to a private, loopback or otherwise internal address (${host}); webhooks go to public addresses only.`
            : `The host ${host} resolves to a private, loopback or otherwise internal address (${inside.address}); webhooks go to public addresses only.`,
      };
    }
  }
  return { ok: true, url, addresses };
}
