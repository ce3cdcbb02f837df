// Shared by the forms (zodResolver) and the server. Codes may be typed with spaces or a dash.
import { z } from "zod";

const compact = (s: string) => s.replace(/[\s-]/g, "").toLowerCase();

export const totpCodeSchema = z
  .string()
  .transform(compact)
  .pipe(z.string().regex(/^\d{6}$/, "Enter the 6-digit code from your app"));

/** A current 6-digit code or a recovery code. */
export const secondFactorCodeSchema = z
  .string()
  .transform(compact)
  .pipe(
    z
      .string()
      .regex(
        /^(?:\d{6}|[a-z0-9]{10})$/,
        "Enter the 6-digit code from your app, or a recovery code",
      ),
  );

export const startTwoFactorSchema = z.object({});
export const confirmTwoFactorSchema = z.object({ code: totpCodeSchema });

/** Turning two-factor off and new recovery codes need the password and a code. */
export const confirmIdentitySchema = z.object({
  currentPassword: z.string().min(1, "Enter your password"),
  code: secondFactorCodeSchema,
});

export const resetTwoFactorSchema = z.object({ userId: z.uuid("Unknown user") });
export const twoFactorRequirementSchema = z.object({ required: z.boolean() });

export const twoFactorSignInSchema = z.object({
  challenge: z.string().min(20).max(100),
  code: secondFactorCodeSchema,
});

export type ConfirmIdentityInput = z.input<typeof confirmIdentitySchema>;
export type TwoFactorSignInInput = z.input<typeof twoFactorSignInSchema>;

// The first sign-in step answers with this prefix and the second step's ticket (next-auth passes
// only an error string back from a credentials sign-in that opens no session).
export const TWO_FACTOR_REQUIRED = "TWO_FACTOR_REQUIRED:";
export const SIGN_IN_EXPIRED_MESSAGE =
  "This sign-in has expired. Enter your email and password again.";
export const WRONG_CODE_MESSAGE =
  "That code is not right or was already used. Wait for the next code from your app and try again.";

export const TWO_FACTOR_PATH = "/account/two-factor";
