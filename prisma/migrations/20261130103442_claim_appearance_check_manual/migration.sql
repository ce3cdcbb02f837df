-- A claim is either found in an article (with the exact span of its quote) or said elsewhere
-- (TV, radio, a post, a speech), and then says where: medium, outlet and URL.
ALTER TABLE "claims" ADD CONSTRAINT "claims_article_or_appearance" CHECK (
  ("articleId" IS NOT NULL AND "startOffset" IS NOT NULL AND "endOffset" IS NOT NULL)
  OR ("articleId" IS NULL AND "medium" IS NOT NULL AND "outlet" IS NOT NULL AND "url" IS NOT NULL)
);
