import { displayNameMaxLength, passwordMinLength } from "@/lib/auth/schemas";
import type { AuthMessages } from "@/lib/i18n/messages/auth";
import { format } from "@/lib/i18n/format";

/** The field-error dictionary with its limits filled in, ready to hand to a client form. */
export function authFieldErrorTexts(fieldErrors: AuthMessages["fieldErrors"]): Record<string, string> {
  const limits = { min: passwordMinLength, max: displayNameMaxLength };
  return Object.fromEntries(Object.entries(fieldErrors).map(([key, text]) => [key, format(text, limits)]));
}
