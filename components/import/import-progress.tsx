import type { ImportEvent } from "@/lib/import/import-upload";

const STAGES = [
  { stage: "decoding", label: "Reading the file" },
  { stage: "detecting", label: "Splitting sentences and scoring the speaker's quotes" },
  { stage: "saving", label: "Saving candidates and linking repeats" },
  { stage: "done", label: "Done — opening the triage view" },
] as const;

function detail(progress: ImportEvent): string {
  switch (progress.stage) {
    case "decoding":
      return `${progress.bytes.toLocaleString("en")} bytes`;
    case "detecting":
      return `${progress.characters.toLocaleString("en")} characters`;
    case "saving":
      return `${progress.candidates} candidates from ${progress.sentences} sentences`;
    case "done":
      return `${progress.candidates} candidates, ${progress.repeatsLinked} repeats of earlier claims`;
    default:
      return "";
  }
}

export function ImportProgressList({ progress }: { progress: ImportEvent }) {
  const current = STAGES.findIndex((s) => s.stage === progress.stage);
  return (
    <div className="import-progress">
      <p role="status" data-testid="import-progress">
        {STAGES[current]?.label ?? "Working"}… {detail(progress)}
      </p>
      <ol aria-label="Import progress">
        {STAGES.map((s, i) => (
          <li
            key={s.stage}
            className={i < current ? "done" : i === current ? "current" : "todo"}
            aria-current={i === current ? "step" : undefined}
          >
            {s.label}
          </li>
        ))}
      </ol>
    </div>
  );
}
