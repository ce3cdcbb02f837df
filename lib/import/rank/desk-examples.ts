// The desk's decisions as training examples for the claim ranker. Each decision is matched to
// the candidate detection finds at its span today (so features are computed as at scoring
// time): an accepted or clipped span is a 'must', a dismissed one 'none'; the latest decision on
// a claim wins. Claims said outside an article are examples of their own words. Clips of text
// the detector does not offer at all are counted but cannot teach the ranker (they are misses of
// attribution, not of ranking).
import { candidateFromQuote, findCandidates, type Candidate } from "@/lib/import/detect/candidates";
import type { SpeakerRef } from "@/lib/import/detect/types";
import { EN, lexiconFor } from "@/lib/import/lexicon";
import type { LabelledArticle, Tier } from "./labelled-candidates";
import { DESK_GROUP } from "./train-claim-ranker";

export interface DeskDecision {
  claimId: string | null;
  action: "accept" | "dismiss" | "clip" | "add" | "edit";
  quote: string;
  startOffset: number | null;
  endOffset: number | null;
  createdAt: Date;
  speaker: { name: string; aliases: string[]; country: string | null };
  article: { id: string; text: string; language: string } | null;
}

export interface DeskExamples {
  articles: LabelledArticle[];
  /** Decisions that became examples. */
  used: number;
  /** Clipped spans no candidate covers: detection never offered them. */
  outsideCandidates: number;
  /** When the newest decision read was made: later ones still wait for the next training. */
  latestAt: Date | null;
}

const LABEL: Partial<Record<DeskDecision["action"], Tier>> = {
  accept: "must",
  clip: "must",
  add: "must",
  dismiss: "none",
};

/** The latest labelling decision per claim (or per span, for decisions without a claim). */
function latest(decisions: DeskDecision[]): DeskDecision[] {
  const byKey = new Map<string, DeskDecision>();
  for (const d of [...decisions].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    if (!LABEL[d.action]) continue;
    byKey.set(d.claimId ?? `${d.article?.id}:${d.startOffset}:${d.endOffset}:${d.quote}`, d);
  }
  return [...byKey.values()];
}

const speakerRef = (s: DeskDecision["speaker"]): SpeakerRef => ({
  name: s.name,
  aliases: s.aliases,
  ...(s.country ? { country: s.country } : {}),
});

export function deskExamples(decisions: DeskDecision[]): DeskExamples {
  const result: DeskExamples = { articles: [], used: 0, outsideCandidates: 0, latestAt: null };
  for (const d of decisions)
    if (!result.latestAt || d.createdAt > result.latestAt) result.latestAt = d.createdAt;
  const groups = new Map<
    string,
    { text: string; language: string; speaker: SpeakerRef; decisions: DeskDecision[] }
  >();
  const loose: { candidate: Candidate; tier: Tier }[] = [];
  for (const d of latest(decisions)) {
    if (!d.article || d.startOffset === null || d.endOffset === null) {
      // Said on TV, radio, a post: its own words are the example.
      const speaker = speakerRef(d.speaker);
      loose.push({
        candidate: candidateFromQuote(d.quote, speaker, EN, { leads: true }),
        tier: LABEL[d.action]!,
      });
      continue;
    }
    const key = `${d.article.id}:${d.speaker.name}`;
    const group = groups.get(key) ?? {
      text: d.article.text,
      language: d.article.language,
      speaker: speakerRef(d.speaker),
      decisions: [],
    };
    group.decisions.push(d);
    groups.set(key, group);
  }
  for (const [key, group] of groups) {
    const candidates = findCandidates(group.text, group.speaker, lexiconFor(group.language));
    const picked: Candidate[] = [];
    const tiers: Tier[] = [];
    for (const d of group.decisions) {
      const c = candidates.find((c) => c.start < d.endOffset! && d.startOffset! < c.end);
      if (!c) {
        result.outsideCandidates++;
        continue;
      }
      picked.push(c);
      tiers.push(LABEL[d.action]!);
    }
    if (picked.length)
      result.articles.push({
        name: `desk/${key}`,
        group: DESK_GROUP,
        candidates: picked,
        tiers,
        gold: [],
      });
  }
  if (loose.length) {
    result.articles.push({
      name: "desk/without-article",
      group: DESK_GROUP,
      candidates: loose.map((l) => l.candidate),
      tiers: loose.map((l) => l.tier),
      gold: [],
    });
  }
  result.used = result.articles.reduce((n, a) => n + a.candidates.length, 0);
  return result;
}
