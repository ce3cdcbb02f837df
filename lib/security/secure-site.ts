// Whether the site is served over https (NEXTAUTH_URL, else PUBLIC_SITE_URL): then cookies are
// __Host-/Secure and responses carry HSTS. next.config.js makes the same test at build time.
export function secureSite(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^https:\/\//i.test(env.NEXTAUTH_URL || env.PUBLIC_SITE_URL || "");
}
