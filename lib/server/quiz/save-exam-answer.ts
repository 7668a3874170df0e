import "server-only";
import type { AttemptRequester } from "@/lib/permissions";
import { selectionProblem, sortLetters } from "@/lib/quiz/grade";
import type { AnswerInput } from "@/lib/quiz/schemas";
import { AppError } from "@/lib/errors";
import { getOpenExamItem, writeWhileOpen } from "@/lib/server/quiz/open-exam-item";

/**
 * Saves an exam answer as it is chosen (no grading, nothing about the key in the reply). An unfinished multi-select
 * (fewer than asked) is saved too; more than asked, unknown letters, a finished exam or a passed deadline are refused.
 */
export async function saveExamAnswer(
  requester: AttemptRequester,
  input: AnswerInput,
  now: Date,
): Promise<{ position: number; selected: string[] }> {
  const item = await getOpenExamItem(requester, input.attemptId, input.position, now);
  const { choose, choices } = item.question;
  const problem = selectionProblem(input.selected, {
    letters: choices.map((choice) => choice.letter),
    choose,
    isPartialAllowed: true,
  });
  if (problem)
    throw new AppError(problem === "tooMany" ? "quiz.errors.tooMany" : "quiz.errors.unknownChoice", {
      params: { choose },
      field: "selected",
    });
  const selected = sortLetters(input.selected);
  await writeWhileOpen(input.attemptId, input.position, { selected, answeredAt: selected.length > 0 ? item.at : null });
  return { position: input.position, selected };
}
