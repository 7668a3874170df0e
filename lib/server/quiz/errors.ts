import "server-only";
import { ExpectedError } from "@/lib/action";
import { dictionaryFor } from "@/lib/i18n/dictionary";
import { format } from "@/lib/i18n/format";
import type { QuizMessages } from "@/lib/i18n/messages/quiz";

type QuizErrorKey = keyof QuizMessages["errors"];

/** An expected quiz failure in both languages; with `field`, also reported as that field's error. */
export function quizError(
  key: QuizErrorKey,
  values: Record<string, string | number> = {},
  field?: string,
): ExpectedError {
  const text = {
    ja: format(dictionaryFor("ja").quiz.errors[key], values),
    en: format(dictionaryFor("en").quiz.errors[key], values),
  };
  return new ExpectedError(text, field ? { [field]: [text.en] } : undefined);
}
