import { z } from "zod";
import { TOKEN_SCOPES } from "./token-scopes";

export const tokenScopesField = z
  .array(z.enum(TOKEN_SCOPES, { error: `Scopes are some of ${TOKEN_SCOPES.join(", ")}.` }))
  .min(1, "Give the token at least one scope.")
  .transform((scopes) => [...new Set(scopes)]);

export const createApiTokenSchema = z.object({
  userId: z.uuid("Unknown user"),
  name: z
    .string()
    .trim()
    .min(1, "Name the token (what uses it)")
    .max(100, "Use at most 100 characters"),
  scopes: tokenScopesField,
  /** Days until it stops working; none = until revoked. */
  expiresInDays: z
    .number()
    .int()
    .min(1, "At least one day")
    .max(3650, "At most ten years")
    .optional(),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;
