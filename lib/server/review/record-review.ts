import "server-only";
import { db } from "@/lib/db";
import { scheduleReview, type CardBefore, type ReviewInput } from "@/lib/review/schedule-review";

export type { ReviewInput } from "@/lib/review/schedule-review";

/**
 * The spaced-review step after grading, on the app's database (see scheduleReview). `known`: the card as the caller
 * read it just before (the practice answer's grading statement does), so this step is one write.
 */
export async function recordReview(input: ReviewInput, at: Date, known?: { card: CardBefore }): Promise<boolean> {
  return scheduleReview(db, input, at, known);
}
