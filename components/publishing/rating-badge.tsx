// Colour only reinforces the label (never the only cue); every pair passes WCAG AA contrast.
const TONES: Record<number, string> = {
  5: "rating-5",
  4: "rating-4",
  3: "rating-3",
  2: "rating-2",
  1: "rating-1",
};

export function RatingBadge({
  rating,
}: {
  rating: { label: string; value: number | null } | null;
}) {
  const tone = rating?.value != null ? (TONES[rating.value] ?? "rating-none") : "rating-none";
  return <span className={`rating-badge ${tone}`}>{rating?.label ?? "Unrated"}</span>;
}
