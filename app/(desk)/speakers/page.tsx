import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listSpeakersWithNames } from "@/lib/speakers/get-speaker";

export const metadata = { title: "Speakers" };

export default async function SpeakersPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  const speakers = await listSpeakersWithNames();
  return (
    <>
      <h1>Speakers</h1>
      <p className="muted">
        Each speaker has a name per language (Anatoly Viktorov, Анатолий Викторов) with that
        language&apos;s aliases. Imports, added claims and exports find them by any of these names.
      </p>
      {speakers.length === 0 && <p className="muted">No speakers yet.</p>}
      <table>
        <thead>
          <tr>
            <th>Speaker</th>
            <th>Names in other languages</th>
            <th>Claims</th>
          </tr>
        </thead>
        <tbody>
          {speakers.map((s) => (
            <tr key={s.id} data-testid="speaker-row">
              <td>
                <Link href={`/speakers/${s.id}`}>{s.name}</Link>
                {s.title && <span className="muted small"> · {s.title}</span>}
              </td>
              <td>
                {s.names
                  .filter((n) => n.name !== s.name)
                  .map((n) => (
                    <span key={n.language} lang={n.language}>
                      {n.name}{" "}
                    </span>
                  ))}
              </td>
              <td>{s._count.claims}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
