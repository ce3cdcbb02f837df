import { redirect } from "next/navigation";
import { DeskNav } from "@/components/desk-nav";
import { getCurrentUser } from "@/lib/auth/current-user";

// Desk pages read the session on every request.
export const dynamic = "force-dynamic";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return (
    <>
      <DeskNav user={user} />
      <main>{children}</main>
    </>
  );
}
