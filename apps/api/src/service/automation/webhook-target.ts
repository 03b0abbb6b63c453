import { lookup } from 'node:dns/promises';
import { BlockList, isIP, LookupFunction } from 'node:net';

/** Every address a host name resolves to. */
export type Resolver = (hostname: string) => Promise<string[]>;

export const systemResolver: Resolver = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/** Addresses a webhook must never reach: this machine, the private networks, link-local (cloud metadata). */
const FORBIDDEN = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['127.0.0.0', 8], ['10.0.0.0', 8], ['172.16.0.0', 12], ['192.168.0.0', 16],
  ['100.64.0.0', 10], ['169.254.0.0', 16], ['192.0.0.0', 24], ['198.18.0.0', 15], ['224.0.0.0', 3],
] as const) FORBIDDEN.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) FORBIDDEN.addSubnet(network, prefix, 'ipv6');

/** The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:7f00:1`, `::ffff:127.0.0.1`), if it is one. */
function mappedIpv4(address: string): string | undefined {
  const match = /^(?:0{0,4}:){0,5}:?ffff:(.+)$/i.exec(address);
  if (!match) return undefined;
  const rest = match[1];
  if (isIP(rest) === 4) return rest;
  const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(rest);
  if (!hex) return undefined;
  const [high, low] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Whether an IP address is loopback, private, CGNAT, link-local, unspecified or otherwise not a public host. */
export function isForbiddenAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 4) return FORBIDDEN.check(bare, 'ipv4');
  if (family !== 6) return true; // not an address at all: refuse rather than guess
  const v4 = mappedIpv4(bare);
  return v4 !== undefined ? FORBIDDEN.check(v4, 'ipv4') : FORBIDDEN.check(bare, 'ipv6');
}

export class ForbiddenTargetError extends Error {
  constructor(host: string, address: string) {
    super(`webhook target ${host} is ${address === host ? 'a' : `resolves to ${address}, a`} loopback, private, link-local or metadata address (set CRM_WEBHOOK_ALLOW_PRIVATE=true to allow)`);
    this.name = 'ForbiddenTargetError';
  }
}

/**
 * The SSRF guard for webhook URLs: checked when a rule is defined and again on every delivery,
 * where the connection uses the very addresses that were checked (no second DNS answer in between).
 */
export class WebhookTargets {
  constructor(readonly allowPrivate: boolean, public resolve: Resolver = systemResolver) {}

  /** The addresses the URL's host stands for, all of them allowed; throws ForbiddenTargetError otherwise. */
  async check(url: string): Promise<string[]> {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    const addresses = isIP(host) ? [host] : await this.resolve(host);
    if (addresses.length === 0) throw new Error(`webhook target ${host} does not resolve`);
    if (!this.allowPrivate) {
      const forbidden = addresses.find(isForbiddenAddress);
      if (forbidden) throw new ForbiddenTargetError(host, forbidden);
    }
    return addresses;
  }

  /** A socket lookup that only ever hands out checked addresses. */
  lookup(): LookupFunction {
    return (hostname, options, callback) => {
      this.check(`http://${isIP(hostname) === 6 ? `[${hostname}]` : hostname}/`).then(
        (addresses) => {
          const entries = addresses.map((address) => ({ address, family: isIP(address) }));
          if (options.all) (callback as (e: null, a: typeof entries) => void)(null, entries);
          else callback(null, entries[0].address, entries[0].family);
        },
        (error: NodeJS.ErrnoException) => callback(error, '', 0),
      );
    };
  }
}
