-- Variants (類題): a question's declared variables (front matter `variables:`, written by the seed), and the seed of the
-- variant a review or drill item served, so its report, replay and forum link show exactly what the learner saw.

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "variables" JSONB;

-- AlterTable
ALTER TABLE "AttemptItem" ADD COLUMN     "variantSeed" INTEGER;
