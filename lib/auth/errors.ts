import "server-only";
import { ExpectedError } from "@/lib/action";
import { auth, type AuthMessages } from "@/lib/i18n/messages/auth";

/** An expected account failure in both languages; fieldErrors carry t.auth.fieldErrors keys for the form. */
export function authError(key: keyof AuthMessages["errors"], fieldErrors?: Record<string, string[]>): ExpectedError {
  return new ExpectedError({ ja: auth.ja.errors[key], en: auth.en.errors[key] }, fieldErrors);
}
