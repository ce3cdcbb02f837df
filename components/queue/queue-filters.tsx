import { ClaimKind, ClaimStatus } from "@/lib/generated/prisma/enums";
import { QUEUE_SORTS, type QueueFilter } from "@/lib/claims/claim.schema";
import { statusLabel } from "@/lib/workflow/claim-workflow";

interface Props {
  filter: QueueFilter;
  speakers: { id: string; name: string }[];
  outlets: string[];
  assignees: { id: string; name: string }[];
}

const SORT_LABELS: Record<(typeof QUEUE_SORTS)[number], string> = {
  score: "Highest score",
  newest: "Newest",
  oldest: "Oldest",
};

/** A plain GET form: every filter lives in the URL, so a filtered queue can be shared. */
export function QueueFilters({ filter, speakers, outlets, assignees }: Props) {
  return (
    <form method="get" action="/queue" className="queue-filters" aria-label="Filter the queue">
      <label>
        Search
        <input
          type="search"
          name="q"
          defaultValue={filter.q ?? ""}
          placeholder="words in claim or quote"
        />
      </label>
      <label>
        Status
        <select name="status" defaultValue={filter.status ?? ""}>
          <option value="">Any</option>
          {Object.values(ClaimStatus).map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Speaker
        <select name="speaker" defaultValue={filter.speaker ?? ""}>
          <option value="">Any</option>
          {speakers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Outlet
        <input name="outlet" list="queue-outlets" defaultValue={filter.outlet ?? ""} />
        <datalist id="queue-outlets">
          {outlets.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </label>
      <label>
        Published from
        <input type="date" name="from" defaultValue={filter.from ?? ""} />
      </label>
      <label>
        to
        <input type="date" name="to" defaultValue={filter.to ?? ""} />
      </label>
      <label>
        Kind
        <select name="kind" defaultValue={filter.kind ?? ""}>
          <option value="">Any</option>
          {Object.values(ClaimKind).map((k) => (
            <option key={k} value={k}>
              {k.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <label>
        Min score
        <input
          type="number"
          name="minScore"
          min="0"
          max="1"
          step="0.05"
          defaultValue={filter.minScore ?? ""}
        />
      </label>
      <label>
        Assignee
        <select name="assignee" defaultValue={filter.assignee ?? ""}>
          <option value="">Anyone</option>
          <option value="me">Me</option>
          <option value="none">Nobody</option>
          {assignees.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Max age (days)
        <input type="number" name="maxAgeDays" min="0" defaultValue={filter.maxAgeDays ?? ""} />
      </label>
      <label>
        Sort
        <select name="sort" defaultValue={filter.sort}>
          {QUEUE_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <div className="queue-filter-buttons">
        <button type="submit">Apply</button>
        <a className="button secondary" href="/queue">
          Clear
        </a>
      </div>
    </form>
  );
}
