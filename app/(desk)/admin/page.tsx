import Link from "next/link";
import { notFound } from "next/navigation";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRow } from "@/components/admin/user-row";
import { ClaimRankerStatus } from "@/components/admin/claim-ranker-status";
import { getRankerStatus } from "@/lib/import/rank/get-ranker-status";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listUsers } from "@/lib/users/list-users";

export const metadata = { title: "Admin" };

export default async function AdminPage() {
  const user = await getCurrentUser();
  if (!can(user?.role, "user:manage")) notFound();
  const [users, ranker] = await Promise.all([listUsers(), getRankerStatus()]);
  return (
    <>
      <h1>Admin</h1>
      <p>
        <Link href="/admin/settings">Rating scale and site settings</Link>
        {can(user?.role, "webhook:manage") && (
          <>
            {" "}
            · <Link href="/admin/webhooks">Webhooks</Link>
          </>
        )}
        {can(user?.role, "token:manage") && (
          <>
            {" "}
            · <Link href="/admin/tokens">Access tokens</Link>
          </>
        )}
        {can(user?.role, "security:read") && (
          <>
            {" "}
            · <Link href="/admin/security">Security events</Link>
          </>
        )}
      </p>
      <h2>Users</h2>
      <table>
        <thead>
          <tr>
            <th>Name</th>
            <th>Email</th>
            <th>Role</th>
            <th>Status</th>
            <th>Two-factor</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <UserRow key={u.id} user={u} isSelf={u.id === user!.id} />
          ))}
        </tbody>
      </table>
      <h2>Create a user</h2>
      <CreateUserForm />
      <ClaimRankerStatus status={ranker} />
    </>
  );
}
