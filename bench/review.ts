// Bench: the spaced-review step (FSRS) for a learner with 10,000 answered questions. One user, 10,000 questions, a card
// and a log row for each; then each of 200 answers is scheduled the way the app does after grading (read the card,
// log the answer once, upsert the card, in one transaction). Target: under 50 ms per answer (median and p95 shown).
// It runs in a database of its own on BENCH_DATABASE_URL's server.
import { createPrismaClient, type Db } from "../lib/db-client";
import { newCardRow, scheduleAnswer } from "../lib/review/fsrs";
import { scheduleReview } from "../lib/review/schedule-review";
import { createBenchDatabase } from "../scripts/lib/bench-database";

const QUESTIONS = 10_000;
const ANSWERS = 200;
const TARGET_MS = 50;
const DAY = 24 * 60 * 60 * 1000;

const questionId = (n: number) => `${n < 5000 ? "reva" : "revb"}-${String(n % 5000).padStart(4, "0")}`;

async function populate(db: Db, start: Date): Promise<{ userId: string; attemptId: string }> {
  await db.exam.create({
    data: {
      id: "review-bench",
      code: "RB",
      titleJa: "復習ベンチ",
      titleEn: "Review bench",
      questionCount: 65,
      minutes: 130,
      extensionMinutes: 30,
      passingScore: 720,
      domains: {
        create: ["secure", "resilient", "performance", "cost"].map((slug, position) => ({
          id: `review-bench:${slug}`,
          slug,
          titleJa: slug,
          titleEn: slug,
          weight: 25,
          position,
        })),
      },
    },
  });
  for (let offset = 0; offset < QUESTIONS; offset += 2000) {
    await db.question.createMany({
      data: Array.from({ length: 2000 }, (_, i) => {
        const n = offset + i;
        return {
          id: questionId(n),
          examId: "review-bench",
          domainId: `review-bench:${["secure", "resilient", "performance", "cost"][n % 4]}`,
          task: `${(n % 4) + 1}.1`,
          difficulty: "medium",
          choose: 1,
          topics: ["vpc"],
          contentHash: String(n),
          sourcePath: `${n}.md`,
        };
      }),
    });
  }
  const user = await db.user.create({ data: { email: "review-bench@example.test" } });
  const history = await db.attempt.create({
    data: { userId: user.id, examId: "review-bench", mode: "PRACTICE", options: {} },
  });
  // Every question answered once, right or wrong, over the last 60 days: realistic cards and logs.
  for (let offset = 0; offset < QUESTIONS; offset += 2000) {
    const cards = Array.from({ length: 2000 }, (_, i) => {
      const n = offset + i;
      const at = new Date(start.getTime() - (n % 60) * DAY);
      const isCorrect = n % 5 !== 0;
      return { n, at, isCorrect, card: scheduleAnswer(newCardRow(at), { isCorrect }, at).card };
    });
    await db.reviewCard.createMany({
      data: cards.map(({ n, isCorrect, card }) => ({
        userId: user.id,
        questionId: questionId(n),
        ...card,
        wrongCount: isCorrect ? 0 : 1,
        lastIsCorrect: isCorrect,
      })),
    });
    await db.reviewLog.createMany({
      data: cards.map(({ n, at, isCorrect }) => ({
        userId: user.id,
        questionId: questionId(n),
        attemptId: history.id,
        position: n,
        rating: isCorrect ? 3 : 1,
        isCorrect,
        stateBefore: 0,
        reviewedAt: at,
      })),
    });
  }
  const round = await db.attempt.create({
    data: { userId: user.id, examId: "review-bench", mode: "PRACTICE", options: {} },
  });
  return { userId: user.id, attemptId: round.id };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export default async function bench(): Promise<void> {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl)
    throw new Error("bench/review.ts needs BENCH_DATABASE_URL (npm run bench starts a PostgreSQL and sets it)");
  const database = await createBenchDatabase(serverUrl, "review");
  const db = createPrismaClient(database.url, { maxConnections: 2 });
  try {
    const start = new Date("2026-12-01T01:00:00Z");
    const populated = performance.now();
    const { userId, attemptId } = await populate(db, start);
    const setupSeconds = (performance.now() - populated) / 1000;
    const timings: number[] = [];
    for (let i = 0; i < ANSWERS; i += 1) {
      const at = new Date(start.getTime() + i * 60_000);
      const began = performance.now();
      const changed = await scheduleReview(
        db,
        {
          userId,
          attemptId,
          position: i,
          questionId: questionId((i * 37) % QUESTIONS),
          isCorrect: i % 4 !== 0,
          elapsedMs: 30_000,
        },
        at,
      );
      timings.push(performance.now() - began);
      if (!changed) throw new Error("a review was not recorded");
    }
    const sorted = [...timings].sort((a, b) => a - b);
    const median = percentile(sorted, 50);
    const p95 = percentile(sorted, 95);
    console.log(
      `\nreview bench: ${QUESTIONS} answered questions (cards and logs) set up in ${setupSeconds.toFixed(1)} s`,
    );
    console.table([
      {
        step: `schedule one answer (median of ${ANSWERS})`,
        ms: Number(median.toFixed(2)),
        target: `< ${TARGET_MS} ms`,
        status: median < TARGET_MS ? "ok" : "OVER",
      },
      {
        step: `schedule one answer (p95 of ${ANSWERS})`,
        ms: Number(p95.toFixed(2)),
        target: `< ${TARGET_MS} ms`,
        status: p95 < TARGET_MS ? "ok" : "OVER",
      },
      { step: "slowest", ms: Number((sorted[sorted.length - 1] ?? 0).toFixed(2)), target: "", status: "" },
    ]);
    if ((await db.reviewLog.count({ where: { attemptId } })) !== ANSWERS)
      throw new Error("the bench did not log every answer once");
  } finally {
    await db.$disconnect();
    await database.drop();
  }
}
