import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { SpeakerNamesForm } from "@/components/speakers/speaker-names-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { languageLabel } from "@/lib/import/language-name";
import { scriptLanguage } from "@/lib/import/script-language";
import { getSpeaker } from "@/lib/speakers/get-speaker";

export const metadata = { title: "Speaker" };

export default async function SpeakerPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  const { id } = await params;
  const speaker = z.uuid().safeParse(id).success ? await getSpeaker(id) : null;
  if (!speaker) notFound();
  // The display name's row first, as the form shows it (a speaker stored before names had rows
  // gets one in the language of its script).
  const names = [...speaker.names].sort(
    (a, b) => Number(b.name === speaker.name) - Number(a.name === speaker.name),
  );
  if (names[0]?.name !== speaker.name)
    names.unshift({ language: scriptLanguage(speaker.name), name: speaker.name, aliases: [] });
  return (
    <>
      <p className="small">
        <Link href="/speakers">← Speakers</Link>
      </p>
      <h1>{speaker.name}</h1>
      <p className="muted">
        {[speaker.title, speaker.country].filter(Boolean).join(" · ")}
        {speaker.title || speaker.country ? " · " : ""}
        {speaker._count.claims} claims in {speaker._count.articles} articles
      </p>
      {can(user.role, "speaker:edit") ? (
        <SpeakerNamesForm
          speakerId={speaker.id}
          version={speaker.version}
          displayName={speaker.name}
          names={names.map((n) => ({ ...n, aliases: n.aliases.join(", ") }))}
        />
      ) : (
        <dl className="facts" data-testid="speaker-names">
          {names.map((n) => (
            <div key={n.language}>
              <dt>{languageLabel(n.language)}</dt>
              <dd lang={n.language}>
                {n.name}
                {n.aliases.length > 0 && ` (${n.aliases.join(", ")})`}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
