import "server-only";
import { db } from "@/lib/db";
import { scheduleReview, type ReviewInput } from "@/lib/review/schedule-review";

export type { ReviewInput } from "@/lib/review/schedule-review";

/** The spaced-review step after grading, on the app's database (see scheduleReview). */
export async function recordReview(input: ReviewInput, at: Date): Promise<boolean> {
  return scheduleReview(db, input, at);
}
