import Link from "next/link";
import { notFound } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listPublishingDesk } from "@/lib/publishing/list-publishing-desk";

export const metadata = { title: "Publishing" };

export default async function PublishingPage() {
  if (!can((await getCurrentUser())?.role, "desk:read")) notFound();
  const { approved, live } = await listPublishingDesk();
  return (
    <>
      <h1>Publishing</h1>
      <h2>Approved, ready to publish ({approved.length})</h2>
      <table>
        <thead>
          <tr>
            <th>Claim</th>
            <th>Speaker</th>
            <th>Rating</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {approved.map((c) => (
            <tr key={c.id}>
              <td>
                {c.canonicalText}
                {c.publication?.status === "UNPUBLISHED" && (
                  <span className="badge"> withdrawn</span>
                )}
              </td>
              <td>{c.speaker.name}</td>
              <td>{c.verdict?.rating?.label ?? "—"}</td>
              <td>
                <Link href={`/publish/${c.id}`}>Review and publish</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Live ({live.length})</h2>
      <table>
        <thead>
          <tr>
            <th>Claim</th>
            <th>Speaker</th>
            <th>Rating</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {live.map((c) => (
            <tr key={c.id}>
              <td>
                <a href={`/checks/${c.publication?.slug ?? c.slug}`}>{c.canonicalText}</a>
              </td>
              <td>{c.speaker.name}</td>
              <td>{c.verdict?.rating?.label ?? "—"}</td>
              <td>
                <Link href={`/publish/${c.id}`}>Correct or withdraw</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
