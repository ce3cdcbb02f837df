import { DateText } from "@/components/publishing/dates";
import type { RankerStatus } from "@/lib/import/rank/get-ranker-status";

const pct = (x: number) => `${Math.round(x * 100)} %`;

/** The claim ranker's training data, cross-validated figures and the desk decisions waiting for it. */
export function ClaimRankerStatus({ status }: { status: RankerStatus }) {
  return (
    <section aria-labelledby="ranker-heading">
      <h2 id="ranker-heading">Claim ranker</h2>
      <p>
        Trained {status.trainedAt ? <DateText value={status.trainedAt} /> : "(date not recorded)"}{" "}
        on {status.articles} annotated articles in {status.genres.length} genres and{" "}
        {status.deskDecisions} desk decisions ({status.variant}).
      </p>
      <p>
        {status.method || "Cross-validation"}: precision {pct(status.overall.precision)},
        must-recall {pct(status.overall.recall)}.
      </p>
      {status.perGenre.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>Genre (held out)</th>
              <th>Precision</th>
              <th>Must-recall</th>
            </tr>
          </thead>
          <tbody>
            {status.perGenre.map(([genre, f]) => (
              <tr key={genre}>
                <td>{genre}</td>
                <td>{pct(f.precision)}</td>
                <td>{pct(f.recall)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p data-testid="waiting-decisions">
        {status.waitingDecisions === 0
          ? "No new desk decisions since the last training."
          : `${status.waitingDecisions} desk decision${status.waitingDecisions === 1 ? "" : "s"} (accepts, dismissals, clips, edits) wait for the next training: run npm run train:ranker -- --from-db --write.`}
      </p>
    </section>
  );
}
