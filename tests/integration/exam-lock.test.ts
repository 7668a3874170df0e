// Issue #10, finding 6: while a user's mock exam runs, practice never reveals the key of its questions to that user.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AttemptRequester } from "@/lib/permissions";
import { answerPracticeQuestion } from "@/lib/server/quiz/answer-practice-question";
import { startExam } from "@/lib/server/quiz/start-exam";
import { startPractice } from "@/lib/server/quiz/start-practice";
import { submitExam } from "@/lib/server/quiz/submit-exam";
import { createPracticeAttempt, createQuizBank, createUser, deleteQuizBank, type QuizBank } from "./quiz-fixtures";

let bank: QuizBank;
let candidate: AttemptRequester;

beforeAll(async () => {
  bank = await createQuizBank("xl");
  candidate = await createUser("candidate-xl@example.test");
});

afterAll(async () => {
  await deleteQuizBank(bank);
  await db.user.deleteMany({ where: { email: { endsWith: "-xl@example.test" } } });
});

describe("practice during one's own running exam", () => {
  it("draws no question of the running exam, refuses to grade one (no key), and serves them again after the exam", async () => {
    const examAttempt = await startExam(candidate, { examId: bank.examId, size: 4, isExtended: false }, new Date());
    const inExam = (
      await db.attemptItem.findMany({ where: { attemptId: examAttempt }, select: { questionId: true } })
    ).map((item) => item.questionId);

    const practice = await startPractice(candidate, {
      examId: bank.examId,
      domains: [],
      topics: [],
      size: 10,
      source: "all",
    });
    const drawn = (await db.attemptItem.findMany({ where: { attemptId: practice }, select: { questionId: true } })).map(
      (item) => item.questionId,
    );
    expect(drawn).toHaveLength(bank.all.length - inExam.length);
    expect(drawn.filter((id) => inExam.includes(id))).toEqual([]);

    // A round started before the exam (or crafted) that holds an exam question: grading it would return the key.
    const older = await createPracticeAttempt(candidate, bank.examId, [inExam[0] as string]);
    // A selection of the right size (the random draw may pick the choose-2 question), so only the lock can refuse it.
    const { choose } = await db.question.findUniqueOrThrow({
      where: { id: inExam[0] as string },
      select: { choose: true },
    });
    const selected = ["A", "B", "C", "D", "E"].slice(0, choose);
    const refused = await answerPracticeQuestion(
      candidate,
      { attemptId: older, position: 0, selected },
      "ja",
      new Date(),
    ).then(
      (feedback) => JSON.stringify(feedback),
      (error: unknown) => (error as Error).message,
    );
    expect(refused).toBe("quiz.errors.inRunningExam");
    expect(refused).not.toMatch(/keyLetters/);
    expect((await db.attemptItem.findFirstOrThrow({ where: { attemptId: older } })).gradedAt).toBeNull();

    await submitExam(candidate, examAttempt, new Date());
    const feedback = await answerPracticeQuestion(
      candidate,
      { attemptId: older, position: 0, selected },
      "ja",
      new Date(),
    );
    expect(feedback.position).toBe(0);
  });
});
