// Annotated articles as training examples for the claim ranker: every candidate the detector
// finds, labelled by the gold file's matching rule (lib/import/eval/score.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findCandidates, type Candidate } from "@/lib/import/detect/candidates";
import type { SpeakerRef } from "@/lib/import/detect/types";
import { MAX_QUOTE, normalise, type GoldClaim } from "@/lib/import/eval/score";
import { findManifestEntry } from "@/lib/import/seed-manifest";
import type { SeedManifest } from "@/lib/import/seed-manifest.schema";

export type Tier = GoldClaim["tier"] | "none";

export interface LabelledArticle {
  /** "seeds/000_….txt", unique across corpora. */
  name: string;
  candidates: Candidate[];
  tiers: Tier[];
  gold: GoldClaim[];
}

interface GoldFile {
  articles: Record<string, { speaker?: SpeakerRef; claims: GoldClaim[] }>;
}

function tierOf(quote: string, gold: GoldClaim[]): Tier {
  const q = normalise(quote);
  if (q.length > MAX_QUOTE) return "none";
  const hits = gold.filter((g) => ([] as string[]).concat(g.fragment).some((f) => q.includes(normalise(f))));
  return hits.some((g) => g.tier === "must") ? "must" : hits.length ? "ok" : "none";
}

/** One corpus directory: its gold file names the speaker inline or through the seed manifest. */
export function loadLabelledArticles(dir: string, goldFile: string, manifest?: SeedManifest): LabelledArticle[] {
  const gold = JSON.parse(readFileSync(join(dir, goldFile), "utf8")) as GoldFile;
  return Object.entries(gold.articles).map(([file, article]) => {
    const speaker = article.speaker ?? (manifest && findManifestEntry(manifest, file)?.speaker);
    if (!speaker) throw new Error(`${goldFile}: no speaker for ${file} (inline or in the manifest)`);
    const candidates = findCandidates(readFileSync(join(dir, file), "utf8"), speaker);
    return {
      name: `${dir.split("/").slice(-1)[0]}/${file}`,
      candidates,
      tiers: candidates.map((c) => tierOf(c.quote, article.claims)),
      gold: article.claims,
    };
  });
}
