// Rows the forum tests need to hang threads on: an exam with one domain and bare questions (no texts, no choices).
import { db } from "@/lib/db";

export async function createOneDomainExam(
  id: string,
  code: string,
  title: { ja: string; en: string },
  questionCount: number,
): Promise<void> {
  await db.exam.create({
    data: {
      id,
      code,
      titleJa: title.ja,
      titleEn: title.en,
      questionCount,
      minutes: 10,
      extensionMinutes: 0,
      passingScore: 700,
      domains: { create: [{ id: `${id}:one`, slug: "one", titleJa: "一", titleEn: "One", weight: 100, position: 0 }] },
    },
  });
}

export async function createBareQuestion(examId: string, id: string): Promise<void> {
  await db.question.create({
    data: {
      id,
      examId,
      domainId: `${examId}:one`,
      difficulty: "easy",
      choose: 1,
      topics: ["vpc"],
      contentHash: id,
      sourcePath: `${id}.md`,
    },
  });
}

/** Removes what a one-question variants test made: review history, attempts, the exam and the users of `emailSuffix`. */
export async function deleteOneQuestionExam(examId: string, questionId: string, emailSuffix: string): Promise<void> {
  await db.reviewLog.deleteMany({ where: { questionId } });
  await db.reviewCard.deleteMany({ where: { questionId } });
  await db.attempt.deleteMany({ where: { examId } });
  await db.question.deleteMany({ where: { examId } });
  await db.exam.deleteMany({ where: { id: examId } });
  await db.user.deleteMany({ where: { email: { endsWith: emailSuffix } } });
}
