// Inputs of the account forms. Error messages are dictionary keys (t.auth.fieldErrors), so the form shows them in the
// reader's language beside the field.
import { z } from "zod";
import { isTimeZone } from "@/lib/i18n/dates";
import { isCommonPassword } from "@/lib/auth/common-passwords";

// ASVS level 2 (V2.1): at least 12 characters, not a common or breached password, not the email address.
export const passwordMinLength = 12;
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
  .refine((name) => !/[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(name), { error: "nameInvalid" })
  // At least one visible character: not only spaces, zero-width or format characters, combining marks or blank glyphs.
  .refine((name) => name.replace(/[\p{Z}\s\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu, "").length > 0, {
    error: "nameInvisible",
  });

/** A same-site path to return to after signing in; anything else (other hosts, `//evil`) becomes "/". */
export const callbackUrlSchema = z
  .string()
  .optional()
  .transform((value) => (value && /^\/(?![/\\])/.test(value) ? value : "/"));

/** A password being chosen (sign-up, reset, change): the same rules everywhere. */
export const newPasswordSchema = z
  .string({ error: "required" })
  .min(passwordMinLength, { error: "passwordTooShort" })
  .max(passwordMaxLength, { error: "passwordTooLong" })
  .refine((password) => !isCommonPassword(password), { error: "passwordCommon" });

export const signUpSchema = z
  .object({
    name: displayNameSchema,
    email: emailSchema,
    password: newPasswordSchema,
    callbackUrl: callbackUrlSchema,
  })
  .refine((input) => input.password.normalize("NFKC").trim().toLowerCase() !== input.email, {
    error: "passwordIsEmail",
    path: ["password"],
  });
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "required" })
    .min(1, { error: "required" })
    .max(passwordMaxLength, { error: "passwordTooLong" }),
  callbackUrl: callbackUrlSchema,
});
export type SignInInput = z.infer<typeof signInSchema>;

export const profileSchema = z.object({ name: displayNameSchema });
export type ProfileInput = z.infer<typeof profileSchema>;

/** A token from a mailed link: base64url, as issued by lib/server/accounts/email-tokens.ts. */
export const emailTokenSchema = z
  .string()
  .trim()
  .regex(/^[\w-]{20,100}$/, { error: "tokenInvalid" });

export const forgotPasswordSchema = z.object({ email: emailSchema });
export const resetPasswordSchema = z.object({ token: emailTokenSchema, password: newPasswordSchema });
export const confirmEmailSchema = z.object({ token: emailTokenSchema });
export const changePasswordSchema = z.object({
  currentPassword: z
    .string({ error: "required" })
    .min(1, { error: "required" })
    .max(passwordMaxLength, { error: "passwordTooLong" }),
  newPassword: newPasswordSchema,
});

/** An OAuth sign-in: the provider (only those this app knows) and where to return. */
export const oauthSignInSchema = z.object({ provider: z.enum(["github"]), callbackUrl: callbackUrlSchema });

/** Signing out: where to go afterwards. */
export const signOutSchema = z.object({ callbackUrl: callbackUrlSchema });

/** The browser's IANA time zone, stored in the profile. */
export const timeZoneSchema = z.object({ timeZone: z.string().refine(isTimeZone) });

/** An action that takes no input (sign out everywhere, resend the confirmation mail). */
export const noInputSchema = z.object({});
