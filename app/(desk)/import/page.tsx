import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ImportForm } from "@/components/import/import-form";
import "@/components/import/import.css";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listRecentImports } from "@/lib/import/list-recent-imports";
import { listSpeakers } from "@/lib/import/list-speakers";

export const metadata = { title: "Import" };

export default async function ImportPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  if (!can(user.role, "article:import")) notFound();
  const [speakers, recent] = await Promise.all([listSpeakers(), listRecentImports()]);
  return (
    <>
      <h1>Import an article</h1>
      <p className="muted">
        Upload an interview or article; the speaker&apos;s check-worthy statements are detected and
        listed for triage. Nothing reaches the queue until you accept it.
      </p>
      <div className="import-layout">
        <ImportForm speakers={speakers} />
        <section aria-label="Recent imports">
          <h2>Recent imports</h2>
          {recent.length === 0 && <p className="muted">None yet.</p>}
          <ul className="recent-imports">
            {recent.map((a) => (
              <li key={a.id}>
                <Link href={`/import/${a.id}`}>{a.title}</Link>
                <span className="small muted">
                  {" "}
                  · {a.outlet}
                  {a.speaker ? ` · ${a.speaker.name}` : ""}
                  {a.candidates ? ` · ${a.candidates} to triage` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
