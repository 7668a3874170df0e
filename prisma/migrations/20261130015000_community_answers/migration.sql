-- Community answers beside the key: the answer set a post states, and readers' error reports on questions.
ALTER TABLE "Post" ADD COLUMN "answerSet" TEXT[] DEFAULT ARRAY[]::TEXT[];

CREATE TYPE "QuestionReportReason" AS ENUM ('WRONG_KEY', 'OUTDATED', 'TYPO', 'UNCLEAR');

CREATE TABLE "QuestionReport" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reason" "QuestionReportReason" NOT NULL,
    "details" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,

    CONSTRAINT "QuestionReport_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "QuestionReport_resolvedAt_createdAt_idx" ON "QuestionReport"("resolvedAt", "createdAt");
CREATE INDEX "QuestionReport_questionId_idx" ON "QuestionReport"("questionId");

ALTER TABLE "QuestionReport" ADD CONSTRAINT "QuestionReport_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "QuestionReport" ADD CONSTRAINT "QuestionReport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "QuestionReport" ADD CONSTRAINT "QuestionReport_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
