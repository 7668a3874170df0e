"use server";
import { redirect } from "next/navigation";
import { createAction, createFormAction } from "@/lib/action";
import { answerSchema, attemptIdSchema, startPracticeSchema } from "@/lib/quiz/schemas";
import { endPracticeRound } from "@/lib/server/quiz/end-practice-round";
import { ensureAnonKeyHash } from "@/lib/server/quiz/ensure-anon-key-hash";
import { requesterFrom } from "@/lib/server/quiz/requester-from";
import { startPractice } from "@/lib/server/quiz/start-practice";
import { answerPracticeAndReview } from "@/lib/server/review/answer-practice-and-review";

/** Starts a round (signed out: owned by a new httpOnly cookie token) and opens its first question. */
export const startPracticeAction = createFormAction(
  createAction({ schema: startPracticeSchema }, async (input, { user }) => {
    const anonKeyHash = user ? null : await ensureAnonKeyHash();
    const attemptId = await startPractice({ userId: user?.id ?? null, anonKeyHash }, input);
    redirect(`/practice/${attemptId}`);
  }),
);

/**
 * Grades one answer, then moves the learner's review schedule; the reply carries the key and explanations of that
 * question only. The session is checked by the grading statement itself (one round trip for both, issue #16): a
 * session that is not live answers as signed out, which cannot act on a signed-in learner's round.
 */
export const answerPracticeAction = createAction(
  { schema: answerSchema, session: "in-use-case" },
  async (input, { session, locale, now }) => {
    const requester = await requesterFrom("user" in session ? session.user : null);
    // Checked at the real time, as getSessionUser does (`now` may be the e2e test clock, days ahead).
    const checked = "sessionId" in session ? { id: session.sessionId, at: new Date() } : null;
    return answerPracticeAndReview({ ...requester, session: checked }, input, locale, now);
  },
);

/** Ends a round early and shows its summary. */
export const endPracticeAction = createFormAction(
  createAction({ schema: attemptIdSchema }, async (input, { user, now }) => {
    await endPracticeRound(await requesterFrom(user), input.attemptId, now);
    redirect(`/practice/${input.attemptId}`);
  }),
);
