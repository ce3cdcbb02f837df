// Which addresses count as private-network targets (the SSRF rule), without a database.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertWebhookTarget, isPrivateAddress, WebhookTargetError } from "../webhook-target";

test("loopback, RFC 1918, link-local, ULA and mapped addresses are private; public ones are not", () => {
  for (const a of [
    "127.0.0.1",
    "10.0.0.1",
    "172.20.1.1",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "::",
    "fd00::1",
    "fe80::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
  ]) {
    assert.equal(isPrivateAddress(a), true, a);
  }
  for (const a of ["203.0.113.10", "8.8.8.8", "172.32.0.1", "2001:4860::8888"]) {
    assert.equal(isPrivateAddress(a), false, a);
  }
});

test("URLs are judged by scheme and by the address they name", async () => {
  await assert.rejects(assertWebhookTarget("ftp://203.0.113.10/", false), WebhookTargetError);
  await assert.rejects(assertWebhookTarget("file:///etc/passwd", true), WebhookTargetError);
  // WHATWG URL parsing turns these spellings into 127.0.0.1 / ::ffff:7f00:1 first.
  for (const url of ["http://2130706433/", "http://0x7f.1/", "http://[::ffff:127.0.0.1]/"]) {
    await assert.rejects(assertWebhookTarget(url, false), WebhookTargetError, url);
    assert.ok(await assertWebhookTarget(url, true), url);
  }
  assert.ok(await assertWebhookTarget("https://203.0.113.10/hook", false));
});
