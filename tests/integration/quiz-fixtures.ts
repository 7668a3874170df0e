// Data for the quiz integration tests: each test file makes its own exam, questions and users (prefix keeps them apart).
import { db } from "@/lib/db";
import { setTestClockOffset, testClockNow } from "@/lib/testing/test-clock";
import type { AttemptRequester } from "@/lib/permissions";

/** Every explanation carries this marker, so a test can prove it is absent from what reaches the browser. */
export const SECRET = "SECRET-EXPLANATION-MARKER";

export type QuizBank = { examId: string; single: string; multi: string; all: string[] };

async function createQuestion(
  examId: string,
  id: string,
  domain: string,
  choose: number,
  keys: string[],
  letters: string[],
) {
  await db.question.create({
    data: {
      id,
      examId,
      domainId: `${examId}:${domain}`,
      difficulty: "medium",
      choose,
      topics: [domain === "one" ? "vpc" : "s3"],
      contentHash: id,
      sourcePath: `${id}.md`,
      texts: {
        create: [
          {
            lang: "ja",
            stemHtml: `<p>問 ${id}</p>`,
            explanationHtml: `<p>${SECRET} 解説 ${id}</p>`,
            references: [{ title: "ref", url: "https://docs.aws.amazon.com/" }],
          },
        ],
      },
      choices: {
        create: letters.map((letter, position) => ({
          id: `${id}:${letter}`,
          letter,
          position,
          isCorrect: keys.includes(letter),
          texts: {
            create: [
              { lang: "ja", html: `<p>選択肢 ${letter}</p>`, explanationHtml: `<p>${SECRET} ${id} ${letter}</p>` },
            ],
          },
        })),
      },
    },
  });
}

/** An exam with two domains (60/40), a single-answer question (key C), a choose-2 question (key A, C) and fillers. */
export async function createQuizBank(prefix: string): Promise<QuizBank> {
  const examId = `${prefix}-exam`;
  await db.exam.create({
    data: {
      id: examId,
      code: prefix.toUpperCase(),
      titleJa: "クイズ試験",
      titleEn: "Quiz exam",
      questionCount: 10,
      minutes: 20,
      extensionMinutes: 10,
      passingScore: 720,
      domains: {
        create: [
          { id: `${examId}:one`, slug: "one", titleJa: "一", titleEn: "One", weight: 60, position: 0 },
          { id: `${examId}:two`, slug: "two", titleJa: "二", titleEn: "Two", weight: 40, position: 1 },
        ],
      },
    },
  });
  const single = `${prefix}-0001`;
  const multi = `${prefix}-0002`;
  await createQuestion(examId, single, "one", 1, ["C"], ["A", "B", "C", "D"]);
  await createQuestion(examId, multi, "two", 2, ["A", "C"], ["A", "B", "C", "D", "E"]);
  const fillers = Array.from({ length: 8 }, (_, i) => `${prefix}-${String(i + 3).padStart(4, "0")}`);
  for (const [i, id] of fillers.entries())
    await createQuestion(examId, id, i % 2 === 0 ? "one" : "two", 1, ["A"], ["A", "B", "C", "D"]);
  return { examId, single, multi, all: [single, multi, ...fillers] };
}

export async function createUser(email: string): Promise<AttemptRequester> {
  const user = await db.user.create({ data: { email, name: email.split("@")[0] ?? null } });
  return { userId: user.id, anonKeyHash: null };
}

/** A practice round with exactly these questions in this order (the draw is random; tests need to know the key). */
export async function createPracticeAttempt(
  owner: AttemptRequester,
  examId: string,
  questionIds: string[],
): Promise<string> {
  const attempt = await db.attempt.create({
    data: {
      userId: owner.userId,
      anonKeyHash: owner.userId ? null : owner.anonKeyHash,
      examId,
      mode: "PRACTICE",
      options: {},
      total: questionIds.length,
      items: { create: questionIds.map((questionId, position) => ({ position, questionId })) },
    },
  });
  return attempt.id;
}

/** Moves the shared test clock (lib/testing/test-clock.ts) by `offsetMs` from real time, for every app server. */
export async function setClockOffset(offsetMs: number): Promise<void> {
  process.env.KAISETSU_TEST_HOOKS = "1";
  await setTestClockOffset(db, offsetMs);
}

/** The test clock's time, the `now` a test hands to a use case (what the request context gives an action). */
export async function testNow(): Promise<Date> {
  return testClockNow(db);
}

export async function deleteQuizBank(bank: QuizBank): Promise<void> {
  await db.attempt.deleteMany({ where: { examId: bank.examId } });
  await db.question.deleteMany({ where: { examId: bank.examId } });
  await db.exam.delete({ where: { id: bank.examId } });
}
