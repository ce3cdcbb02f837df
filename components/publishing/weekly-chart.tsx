import { formatShortDate } from "@/lib/dates/format-date";
// Claims taken and published per week as paired bars; the table below carries the same numbers.
export function WeeklyChart({
  weeks,
}: {
  weeks: { week: Date; taken: number; published: number }[];
}) {
  if (weeks.every((w) => w.taken === 0 && w.published === 0))
    return (
      <p className="muted" data-testid="weekly-chart-empty">
        No claims taken or published in the last {weeks.length || "few"} weeks yet. Take one from
        the <a href="/queue">queue</a> to start.
      </p>
    );
  const max = Math.max(1, ...weeks.flatMap((w) => [w.taken, w.published]));
  const W = 36;
  const H = 120;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${weeks.length * W} ${H + 20}`}
        width="100%"
        style={{ maxWidth: 640 }}
        role="img"
        aria-label={`Claims taken and published per week, last ${weeks.length} weeks`}
      >
        {weeks.map((w, i) => {
          const t = (w.taken / max) * H;
          const p = (w.published / max) * H;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: one bar per week, in order, never reordered
            <g key={i}>
              <rect x={i * W + 4} y={H - t} width={13} height={t} fill="#0b5394">
                <title>{`${w.taken} taken`}</title>
              </rect>
              <rect x={i * W + 18} y={H - p} width={13} height={p} fill="#1d6b2f">
                <title>{`${w.published} published`}</title>
              </rect>
              <text x={i * W + 18} y={H + 14} fontSize="9" textAnchor="middle" fill="#555">
                {formatShortDate(w.week)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">
        <span style={{ color: "#0b5394" }}>■</span> taken ·{" "}
        <span style={{ color: "#1d6b2f" }}>■</span> published (week starting)
      </figcaption>
    </figure>
  );
}
