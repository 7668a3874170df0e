"use client";
import type { ReactNode } from "react";
import { PracticeQuestion } from "@/components/quiz/practice-question";
import { useMessages } from "@/components/i18n/messages-provider";
import type { ActionResult } from "@/lib/action-result";
import type { PublicQuestion } from "@/lib/bank/dto";
import type { Feedback } from "@/lib/quiz/dto";

type Props = {
  question: PublicQuestion;
  answer: (input: unknown) => Promise<ActionResult<Feedback>>;
  afterFeedback: ReactNode;
};

/** A question answered on its own page: the practice form, sending the question id instead of a round's position. */
export function QuestionAnswer({ question, answer, afterFeedback }: Props) {
  const t = useMessages("answerForm");
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
    />
  );
}
