import "server-only";
import { ExpectedError } from "@/lib/action";
import { community, type CommunityMessages } from "@/lib/i18n/messages/community";

type Keys = {
  [S in keyof CommunityMessages]: `${S & string}.${keyof CommunityMessages[S] & string}`;
}[keyof CommunityMessages];

/** An expected community refusal in both languages, named by its dictionary path ("report.rateLimited"). */
export function communityError(path: Keys): ExpectedError {
  const [section, key] = path.split(".") as [keyof CommunityMessages, string];
  const text = (locale: "ja" | "en") => (community[locale][section] as Record<string, unknown>)[key];
  return new ExpectedError({ ja: String(text("ja")), en: String(text("en")) });
}
