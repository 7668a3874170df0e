-- Fixed mock sets (模擬試験 1–N): the seed writes exam.yaml's `sets` here, and an exam attempt records the set it took.

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "setNumber" INTEGER;

-- CreateTable
CREATE TABLE "ExamSet" (
    "examId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "questionIds" TEXT[],

    CONSTRAINT "ExamSet_pkey" PRIMARY KEY ("examId","number")
);

-- AddForeignKey
ALTER TABLE "ExamSet" ADD CONSTRAINT "ExamSet_examId_fkey" FOREIGN KEY ("examId") REFERENCES "Exam"("id") ON DELETE CASCADE ON UPDATE CASCADE;
