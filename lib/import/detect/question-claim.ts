// Short interview answers ("Nonsense. It's not true.") only make sense with their question:
// "Is Russia assisting Hamas with military equipment?" + denial → "Russia is not assisting …".
const AUX = /^(is|are|was|were|has|have|had|does|do|did|will|would|can|could|should)\s+(.+)$/i;
const VERBISH =
  /^(?:[a-z]+ing|[a-z]+ed|been|be|have|continue|become|supply|send|support|plan|take|help|use|know|believe|see|sell|change|provide)$/;

export function claimFromQuestion(question: string, negate: boolean): string | undefined {
  let q = question
    .trim()
    .replace(/^(?:so|and|but|then),?\s+/i, "")
    .replace(/\?+$/, "");
  // Drop trailing hedges such as ", as Ukraine has claimed".
  q = q.replace(/,\s*(?:as|like|which)\s+[^,]*$/i, "");
  const m = AUX.exec(q);
  if (!m) {
    if (/^(?:what|why|how|who|when|where|which)\b/i.test(q)) return undefined;
    return negate ? undefined : `${q[0]!.toUpperCase()}${q.slice(1)}.`;
  }
  const aux = m[1]!.toLowerCase();
  const words = m[2]!.split(/\s+/);
  const split = words.findIndex((w, i) => i > 0 && VERBISH.test(w));
  if (split < 1) return undefined;
  const subject = words.slice(0, split).join(" ");
  const rest = words.slice(split).join(" ");
  return `${subject[0]!.toUpperCase()}${subject.slice(1)} ${aux}${negate ? " not" : ""} ${rest}.`;
}
