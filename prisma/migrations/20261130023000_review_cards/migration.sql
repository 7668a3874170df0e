-- Spaced review (FSRS): a memory state per user and question, a log of graded answers, and the user's daily limit.

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "dailyReviewLimit" INTEGER NOT NULL DEFAULT 20;

-- CreateTable
CREATE TABLE "ReviewCard" (
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "due" TIMESTAMP(3) NOT NULL,
    "stability" DOUBLE PRECISION NOT NULL,
    "difficulty" DOUBLE PRECISION NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "lastReview" TIMESTAMP(3),
    "wrongCount" INTEGER NOT NULL DEFAULT 0,
    "lastIsCorrect" BOOLEAN NOT NULL DEFAULT false,
    "isLeech" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ReviewCard_pkey" PRIMARY KEY ("userId","questionId")
);

-- CreateTable
CREATE TABLE "ReviewLog" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "rating" INTEGER NOT NULL,
    "isCorrect" BOOLEAN NOT NULL,
    "stateBefore" INTEGER NOT NULL,
    "recallBefore" DOUBLE PRECISION,
    "reviewedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewCard_userId_due_idx" ON "ReviewCard"("userId", "due");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewLog_attemptId_position_key" ON "ReviewLog"("attemptId", "position");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_reviewedAt_idx" ON "ReviewLog"("userId", "reviewedAt");

-- AddForeignKey
ALTER TABLE "ReviewCard" ADD CONSTRAINT "ReviewCard_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewCard" ADD CONSTRAINT "ReviewCard_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewLog" ADD CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Misconceptions: the catalogue and the wrong choices that play on each (seeded from content/).

-- CreateTable
CREATE TABLE "Misconception" (
    "id" TEXT NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "explanationJa" TEXT NOT NULL,
    "explanationEn" TEXT NOT NULL,

    CONSTRAINT "Misconception_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChoiceMisconception" (
    "questionId" TEXT NOT NULL,
    "letter" TEXT NOT NULL,
    "misconceptionId" TEXT NOT NULL,

    CONSTRAINT "ChoiceMisconception_pkey" PRIMARY KEY ("questionId","letter")
);

-- CreateIndex
CREATE INDEX "ChoiceMisconception_misconceptionId_idx" ON "ChoiceMisconception"("misconceptionId");

-- AddForeignKey
ALTER TABLE "ChoiceMisconception" ADD CONSTRAINT "ChoiceMisconception_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChoiceMisconception" ADD CONSTRAINT "ChoiceMisconception_misconceptionId_fkey" FOREIGN KEY ("misconceptionId") REFERENCES "Misconception"("id") ON DELETE CASCADE ON UPDATE CASCADE;
