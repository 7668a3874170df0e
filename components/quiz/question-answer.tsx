"use client";
import type { ReactNode } from "react";
import { PracticeQuestion } from "@/components/quiz/practice-question";
import type { AnswerTexts } from "@/components/quiz/answer-texts";
import type { ActionResult } from "@/lib/action-result";
import type { PublicQuestion } from "@/lib/bank/dto";
import type { Feedback } from "@/lib/quiz/dto";

type Props = {
  question: PublicQuestion;
  answer: (input: unknown) => Promise<ActionResult<Feedback>>;
  afterFeedback: ReactNode;
  t: AnswerTexts;
};

/** A question answered on its own page: the practice form, sending the question id instead of a round's position. */
export function QuestionAnswer({ question, answer, afterFeedback, t }: Props) {
  return (
    <PracticeQuestion
      attemptId=""
      position={0}
      question={question}
      initialFeedback={null}
      nextHref={`/questions/${question.id}`}
      nextLabel={t.answer.again}
      isLast
      answer={(input) => {
        const {
          attemptId: _attemptId,
          position: _position,
          ...rest
        } = input as { attemptId: string; position: number };
        return answer({ ...rest, questionId: question.id });
      }}
      afterFeedback={afterFeedback}
      t={t}
    />
  );
}
