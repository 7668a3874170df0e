// Integrity: the key and the explanations never leave the server before grading (practice) or submission (exam),
// and an attempt is visible and actionable only by its owner (two users, and a signed-out cookie holder).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { AttemptRequester } from "@/lib/permissions";
import { answerPracticeQuestion } from "@/lib/server/quiz/answer-practice-question";
import { getExamReport } from "@/lib/server/quiz/get-exam-report";
import { getExamReviewItem } from "@/lib/server/quiz/get-review-item";
import { getExamSession } from "@/lib/server/quiz/get-exam-session";
import { getPracticeRound } from "@/lib/server/quiz/get-practice-round";
import { listAttempts } from "@/lib/server/quiz/list-attempts";
import { flagExamItem } from "@/lib/server/quiz/flag-exam-item";
import { saveExamAnswer } from "@/lib/server/quiz/save-exam-answer";
import { startExam } from "@/lib/server/quiz/start-exam";
import { submitExam } from "@/lib/server/quiz/submit-exam";
import {
  createPracticeAttempt,
  createQuizBank,
  createUser,
  deleteQuizBank,
  SECRET,
  type QuizBank,
} from "./quiz-fixtures";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));

let bank: QuizBank;
let carol: AttemptRequester;
let dave: AttemptRequester;
const anon: AttemptRequester = { userId: null, anonKeyHash: "a".repeat(64) };
const otherAnon: AttemptRequester = { userId: null, anonKeyHash: "b".repeat(64) };
const emails = ["carol-integrity@example.test", "dave-integrity@example.test"];

beforeAll(async () => {
  bank = await createQuizBank("qi");
  carol = await createUser(emails[0]!);
  dave = await createUser(emails[1]!);
});
afterAll(async () => {
  await deleteQuizBank(bank);
  await db.user.deleteMany({ where: { email: { in: emails } } });
});

/** Everything a response would carry, as the browser would receive it. */
const wire = (value: unknown) => JSON.stringify(value);

describe("no key before grading", () => {
  it("a practice question being answered carries no key and no explanation; after grading it does", async () => {
    const attemptId = await createPracticeAttempt(anon, bank.examId, [bank.single, bank.multi]);
    const round = await getPracticeRound(anon, attemptId, "ja");
    expect(round.current?.feedback).toBeNull();
    expect(wire(round)).not.toContain(SECRET);
    expect(wire(round)).not.toMatch(/isCorrect"\s*:\s*true|keyLetters/);
    const feedback = await answerPracticeQuestion(anon, { attemptId, position: 0, selected: ["A"] }, "ja", new Date());
    expect(wire(feedback)).toContain(SECRET);
    // The next question is still ungraded: the graded one's key must not bleed into it.
    const next = await getPracticeRound(anon, attemptId, "ja");
    expect(next.current?.position).toBe(1);
    expect(wire(next)).not.toContain(SECRET);
  });

  it("a running exam, its save and flag replies carry no key; the review opens only after submission", async () => {
    const attemptId = await startExam(carol, { examId: bank.examId, size: 3, isExtended: false }, new Date());
    const session = await getExamSession(carol, attemptId, "ja", new Date());
    expect(wire(session)).not.toContain(SECRET);
    expect(wire(session)).not.toMatch(/isCorrect|keyLetters|explanation/);
    expect(wire(await saveExamAnswer(carol, { attemptId, position: 0, selected: ["A"] }, new Date()))).not.toMatch(
      /isCorrect|keyLetters|SECRET/,
    );
    expect(wire(await flagExamItem(carol, { attemptId, position: 0, isFlagged: true }, new Date()))).not.toMatch(
      /isCorrect|keyLetters|SECRET/,
    );
    await expect(getExamReviewItem(carol, attemptId, 0, "ja", new Date())).rejects.toThrow();
    await submitExam(carol, attemptId, new Date());
    const review = await getExamReviewItem(carol, attemptId, 0, "ja", new Date());
    expect(wire(review)).toContain(SECRET);
  });
});

describe("only the owner", () => {
  it("another user cannot see, answer, flag, submit or read the report of an exam", async () => {
    const attemptId = await startExam(carol, { examId: bank.examId, size: 3, isExtended: false }, new Date());
    await expect(getExamSession(dave, attemptId, "ja", new Date())).rejects.toMatchObject({
      code: "quiz.errors.attemptNotFound",
    });
    await expect(saveExamAnswer(dave, { attemptId, position: 0, selected: ["A"] }, new Date())).rejects.toMatchObject({
      code: "quiz.errors.attemptNotFound",
    });
    await expect(flagExamItem(dave, { attemptId, position: 0, isFlagged: true }, new Date())).rejects.toMatchObject({
      code: "quiz.errors.attemptNotFound",
    });
    await expect(submitExam(dave, attemptId, new Date())).rejects.toMatchObject({
      code: "quiz.errors.attemptNotFound",
    });
    await expect(getExamSession(anon, attemptId, "ja", new Date())).rejects.toMatchObject({
      code: "quiz.errors.attemptNotFound",
    });
    const untouched = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { items: true } });
    expect(untouched.status).toBe("IN_PROGRESS");
    expect(untouched.items.every((item) => item.selected.length === 0 && !item.flagged)).toBe(true);
    await submitExam(carol, attemptId, new Date());
    await expect(getExamReport(dave, attemptId, "ja", new Date())).rejects.toMatchObject({
      code: "quiz.errors.attemptNotFound",
    });
    await expect(getExamReviewItem(dave, attemptId, 0, "ja", new Date())).rejects.toMatchObject({
      code: "quiz.errors.attemptNotFound",
    });
    expect((await listAttempts(dave.userId!, "ja", new Date())).map((row) => row.id)).not.toContain(attemptId);
    expect((await listAttempts(carol.userId!, "ja", new Date())).map((row) => row.id)).toContain(attemptId);
  });

  it("a practice round belongs to its user or to its cookie holder only", async () => {
    const mine = await createPracticeAttempt(carol, bank.examId, [bank.single]);
    await expect(getPracticeRound(dave, mine, "ja")).rejects.toMatchObject({ code: "quiz.errors.attemptNotFound" });
    await expect(
      answerPracticeQuestion(dave, { attemptId: mine, position: 0, selected: ["C"] }, "ja", new Date()),
    ).rejects.toMatchObject({ code: "quiz.errors.attemptNotFound" });
    const anonymous = await createPracticeAttempt(anon, bank.examId, [bank.single]);
    await expect(getPracticeRound(otherAnon, anonymous, "ja")).rejects.toMatchObject({
      code: "quiz.errors.attemptNotFound",
    });
    await expect(getPracticeRound(carol, anonymous, "ja")).rejects.toMatchObject({
      code: "quiz.errors.attemptNotFound",
    });
    await expect(
      answerPracticeQuestion(otherAnon, { attemptId: anonymous, position: 0, selected: ["C"] }, "ja", new Date()),
    ).rejects.toMatchObject({ code: "quiz.errors.attemptNotFound" });
    expect((await db.attemptItem.findFirstOrThrow({ where: { attemptId: anonymous } })).gradedAt).toBeNull();
    expect(
      (await answerPracticeQuestion(anon, { attemptId: anonymous, position: 0, selected: ["C"] }, "ja", new Date()))
        .isCorrect,
    ).toBe(true);
  });
});
