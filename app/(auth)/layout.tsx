import { connection } from "next/server";

// Rendered per request so the sign-in form's scripts carry this request's CSP nonce (proxy.ts).
export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return children;
}
