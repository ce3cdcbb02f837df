// Clipping: the editor selects a span of an article the detector missed and adds it as a queued
// claim. The quote is exactly the article's text between the offsets (surrounding spaces trimmed).
import "server-only";
import { prisma, transaction, type Tx } from "../db";
import type { CurrentUser } from "../auth/current-user";
import { conflict, invalid } from "../auth/errors";
import { assessArticleSpan } from "../import/assess-quote";
import { articleSpeakerRef, loadArticle, lockArticle, speakerOf } from "../import/load-article";
import { trimSpan, type TextSpan } from "../import/text-span";
import { statusLabel } from "../workflow/claim-workflow";
import { MAX_QUOTE_CHARS } from "./clip.schema";
import { lookUpRepeatRoots } from "../import/repeats/look-up-repeat-roots";
import { createEditorClaim } from "./create-editor-claim";

export interface ClipSpanOptions {
  articleId: string;
  start: number;
  end: number;
}

export interface ClipClaimOptions extends ClipSpanOptions {
  user: CurrentUser;
  canonicalText?: string;
}

/** The selection as a quote span (white space at its ends trimmed), or the reason it cannot be one. */
export function clipSpan(text: string, selection: TextSpan): TextSpan {
  if (selection.start < 0 || selection.end > text.length || selection.start > selection.end) {
    throw invalid("The selection is outside the article text; select words inside the article.");
  }
  const { start, end } = trimSpan(text, selection);
  if (start === end)
    throw invalid("The selection is empty (or only spaces); select the words of the claim.");
  if (end - start > MAX_QUOTE_CHARS) {
    throw invalid(
      `The selection has ${end - start} characters; a claim quote may have at most ${MAX_QUOTE_CHARS.toLocaleString("en")}. Select the sentence or two that make the claim.`,
    );
  }
  return { start, end };
}

async function refuseDuplicate(db: Tx, articleId: string, span: TextSpan): Promise<void> {
  const same = await db.claim.findFirst({
    where: { articleId, startOffset: span.start, endOffset: span.end },
    select: { status: true },
  });
  if (!same) return;
  throw conflict(
    same.status === "CANDIDATE"
      ? "This exact passage is already a candidate of this article; accept it from the list."
      : `This exact passage is already a claim of this article (${statusLabel(same.status).toLowerCase()}).`,
  );
}

/** The detector's wording, kind and score of a span, read in the article's language. */
function assessSpan(article: Awaited<ReturnType<typeof loadArticle>>, span: TextSpan) {
  return assessArticleSpan(
    article.text,
    span.start,
    span.end,
    articleSpeakerRef(article),
    article.language,
  );
}

/** What clipping would add: the trimmed span, its quote and the detector's wording, kind and score. */
export async function previewClip({ articleId, start, end }: ClipSpanOptions) {
  const article = await loadArticle(articleId);
  const span = clipSpan(article.text, { start, end });
  await refuseDuplicate(prisma, articleId, span);
  return { ...span, quote: article.text.slice(span.start, span.end), ...assessSpan(article, span) };
}

export async function clipClaim({ user, articleId, start, end, canonicalText }: ClipClaimOptions) {
  const article = await loadArticle(articleId);
  const speaker = speakerOf(article);
  const span = clipSpan(article.text, { start, end });
  const assessed = assessSpan(article, span);
  const [repeatOfId] = await lookUpRepeatRoots(speaker.id, [
    canonicalText || assessed.canonicalText,
  ]);
  return transaction(async (tx) => {
    // Two editors clipping one passage take turns: the second is refused as a duplicate.
    await lockArticle(tx, articleId, speaker.id);
    await refuseDuplicate(tx, articleId, span);
    return createEditorClaim(tx, {
      user,
      action: "clip",
      speakerId: speaker.id,
      quote: article.text.slice(span.start, span.end),
      assessed,
      canonicalText,
      repeatOfId,
      where: { articleId, startOffset: span.start, endOffset: span.end },
    });
  });
}
