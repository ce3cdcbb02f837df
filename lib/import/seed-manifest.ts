import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import {
  manifestSpeakerHasName,
  seedManifestSchema,
  type ManifestArticle,
  type ManifestSpeaker,
  type SeedManifest,
} from "./seed-manifest.schema";

export const DEFAULT_MANIFEST_PATH = join(process.cwd(), "seeds", "manifest.json");

/** Reads and validates seeds/manifest.json; a broken manifest fails loudly with the field path. */
export async function loadSeedManifest(path = DEFAULT_MANIFEST_PATH): Promise<SeedManifest> {
  const raw = await readFile(path, "utf8");
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    throw new Error(`${path} is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = seedManifestSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new Error(`${path}: ${first.path.join(".")}: ${first.message}`);
  }
  return parsed.data;
}

export interface ManifestEntry {
  article: ManifestArticle;
  speaker: ManifestSpeaker;
}

/** The manifest entry for a file, matched by basename. */
export function findManifestEntry(manifest: SeedManifest, file: string): ManifestEntry | undefined {
  const article = manifest.articles.find((a) => a.file === basename(file));
  const speaker = article && manifest.speakers.find((s) => s.name === article.speaker);
  return article && speaker ? { article, speaker } : undefined;
}

/** The manifest speaker one of whose names (any script) is `name`: --speaker for any file. */
export function findManifestSpeaker(
  manifest: SeedManifest,
  name: string,
): ManifestSpeaker | undefined {
  return manifest.speakers.find((s) => manifestSpeakerHasName(s, name));
}
