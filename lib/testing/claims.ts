// Test helper: one article with claims in it (quote spans point into the article text).
import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "../db";
import type { ClaimKind, ClaimStatus } from "../generated/prisma/enums";

export interface TestClaimSpec {
  quote?: string;
  status?: ClaimStatus;
  score?: number;
  kind?: ClaimKind;
  assigneeId?: string | null;
  repeatOfId?: string | null;
}

export interface CreateTestArticleOptions {
  claims?: TestClaimSpec[] | number;
  speakerName?: string;
  outlet?: string;
  publishedAt?: string;
}

export async function createTestArticleWithClaims(options: CreateTestArticleOptions = {}) {
  const tag = randomBytes(4).toString("hex");
  const specs: TestClaimSpec[] =
    typeof options.claims === "number"
      ? Array.from({ length: options.claims }, () => ({}))
      : (options.claims ?? [{}]);
  const quotes = specs.map(
    (s, i) => s.quote ?? `Unemployment fell by ${i + 3} per cent in region ${tag} last year.`,
  );
  const text =
    `Interview ${tag}.\n\n` +
    quotes.map((q) => `Q: What about the economy?\nA: ${q} That is the record.`).join("\n\n");
  const speaker = await prisma.speaker.create({
    data: { name: options.speakerName ?? `Speaker ${tag}` },
  });
  const article = await prisma.article.create({
    data: {
      outlet: options.outlet ?? `Outlet ${tag}`,
      title: `Interview ${tag}`,
      url: `https://news.example.org/${tag}`,
      publishedAt: new Date(`${options.publishedAt ?? "2024-05-01"}T00:00:00Z`),
      text,
      contentHash: `test-${tag}`,
      speakerId: speaker.id,
    },
  });
  const claims = [];
  for (const [i, spec] of specs.entries()) {
    const startOffset = text.indexOf(quotes[i]);
    claims.push(
      await prisma.claim.create({
        data: {
          slug: `test-${tag}-${i}`,
          articleId: article.id,
          speakerId: speaker.id,
          quote: quotes[i],
          startOffset,
          endOffset: startOffset + quotes[i].length,
          context: "Q: What about the economy?",
          canonicalText: quotes[i],
          kind: spec.kind ?? "QUANTITY",
          score: spec.score ?? 0.5,
          reasons: ["number"],
          status: spec.status ?? "QUEUED",
          assigneeId: spec.assigneeId ?? null,
          assignedAt: spec.assigneeId ? new Date() : null,
          repeatOfId: spec.repeatOfId ?? null,
        },
      }),
    );
  }
  return { speaker, article, claims };
}

/** A valid source body for the source use cases/actions. */
export function testSourceFields(
  overrides: Partial<{ url: string; isPrimary: boolean; title: string }> = {},
) {
  return {
    url: overrides.url ?? "https://stats.example.gov/unemployment",
    title: overrides.title ?? "Labour force survey",
    publisher: "Statistics Office",
    publishedAt: "2024-04-01",
    accessedAt: "2024-05-02",
    excerpt: "Unemployment rate 4.1%",
    isPrimary: overrides.isPrimary ?? true,
    notes: "",
  };
}

/** Two queued claims of one article, the second linked as a repeat of the first. */
export async function createTestRepeat() {
  const { claims } = await createTestArticleWithClaims({ claims: 2 });
  const repeat = await prisma.claim.update({
    where: { id: claims[1]!.id },
    data: { repeatOfId: claims[0]!.id },
  });
  return { rootId: claims[0]!.id, claimId: repeat.id, version: repeat.version };
}
