// Where webhooks may go: http(s) URLs whose addresses are public, unless the admin setting
// allows private networks. The check is on the resolved addresses, and delivery connects through
// `checkedLookup`, so the address checked is the address connected to (no DNS rebinding).
import { BlockList, isIP } from "node:net";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { promisify } from "node:util";

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], // "this" network
  ["10.0.0.0", 8], // RFC 1918
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local (cloud metadata)
  ["172.16.0.0", 12], // RFC 1918
  ["192.168.0.0", 16], // RFC 1918
  ["224.0.0.0", 3], // multicast and reserved
] as const) {
  PRIVATE.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["fc00::", 7], // unique local (ULA)
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const) {
  PRIVATE.addSubnet(net, prefix, "ipv6");
}

export class WebhookTargetError extends Error {}

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  // IPv4-mapped IPv6 (::ffff:a.b.c.d) is refused outright. (A ::ffff:0:0/96 rule in the
  // BlockList would match every IPv4 address too: Node compares IPv4 against it mapped.)
  if (family === 6 && /^::ffff:/i.test(address)) return true;
  return PRIVATE.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** The URL, if it is http(s); a user-readable error otherwise. */
export function parseWebhookUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookTargetError("Enter a full URL, e.g. https://hooks.example.org/claimdesk.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new WebhookTargetError("Webhooks go only to http:// or https:// URLs.");
  }
  if (url.username || url.password) {
    throw new WebhookTargetError("Leave user name and password out of the URL.");
  }
  return url;
}

function refuse(host: string, address: string): WebhookTargetError {
  return new WebhookTargetError(
    `${host} resolves to ${address}, a private-network address; webhooks go only to public addresses unless an admin allows private networks.`,
  );
}

const lookupAll = promisify(dnsLookup);

/** Throws a WebhookTargetError unless every address `url` resolves to may receive webhooks. */
export async function assertWebhookTarget(raw: string, allowPrivate: boolean): Promise<URL> {
  const url = parseWebhookUrl(raw);
  if (allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: LookupAddress[];
  try {
    addresses = isIP(host)
      ? [{ address: host, family: isIP(host) }]
      : await lookupAll(host, { all: true });
  } catch {
    throw new WebhookTargetError(`${host} does not resolve; check the address.`);
  }
  const blocked = addresses.find((a) => isPrivateAddress(a.address));
  if (blocked) throw refuse(host, blocked.address);
  return url;
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A `lookup` for http.request that refuses private addresses (when not allowed). */
export function checkedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback) => {
    dnsLookup(hostname, { all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const blocked = addresses.find((a) => isPrivateAddress(a.address));
      if (blocked && !allowPrivate) return callback(refuse(hostname, blocked.address), []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0]!;
      callback(null, first.address, first.family);
    });
  };
}
