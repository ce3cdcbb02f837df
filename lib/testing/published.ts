// Test fixture: an APPROVED claim with its verdict, a verdict revision, a rating and sources,
// written directly (the review workflow is tested elsewhere).
import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "../db";
import type { ClaimStatus } from "../generated/prisma/enums";
import type { CurrentUser } from "../auth/current-user";
import { ensureRatingScale } from "../seed/ensure-rating-scale";

export interface ApprovedClaimOptions {
  author: CurrentUser;
  speakerName?: string;
  speakerTitle?: string | null;
  outlet?: string;
  articleDate?: Date | null;
  quote?: string;
  /** The article around the quote (must contain it); default: a Q&A with the quote as answer. */
  articleText?: string;
  /** The importer's attribution; default qa-answer (the answer turn of the Q&A above). */
  attribution?: string;
  /** Who approved the verdict (a Review row); none by default. */
  approvedBy?: CurrentUser;
  canonicalText?: string;
  shortText?: string | null;
  ratingLabel?: string | null;
  conclusion?: string;
  analysis?: string;
  status?: ClaimStatus;
  sources?: { url: string; title: string; publisher?: string }[];
}

export async function createApprovedClaim(options: ApprovedClaimOptions) {
  await ensureRatingScale();
  const tag = randomBytes(4).toString("hex");
  const speakerName = options.speakerName ?? `Speaker ${tag}`;
  const speaker = await prisma.speaker.upsert({
    where: { name: speakerName },
    update: {},
    create: {
      name: speakerName,
      title: options.speakerTitle === undefined ? "Minister of Finance" : options.speakerTitle,
      sameAs: `https://example.org/people/${tag}`,
    },
  });
  const quote = options.quote ?? `Unemployment fell by 40 percent last year (${tag}).`;
  const articleText = options.articleText ?? `Q: How is the economy?\nA: ${quote}`;
  const startOffset = articleText.indexOf(quote);
  if (startOffset < 0) throw new Error("createApprovedClaim: the quote is not in articleText");
  const article = await prisma.article.create({
    data: {
      outlet: options.outlet ?? "The Daily Example",
      title: `Interview ${tag}`,
      url: `https://news.example.org/interview-${tag}`,
      publishedAt: options.articleDate === undefined ? new Date("2026-03-14") : options.articleDate,
      text: articleText,
      contentHash: `test-${tag}`,
      speakerId: speaker.id,
    },
  });
  const rating =
    options.ratingLabel === null
      ? null
      : await prisma.rating.findUniqueOrThrow({ where: { label: options.ratingLabel ?? "False" } });
  const claim = await prisma.claim.create({
    data: {
      slug: `claim-${tag}`,
      articleId: article.id,
      speakerId: speaker.id,
      quote,
      startOffset,
      endOffset: startOffset + quote.length,
      attribution: options.attribution ?? "qa-answer",
      canonicalText: options.canonicalText ?? `Unemployment fell by 40% last year (${tag})`,
      shortText: options.shortText ?? null,
      kind: "QUANTITY",
      score: 0.9,
      reasons: ["number"],
      status: options.status ?? "APPROVED",
    },
  });
  const sources = options.sources ?? [
    {
      url: "https://stats.example.org/labour-2025",
      title: "Labour force survey 2025",
      publisher: "Statistics Office",
    },
    {
      url: "https://stats.example.org/labour-2024",
      title: "Labour force survey 2024",
      publisher: "Statistics Office",
    },
  ];
  await prisma.source.createMany({
    data: sources.map((s, i) => ({
      claimId: claim.id,
      url: s.url,
      title: s.title,
      publisher: s.publisher ?? null,
      accessedAt: new Date("2026-03-20"),
      isPrimary: i === 0,
      position: i,
      createdById: options.author.id,
    })),
  });
  const conclusion = options.conclusion ?? "Unemployment fell by 4 percent, not 40 percent.";
  const analysis =
    options.analysis ??
    "The **labour force survey** shows a fall from 5.0% to 4.8%. See [the survey](https://stats.example.org/labour-2025).";
  const verdict = await prisma.verdict.create({
    data: {
      claimId: claim.id,
      ratingId: rating?.id ?? null,
      conclusion,
      analysis,
      authorId: options.author.id,
      revision: 1,
    },
  });
  await prisma.verdictRevision.create({
    data: {
      verdictId: verdict.id,
      revision: 1,
      ratingId: rating?.id ?? null,
      conclusion,
      analysis,
      sourcesJson: sources.map((s, i) => ({
        url: s.url,
        title: s.title,
        publisher: s.publisher ?? null,
        isPrimary: i === 0,
        accessedAt: "2026-03-20",
      })),
      authorId: options.author.id,
    },
  });
  if (options.approvedBy)
    await prisma.review.create({
      data: {
        verdictId: verdict.id,
        revision: 1,
        reviewerId: options.approvedBy.id,
        decision: "APPROVE",
      },
    });
  return { claim, speaker, article, verdict, rating };
}
