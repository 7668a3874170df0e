// Authorization as named predicates (habit 3), checked inside the use cases. Pure: no database, no request.

// ───────────── Quiz attempts ─────────────

/** Who is asking about an attempt: a signed-in user, and/or the hashed token of a signed-out practice cookie. */
export type AttemptRequester = { userId: string | null; anonKeyHash: string | null };
type AttemptOwnership = { userId: string | null; anonKeyHash: string | null };

/** Only the owner sees an attempt: its user, or for a signed-out practice round the holder of its cookie token. */
export function canViewAttempt(requester: AttemptRequester, attempt: AttemptOwnership): boolean {
  if (attempt.userId !== null) return requester.userId === attempt.userId;
  return attempt.anonKeyHash !== null && requester.anonKeyHash === attempt.anonKeyHash;
}

/** Answering, flagging and submitting are for the owner too (the deadline and status are checked by the use case). */
export function canActOnAttempt(requester: AttemptRequester, attempt: AttemptOwnership): boolean {
  return canViewAttempt(requester, attempt);
}

/** Exam mode and history keep attempts per user: they need an account. */
export function canTakeExam(requester: AttemptRequester): boolean {
  return requester.userId !== null;
}
