import { formatDateTime, type TimeText } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/locales";
import type { PostView } from "@/lib/forum/dto";

export type { TimeText };
/** A post ready for the client: times already formatted in the reader's language (the server decides the zone). */
export type ClientPost = Omit<PostView, "createdAt" | "editedAt" | "replies"> & {
  createdAt: TimeText;
  editedAt: TimeText | null;
  replies: ClientPost[];
};

/** Times in the reader's language and time zone (lib/i18n/dates.ts), whatever the language. */
export function toClientPost(post: PostView, locale: Locale, timeZone: string): ClientPost {
  return {
    ...post,
    createdAt: formatDateTime(post.createdAt, locale, timeZone),
    editedAt: post.editedAt ? formatDateTime(post.editedAt, locale, timeZone) : null,
    replies: post.replies.map((reply) => toClientPost(reply, locale, timeZone)),
  };
}
