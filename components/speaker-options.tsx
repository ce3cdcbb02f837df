/** The options of a speaker picker: known speakers, then "New speaker…" (value ""). */
export function SpeakerOptions({
  speakers,
}: {
  speakers: { id: string; name: string; title: string | null }[];
}) {
  return (
    <>
      {speakers.map((s) => (
        <option key={s.id} value={s.id}>
          {s.name}
          {s.title ? ` — ${s.title}` : ""}
        </option>
      ))}
      <option value="">New speaker…</option>
    </>
  );
}
