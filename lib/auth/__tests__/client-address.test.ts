import { test } from "node:test";
import assert from "node:assert/strict";
import { PEER_HEADER, clientAddress, parseTrustProxy } from "../client-address";

const from = (headers: Record<string, string>) => (name: string) => headers[name];

test("without TRUST_PROXY the socket address is used, whatever X-Forwarded-For says", () => {
  const get = from({ [PEER_HEADER]: "::ffff:203.0.113.5", "x-forwarded-for": "1.2.3.4, 5.6.7.8" });
  assert.equal(clientAddress(get, parseTrustProxy(undefined)), "203.0.113.5");
  assert.equal(clientAddress(get, parseTrustProxy("")), "203.0.113.5");
});

test("a hop count believes that many entries from the right", () => {
  const get = from({
    [PEER_HEADER]: "10.0.0.2",
    "x-forwarded-for": "6.6.6.6, 198.51.100.4, 10.0.0.1",
  });
  assert.equal(clientAddress(get, parseTrustProxy("1")), "10.0.0.1");
  assert.equal(clientAddress(get, parseTrustProxy("2")), "198.51.100.4");
  assert.equal(
    clientAddress(from({ [PEER_HEADER]: "10.0.0.2" }), parseTrustProxy("1")),
    "10.0.0.2",
    "no header: the peer",
  );
});

test("a CIDR list skips trusted proxies from the right and stops at the first other address", () => {
  const trust = parseTrustProxy("10.0.0.0/8, 192.168.1.7, fd00::/8");
  const get = from({
    [PEER_HEADER]: "10.0.0.2",
    "x-forwarded-for": "6.6.6.6, 198.51.100.4, 192.168.1.7, 10.1.2.3",
  });
  assert.equal(clientAddress(get, trust), "198.51.100.4");
  assert.equal(
    clientAddress(from({ [PEER_HEADER]: "203.0.113.9", "x-forwarded-for": "6.6.6.6" }), trust),
    "203.0.113.9",
    "an untrusted peer is the client",
  );
  assert.equal(
    clientAddress(from({ [PEER_HEADER]: "fd00::1", "x-forwarded-for": "2001:db8::5" }), trust),
    "2001:db8::5",
  );
});

test("garbage in X-Forwarded-For falls back to the nearest trusted hop", () => {
  const get = from({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "not-an-ip" });
  assert.equal(clientAddress(get, parseTrustProxy("1")), "10.0.0.2");
});

test("a malformed TRUST_PROXY is refused with its value", () => {
  assert.throws(() => parseTrustProxy("yes"), /TRUST_PROXY: "yes"/);
  assert.throws(() => parseTrustProxy("10.0.0.0/x"), /TRUST_PROXY/);
});
