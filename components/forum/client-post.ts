import type { Locale } from "@/lib/i18n/locales";
import type { PostView } from "@/lib/server/forum/get-thread-page";

export type TimeText = { iso: string; text: string };
/** A post ready for the client: times already formatted in the reader's language (the server decides the zone). */
export type ClientPost = Omit<PostView, "createdAt" | "editedAt" | "replies"> & { createdAt: TimeText; editedAt: TimeText | null; replies: ClientPost[] };

/** Japanese readers see Japan time; English readers see UTC, labelled. */
export function formatTime(date: Date, locale: Locale): TimeText {
  const text = new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: locale === "ja" ? "Asia/Tokyo" : "UTC" }).format(date);
  // dateStyle cannot be combined with timeZoneName, so the zone is named by hand.
  return { iso: date.toISOString(), text: locale === "ja" ? text : `${text} UTC` };
}

export function toClientPost(post: PostView, locale: Locale): ClientPost {
  return {
    ...post,
    createdAt: formatTime(post.createdAt, locale),
    editedAt: post.editedAt ? formatTime(post.editedAt, locale) : null,
    replies: post.replies.map((reply) => toClientPost(reply, locale)),
  };
}
