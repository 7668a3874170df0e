-- A practice round keeps running counts, so grading one answer is one statement (lib/server/quiz/grade-answer-sql.ts):
-- the item's UPDATE and the round's counter UPDATE serialize on the round's row, and the answer that brings
-- "gradedCount" to "total" closes the round, without recounting the items (which a concurrent answer's snapshot
-- could not see).
ALTER TABLE "Attempt" ADD COLUMN "gradedCount" INTEGER NOT NULL DEFAULT 0;

UPDATE "Attempt" a
SET "gradedCount" = counts.graded,
    "correct" = CASE WHEN a."mode" = 'PRACTICE' AND a."status" = 'IN_PROGRESS' THEN counts.right ELSE a."correct" END
FROM (
  SELECT "attemptId", count(*) FILTER (WHERE "gradedAt" IS NOT NULL)::int AS graded, count(*) FILTER (WHERE "isCorrect")::int AS right
  FROM "AttemptItem"
  GROUP BY "attemptId"
) counts
WHERE counts."attemptId" = a."id";
