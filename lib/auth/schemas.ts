// Inputs of the account forms. Error messages are dictionary keys (t.auth.fieldErrors), so the form shows them in the
// reader's language beside the field.
import { z } from "zod";

export const passwordMinLength = 10;
export const passwordMaxLength = 200;
export const displayNameMaxLength = 40;

const emailSchema = z
  .string({ error: "required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "required" })
  .max(254, { error: "emailInvalid" })
  .pipe(z.email({ error: "emailInvalid" }));

export const displayNameSchema = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(displayNameMaxLength, { error: "nameTooLong" })
  // No control characters or bidirectional overrides: a name is shown beside every post.
  .refine((name) => !/[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(name), { error: "nameInvalid" });

/** A same-site path to return to after signing in; anything else (other hosts, `//evil`) becomes "/". */
export const callbackUrlSchema = z
  .string()
  .optional()
  .transform((value) => (value && /^\/(?![/\\])/.test(value) ? value : "/"));

/** A password being chosen (sign-up, reset, change): the same rules everywhere. */
export const newPasswordSchema = z
  .string({ error: "required" })
  .min(passwordMinLength, { error: "passwordTooShort" })
  .max(passwordMaxLength, { error: "passwordTooLong" });

export const signUpSchema = z.object({
  name: displayNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  callbackUrl: callbackUrlSchema,
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "required" }).min(1, { error: "required" }).max(passwordMaxLength, { error: "passwordTooLong" }),
  callbackUrl: callbackUrlSchema,
});
export type SignInInput = z.infer<typeof signInSchema>;

export const profileSchema = z.object({ name: displayNameSchema });
export type ProfileInput = z.infer<typeof profileSchema>;

/** A token from a mailed link: base64url, as issued by lib/server/accounts/email-tokens.ts. */
export const emailTokenSchema = z.string().trim().regex(/^[\w-]{20,100}$/, { error: "tokenInvalid" });

export const forgotPasswordSchema = z.object({ email: emailSchema });
export const resetPasswordSchema = z.object({ token: emailTokenSchema, password: newPasswordSchema });
export const confirmEmailSchema = z.object({ token: emailTokenSchema });
export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: "required" }).min(1, { error: "required" }).max(passwordMaxLength, { error: "passwordTooLong" }),
  newPassword: newPasswordSchema,
});
