// POST /api/v1/articles: the import form's fields as JSON (the text in `pastedText`), and what
// the import detected.
import { z } from "zod";
import { ClaimKind, ClaimStatus } from "../../generated/prisma/enums";
import { importFormSchema } from "../../import/import.schema";

export const articleImportSchema = importFormSchema.meta({ id: "ArticleImport" });

export const importedArticleSchema = z
  .object({
    articleId: z.uuid(),
    /** False when the same text (content hash) was imported before: nothing new was written. */
    created: z.boolean(),
    candidates: z.array(
      z.object({
        id: z.uuid(),
        quote: z.string(),
        canonicalText: z.string(),
        kind: z.enum(ClaimKind),
        score: z.number(),
        status: z.enum(ClaimStatus),
      }),
    ),
  })
  .meta({ id: "ImportedArticle" });
export type ImportedArticleResponse = z.infer<typeof importedArticleSchema>;
