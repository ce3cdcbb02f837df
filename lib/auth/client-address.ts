// The address a request came from, for sign-in throttling and security events.
//
// Next 16 route handlers see no socket, and Next copies the socket address into
// X-Forwarded-For only when the client sent none, so that header alone can be forged. Claimdesk's
// server (scripts/serve.mjs) therefore overwrites `x-claimdesk-peer` with the socket's address on
// every request; X-Forwarded-For entries are believed only as far as TRUST_PROXY allows.
import { BlockList, isIP } from "node:net";

export const PEER_HEADER = "x-claimdesk-peer";

export type TrustProxy = { hops: number } | { proxies: BlockList } | null;

/** TRUST_PROXY: unset → trust no proxy; "1" → one hop; "10.0.0.0/8, 192.168.1.7" → those addresses. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const raw = value?.trim() ?? "";
  if (raw === "" || raw === "0" || raw === "false") return null;
  if (/^\d+$/.test(raw)) return { hops: Number(raw) };
  const proxies = new BlockList();
  for (const entry of raw
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address, bits] = entry.split("/");
    const family = isIP(address ?? "");
    const type = family === 6 ? "ipv6" : "ipv4";
    if (!family || (bits !== undefined && !/^\d+$/.test(bits))) {
      throw new Error(
        `TRUST_PROXY: "${entry}" is neither a hop count nor an address or CIDR range`,
      );
    }
    if (bits === undefined) proxies.addAddress(address!, type);
    else proxies.addSubnet(address!, Number(bits), type);
  }
  return { proxies };
}

let fromEnv: { value: string | undefined; trust: TrustProxy } | null = null;
function trustFromEnv(): TrustProxy {
  const value = process.env.TRUST_PROXY;
  if (!fromEnv || fromEnv.value !== value) fromEnv = { value, trust: parseTrustProxy(value) };
  return fromEnv.trust;
}

function normalize(address: string): string {
  const a = address.trim().replace(/^\[(.*)\](:\d+)?$/, "$1");
  return a.startsWith("::ffff:") && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}

let warnedNoPeer = false;

/** The client's address from request headers (a Headers object or next-auth's plain object). */
export function clientAddress(
  header: (name: string) => string | undefined,
  trust: TrustProxy = trustFromEnv(),
): string {
  const forwarded = (header("x-forwarded-for") ?? "").split(",").map(normalize).filter(Boolean);
  let peer = header(PEER_HEADER);
  if (!peer) {
    // Not behind scripts/serve.mjs (plain `next start`): Next's own X-Forwarded-For is all there is.
    if (!warnedNoPeer)
      console.warn(`claimdesk: no ${PEER_HEADER} header; start the app with npm start`);
    warnedNoPeer = true;
    peer = forwarded.pop() ?? "unknown";
  }
  const chain = [...forwarded, normalize(peer)];
  let i = chain.length - 1;
  if (trust && "hops" in trust) {
    i = Math.max(0, i - trust.hops);
  } else if (trust) {
    while (i > 0 && isTrustedProxy(trust.proxies, chain[i]!)) i--;
  }
  // A forged or garbled entry is not an address: fall back to the nearest hop we trust.
  while (i < chain.length - 1 && !isIP(chain[i]!)) i++;
  return chain[i]!;
}

function isTrustedProxy(proxies: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && proxies.check(address, family === 6 ? "ipv6" : "ipv4");
}
