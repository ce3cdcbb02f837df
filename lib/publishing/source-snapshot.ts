// Sources as frozen in a VerdictRevision (sourcesJson), so a revision shows what it cited then.
import { z } from "zod";
import type { Tx } from "../db";

const snapshotSchema = z.array(
  z.object({
    url: z.string(),
    title: z.string(),
    publisher: z.string().nullish(),
    publishedAt: z.string().nullish(),
    accessedAt: z.string().nullish(),
    isPrimary: z.boolean().default(false),
    excerpt: z.string().nullish(),
  }),
);

export type SourceSnapshot = z.infer<typeof snapshotSchema>[number];

export async function snapshotSources(tx: Tx, claimId: string): Promise<SourceSnapshot[]> {
  const rows = await tx.source.findMany({
    where: { claimId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((s) => ({
    url: s.url,
    title: s.title,
    publisher: s.publisher,
    publishedAt: s.publishedAt?.toISOString().slice(0, 10) ?? null,
    accessedAt: s.accessedAt.toISOString().slice(0, 10),
    isPrimary: s.isPrimary,
    excerpt: s.excerpt,
  }));
}

/** Reads a stored snapshot; a shape we cannot read is a bug, not something to hide. */
export function readSourceSnapshot(json: unknown): SourceSnapshot[] {
  return snapshotSchema.parse(json ?? []);
}
