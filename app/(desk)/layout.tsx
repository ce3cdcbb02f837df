import { redirect } from "next/navigation";
import { DeskNav } from "@/components/desk-nav";
import { getCurrentUser } from "@/lib/auth/current-user";
import { countUnread } from "@/lib/notifications/list-inbox";

// Desk pages read the session on every request.
export const dynamic = "force-dynamic";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  return (
    <>
      <DeskNav user={user} unread={await countUnread(user.id)} />
      <main>{children}</main>
    </>
  );
}
