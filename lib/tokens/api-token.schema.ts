import { z } from "zod";
import { TOKEN_SCOPES } from "./token-scopes";

export const tokenScopesField = z
  .array(z.enum(TOKEN_SCOPES, { error: `Scopes are some of ${TOKEN_SCOPES.join(", ")}.` }))
  .min(1, "Give the token at least one scope.")
  .transform((scopes) => [...new Set(scopes)]);

/** A token for oneself (Account → Access tokens): the user is the one signed in. */
export const createOwnApiTokenSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Name the token (what uses it)")
    .max(100, "Use at most 100 characters"),
  scopes: tokenScopesField,
  /** Days until it stops working; none = until revoked. */
  expiresInDays: z
    .number({ error: "Give the days as a whole number" })
    .int("Give the days as a whole number")
    .min(1, "At least one day")
    .max(3650, "At most ten years")
    .optional(),
});

/** A token for any user (Admin → Access tokens, the CLI). */
export const createApiTokenSchema = createOwnApiTokenSchema.extend({
  userId: z.uuid("Choose the user the token acts as"),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: z.uuid("Unknown token") });

/** The expiry choices the token forms offer (days; "" = until revoked). */
export const TOKEN_EXPIRY_CHOICES = [
  { days: 30, label: "30 days" },
  { days: 90, label: "90 days" },
  { days: 365, label: "one year" },
  { days: undefined, label: "never (until revoked)" },
] as const;
