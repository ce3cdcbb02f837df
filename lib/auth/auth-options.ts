import type { NextAuthOptions } from "next-auth";
import CredentialsModule from "next-auth/providers/credentials";
import { clientAddress } from "./client-address";
import { sessionMaxMs } from "./session-policy";
import { endSession, signInWithPassword } from "./sign-in";
import { signInWithCode } from "./sign-in-with-code";
import { sessionCookies } from "./session-cookies";
import { secureSite } from "../security/secure-site";

// Node's ESM loader (tsx: tests, CLI) hands over the CommonJS exports object; Next's bundler the function.
const CredentialsProvider =
  (CredentialsModule as unknown as { default?: typeof CredentialsModule }).default ??
  CredentialsModule;

function header(headers: unknown, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof (headers as Headers).get === "function")
    return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

export const authOptions: NextAuthOptions = {
  // The cookie outlives no session; the session row decides (idle and absolute limits).
  session: { strategy: "jwt", maxAge: Math.ceil(sessionMaxMs() / 1000) },
  pages: { signIn: "/signin" },
  useSecureCookies: secureSite(),
  cookies: sessionCookies(),
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
        // The second step (two-factor): the ticket the first step answered with, and the code.
        challenge: { type: "hidden" },
        code: { label: "Code", type: "text" },
      },
      async authorize(credentials, req) {
        // next-auth passes the request headers only; the socket address arrives in a header that
        // scripts/serve.mjs sets (see lib/auth/client-address.ts).
        const meta = {
          ip: clientAddress((name) => header(req?.headers, name)),
          userAgent: header(req?.headers, "user-agent"),
        };
        return credentials?.challenge
          ? signInWithCode(credentials, meta)
          : signInWithPassword(credentials, meta);
      },
    }),
  ],
  callbacks: {
    // The cookie carries only the server-side session id; lib/auth/current-user.ts checks it.
    jwt({ token, user }) {
      if (user && "sid" in user) token.sid = (user as { sid: string }).sid;
      return token;
    },
    session({ session, token }) {
      return { ...session, sid: token.sid as string | undefined };
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sid) await endSession(token.sid as string);
    },
  },
};
