import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "../auth/password-rules";

export const roleSchema = z.enum(["ADMIN", "EDITOR", "REVIEWER", "VIEWER"], {
  message: "Choose a role",
});

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, "Use at most 200 characters");

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address"),
  name: z.string().trim().min(1, "Enter a name").max(120, "Use at most 120 characters"),
  role: roleSchema,
  password: passwordSchema,
});

export const changeRoleSchema = z.object({ userId: z.uuid("Unknown user"), role: roleSchema });
export const setActiveSchema = z.object({ userId: z.uuid("Unknown user"), active: z.boolean() });

export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password"),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ",
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password you have not used here",
  });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
