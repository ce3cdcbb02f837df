// The https-only settings (cookies, HSTS) cannot be seen from the http e2e server: checked here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sessionCookies } from "../../auth/session-cookies";
import { contentSecurityPolicy } from "../content-security-policy";
import { isSameOrigin } from "../same-origin";

const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv;
const https = env({ NEXTAUTH_URL: "https://desk.example.org" });
const http = env({ NEXTAUTH_URL: "http://localhost:3000" });

test("over https the session cookies are __Host- and Secure; over http plain", () => {
  for (const cookie of Object.values(sessionCookies(https))) {
    assert.match(cookie!.name, /^__Host-next-auth\./);
    assert.deepEqual(cookie!.options, { httpOnly: true, sameSite: "lax", path: "/", secure: true });
  }
  assert.equal(sessionCookies(http).sessionToken!.name, "next-auth.session-token");
  assert.equal(sessionCookies(http).sessionToken!.options.secure, false);
  assert.match(
    sessionCookies(env({ PUBLIC_SITE_URL: "https://checks.example.org" })).sessionToken!.name,
    /^__Host-/,
  );
});

async function configHeaders(env: Record<string, string>): Promise<Record<string, string>> {
  const saved = { ...process.env };
  delete process.env.NEXTAUTH_URL;
  delete process.env.PUBLIC_SITE_URL;
  Object.assign(process.env, env);
  try {
    const config = (await import(`../../../next.config.js?${Date.now()}`)).default;
    const [rule] = await config.headers();
    return Object.fromEntries(
      rule.headers.map((h: { key: string; value: string }) => [h.key.toLowerCase(), h.value]),
    );
  } finally {
    process.env = saved;
  }
}

test("HSTS is sent when the site URL is https, not over plain http", async () => {
  assert.match(
    (await configHeaders({ NEXTAUTH_URL: "https://desk.example.org" }))[
      "strict-transport-security"
    ] ?? "",
    /max-age=\d{8}/,
  );
  assert.equal(
    (await configHeaders({ NEXTAUTH_URL: "http://localhost:3000" }))["strict-transport-security"],
    undefined,
  );
});

test("the CSP never allows inline script: none at all on static pages, a nonce on desk pages", async () => {
  const staticPolicy = (await configHeaders({}))["content-security-policy"]!;
  assert.equal(staticPolicy, contentSecurityPolicy());
  assert.match(staticPolicy, /script-src 'none'/);
  const desk = contentSecurityPolicy("abc123");
  assert.match(desk, /script-src 'self' 'nonce-abc123' 'strict-dynamic'/);
  for (const policy of [staticPolicy, desk]) {
    assert.doesNotMatch(
      policy.split(";").find((d) => d.includes("script-src"))!,
      /unsafe-inline|unsafe-eval/,
    );
    assert.match(policy, /frame-ancestors 'none'/);
  }
});

test("same origin: our host passes; other sites, 'null' and no origin at all do not", () => {
  const post = (headers: Record<string, string>) =>
    new Request("http://localhost:3000/api/import", {
      method: "POST",
      headers: { host: "localhost:3000", ...headers },
    });
  assert.equal(isSameOrigin(post({ origin: "http://localhost:3000" })), true);
  assert.equal(isSameOrigin(post({ "sec-fetch-site": "same-origin" })), true);
  assert.equal(isSameOrigin(post({ origin: "https://evil.example" })), false);
  assert.equal(isSameOrigin(post({ origin: "http://localhost:3000.evil.example" })), false);
  assert.equal(isSameOrigin(post({ origin: "null" })), false);
  assert.equal(isSameOrigin(post({ "sec-fetch-site": "cross-site" })), false);
  assert.equal(isSameOrigin(post({})), false);
});
