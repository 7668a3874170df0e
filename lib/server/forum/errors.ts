import "server-only";
import { ExpectedError } from "@/lib/action";
import { forum, type ForumMessages } from "@/lib/i18n/messages/forum";

/** An expected forum refusal in both languages (not yours, locked, voted twice…). */
export function forumError(key: keyof ForumMessages["errors"]): ExpectedError {
  return new ExpectedError({ ja: forum.ja.errors[key], en: forum.en.errors[key] });
}
