import type { Dictionary } from "@/lib/i18n/dictionary";

/** What the answer form of a question shows (a practice round and the one-question page alike). */
export type AnswerTexts = {
  practice: Dictionary["quiz"]["practice"];
  feedback: Dictionary["quiz"]["feedback"];
  answer: Dictionary["learning"]["answer"];
  choices: string;
  unexpected: string;
};

/** Picks the answer form's texts from the reader's dictionary (on the server: only these travel to the browser). */
export function answerTexts(t: Dictionary): AnswerTexts {
  return {
    practice: t.quiz.practice,
    feedback: t.quiz.feedback,
    answer: t.learning.answer,
    choices: t.question.choices,
    unexpected: t.actions.unexpected,
  };
}
