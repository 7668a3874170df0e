import "server-only";
import { db } from "@/lib/db";
import { masteryRecall } from "@/lib/review/fsrs";
import { estimateReadiness } from "@/lib/review/readiness";
import { SAA_TASK_STATEMENTS } from "@/lib/review/task-statements";
import type { Mastery } from "@/lib/review/dto";

/** Per task statement of SAA-C03: questions seen and recall; and the readiness estimate from the domain weights. */
export async function getMastery(userId: string, at: Date, examId = "saa-c03"): Promise<Mastery> {
  const [questions, cards, domains] = await Promise.all([
    db.question.findMany({
      where: { examId, retiredAt: null },
      select: { id: true, task: true, domain: { select: { slug: true } } },
    }),
    db.reviewCard.findMany({
      where: { userId, question: { examId, retiredAt: null } },
      select: {
        questionId: true,
        due: true,
        stability: true,
        difficulty: true,
        scheduledDays: true,
        learningSteps: true,
        reps: true,
        lapses: true,
        state: true,
        lastReview: true,
        lastIsCorrect: true,
      },
    }),
    db.domain.findMany({ where: { examId }, orderBy: { position: "asc" }, select: { slug: true, weight: true } }),
  ]);
  const recallOf = new Map(cards.map((card) => [card.questionId, masteryRecall(card, at)]));
  const tasks = SAA_TASK_STATEMENTS.map(({ id, key, domain }) => {
    const ofTask = questions.filter((question) => question.task === id);
    const recalls = ofTask.flatMap((question) =>
      recallOf.has(question.id) ? [recallOf.get(question.id) as number] : [],
    );
    return {
      task: id,
      labelKey: key,
      domain,
      total: ofTask.length,
      seen: recalls.length,
      recall: recalls.length > 0 ? recalls.reduce((sum, value) => sum + value, 0) / recalls.length : null,
    };
  });
  const readiness = estimateReadiness(
    domains.map((domain) => {
      const ofDomain = questions.filter((question) => question.domain.slug === domain.slug);
      return {
        slug: domain.slug,
        weight: domain.weight,
        bankSize: ofDomain.length,
        recalls: ofDomain.flatMap((question) =>
          recallOf.has(question.id) ? [recallOf.get(question.id) as number] : [],
        ),
      };
    }),
  );
  return { examId, tasks, readiness };
}
