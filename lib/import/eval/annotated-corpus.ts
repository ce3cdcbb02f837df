// Every annotated article in the repository, with its genre: the seeds (speaker from the
// manifest), the genre fixtures and the genre corpus (lib/import/corpus/*.gold.json). Training,
// cross-validation and the evaluation script read the same list.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { SpeakerRef } from "@/lib/import/detect/types";
import type { GoldClaim } from "@/lib/import/eval/score";
import { findManifestEntry } from "@/lib/import/seed-manifest";
import type { SeedManifest } from "@/lib/import/seed-manifest.schema";

export interface AnnotatedArticle {
  /** "seeds/000_….txt", unique across corpora. */
  name: string;
  path: string;
  genre: string;
  speaker: SpeakerRef;
  /** Where the speaker's full name first appears, when the annotator said. */
  speakerIntroduced?: "headline" | "standfirst" | "body";
  /** ISO 639-1; English when the gold does not say. */
  language?: string;
  claims: GoldClaim[];
}

interface GoldFile {
  articles: Record<
    string,
    {
      genre?: string;
      language?: string;
      speaker?: SpeakerRef;
      speakerIntroduced?: AnnotatedArticle["speakerIntroduced"];
      claims: GoldClaim[];
    }
  >;
}

export const CORPUS_DIRS = {
  seeds: "seeds",
  fixtures: "lib/import/__tests__/fixtures",
  corpus: "lib/import/corpus",
  corpusRu: "lib/import/corpus-ru",
  heldoutRu: "lib/import/heldout-ru",
} as const;

/** One gold file's articles (texts beside it). */
export function readGoldFile(
  dir: string,
  goldFile: string,
  manifest: SeedManifest | undefined,
  defaultGenre: string,
): AnnotatedArticle[] {
  const gold = JSON.parse(readFileSync(join(dir, goldFile), "utf8")) as GoldFile;
  const folder = dir.split("/").slice(-1)[0];
  return Object.entries(gold.articles).map(([file, a]) => {
    const speaker = a.speaker ?? (manifest && findManifestEntry(manifest, file)?.speaker);
    if (!speaker)
      throw new Error(`${goldFile}: no speaker for ${file} (inline or in the manifest)`);
    return {
      name: `${folder}/${file}`,
      path: join(dir, file),
      genre: a.genre ?? defaultGenre,
      speaker: {
        name: speaker.name,
        aliases: speaker.aliases ?? [],
        ...(speaker.country ? { country: speaker.country } : {}),
      },
      ...(a.speakerIntroduced ? { speakerIntroduced: a.speakerIntroduced } : {}),
      ...(a.language ? { language: a.language } : {}),
      claims: a.claims,
    };
  });
}

/** All annotated articles under `root`, seeds first. */
export function loadAnnotatedCorpus(root: string, manifest: SeedManifest): AnnotatedArticle[] {
  const corpusDir = join(root, CORPUS_DIRS.corpus);
  const corpusGolds = existsSync(corpusDir)
    ? readdirSync(corpusDir)
        .filter((f) => f.endsWith(".gold.json"))
        .sort()
    : [];
  return [
    ...readGoldFile(
      join(root, CORPUS_DIRS.seeds),
      "seed-claims.gold.json",
      manifest,
      "seed-interview",
    ),
    ...readGoldFile(join(root, CORPUS_DIRS.fixtures), "fixtures.gold.json", undefined, "fixture"),
    ...corpusGolds.flatMap((g) => readGoldFile(corpusDir, g, undefined, "corpus")),
  ];
}

/**
 * The annotated Russian articles (lib/import/corpus-ru): kept apart from the English corpus, so
 * the English ranker is trained and measured exactly as before.
 */
export function loadRussianCorpus(
  root: string,
  dirs: string[] = [CORPUS_DIRS.corpusRu],
): AnnotatedArticle[] {
  return dirs.flatMap((d) => {
    const dir = join(root, d);
    return readdirSync(dir)
      .filter((f) => f.endsWith(".gold.json"))
      .sort()
      .flatMap((g) => readGoldFile(dir, g, undefined, d.split("/").pop()!));
  });
}

/** The Russian ranker's training data: the dev corpus and the held-out set, which has been seen. */
export const RUSSIAN_TRAINING_DIRS = [CORPUS_DIRS.corpusRu, CORPUS_DIRS.heldoutRu];
