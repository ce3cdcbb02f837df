// next-auth's cookies: over https they are Secure and __Host- (no Domain, path /, so no
// subdomain or plain-http page can set or read them); over http (local use) plain names.
import type { CookiesOptions } from "next-auth";
import { secureSite } from "../security/secure-site";

export function sessionCookies(env: NodeJS.ProcessEnv = process.env): Partial<CookiesOptions> {
  const secure = secureSite(env);
  const cookie = (name: string) => ({
    name: `${secure ? "__Host-" : ""}next-auth.${name}`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  });
  return {
    sessionToken: cookie("session-token"),
    callbackUrl: cookie("callback-url"),
    csrfToken: cookie("csrf-token"),
  };
}
