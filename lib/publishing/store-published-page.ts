// Renders a check's public page as it stands in `tx` and stores the HTML with its revision, in
// the transaction that publishes or corrects it: what is stored is what every instance serves.
import { createHash } from "node:crypto";
import type { Tx } from "../db";
import { getPublishedCheck } from "./get-published-check";
import {
  announcePublishedPageAfterCommit,
  type PublishedPageChange,
} from "./published-page-changes";
import { renderInWorker } from "./page-render/render-in-worker";

/** A strong validator: the bytes' SHA-256. */
export function etagOf(html: string): string {
  return `"${createHash("sha256").update(html).digest("base64url")}"`;
}

/**
 * Stores the page of `revision` (default: the live one) of the publication at `slug`; returns
 * null when that revision was never public. A republished revision is rendered afresh.
 */
export async function storePublishedPage(
  tx: Tx,
  slug: string,
  revision?: number,
  /** "keep": a page already stored for that revision stays as it is (rendering on first request). */
  mode: "replace" | "keep" = "replace",
): Promise<{ revision: number; etag: string } | null> {
  const page = await getPublishedCheck(slug, { db: tx, revision });
  if (page?.state !== "live") return null;
  const { check } = page;
  const html = await renderInWorker(check);
  const etag = etagOf(html);
  const publication = await tx.publication.findUniqueOrThrow({
    where: { slug },
    select: { id: true },
  });
  if (mode === "keep") {
    const data = { publicationId: publication.id, revision: check.revision, html, etag };
    await tx.publishedPage.createMany({ data: [data], skipDuplicates: true });
    return { revision: check.revision, etag };
  }
  await tx.publishedPage.upsert({
    where: { publicationId_revision: { publicationId: publication.id, revision: check.revision } },
    create: { publicationId: publication.id, revision: check.revision, html, etag },
    update: { html, etag, renderedAt: new Date() },
  });
  return { revision: check.revision, etag };
}

/** The revisions of a live publication that readers could see: the current one and each one a correction replaced. */
export async function publicRevisions(tx: Tx, slug: string): Promise<number[]> {
  const page = await getPublishedCheck(slug, { db: tx });
  if (page?.state !== "live") return [];
  const { check } = page;
  const numbers = new Set([
    check.revision,
    ...check.corrections.flatMap((c) => [
      c.revision,
      ...(c.previousRevision ? [c.previousRevision] : []),
    ]),
  ]);
  return [...numbers].sort((a, b) => a - b);
}

/**
 * A live check's current page, rendered and stored in `tx` and announced to every instance once
 * it commits (publish, correct, a speaker change). False when the check has no live page.
 */
export async function republishPage(
  tx: Tx,
  slug: string,
  event: PublishedPageChange["event"],
): Promise<boolean> {
  if (!(await storePublishedPage(tx, slug))) return false;
  announcePublishedPageAfterCommit(tx, { slug, event });
  return true;
}
