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

// ───────────── Forum ─────────────

/** Who is acting in the forum (a SessionUser fits); null when signed out. */
export type ForumActor = { id: string; role: "USER" | "MODERATOR" } | null;
type PostFacts = { authorId: string; deletedAt: Date | null; hiddenAt: Date | null };
type ThreadFacts = { authorId: string | null; lockedAt: Date | null };

/** Moderators hide posts and lock threads. */
export function canModerate(actor: ForumActor): boolean {
  return actor?.role === "MODERATOR";
}

/** A post that is neither deleted nor hidden: the only kind anyone can vote on, accept, edit or report. */
export function isPostLive(post: PostFacts): boolean {
  return post.deletedAt === null && post.hiddenAt === null;
}

export function isPostAuthor(actor: ForumActor, post: Pick<PostFacts, "authorId">): boolean {
  return actor !== null && actor.id === post.authorId;
}

/** Anyone signed in may ask, answer and reply, unless the thread is locked (moderators unlock first). */
export function canPostInThread(actor: ForumActor, thread: Pick<ThreadFacts, "lockedAt"> | null): boolean {
  return actor !== null && (thread === null || thread.lockedAt === null);
}

/** A reply goes under a live post of an open thread (a deleted or hidden post offers no reply). */
export function canReplyToPost(
  actor: ForumActor,
  post: PostFacts,
  thread: Pick<ThreadFacts, "lockedAt"> | null,
): boolean {
  return canPostInThread(actor, thread) && isPostLive(post);
}

/** Only the author edits, only while the post is live and the thread open. */
export function canEditPost(actor: ForumActor, post: PostFacts, thread: Pick<ThreadFacts, "lockedAt">): boolean {
  return isPostAuthor(actor, post) && isPostLive(post) && thread.lockedAt === null;
}

/** Only the author deletes (soft delete), even in a locked thread: people may always take back their words. */
export function canDeletePost(actor: ForumActor, post: PostFacts): boolean {
  return isPostAuthor(actor, post) && post.deletedAt === null;
}

/** A "helpful" vote is for someone else's live post. */
export function canVotePost(actor: ForumActor, post: PostFacts): boolean {
  return actor !== null && !isPostAuthor(actor, post) && isPostLive(post);
}

/** The thread's author (who asked first) accepts someone else's live post. */
export function canAcceptAnswer(actor: ForumActor, post: PostFacts, thread: Pick<ThreadFacts, "authorId">): boolean {
  return actor !== null && thread.authorId === actor.id && !isPostAuthor(actor, post) && isPostLive(post);
}

/** Anyone signed in reports someone else's live post (a hidden one is already with the moderators). */
export function canReportPost(actor: ForumActor, post: PostFacts): boolean {
  return actor !== null && !isPostAuthor(actor, post) && isPostLive(post);
}

// ───────────── Simulator ─────────────

/** What the database says about a viewer and one question (see lib/server/netsim/get-player-scenario.ts). */
export type ScenarioAccessFacts = { hasGradedItem: boolean; isInRunningExam: boolean };

/**
 * The player's per-choice verdicts reveal the key, so a question's scenario is shown only to someone whose own
 * answer to it has been graded, and never while that question sits in one of their mock exams still running.
 */
export function canViewScenario(facts: ScenarioAccessFacts): boolean {
  return facts.hasGradedItem && !facts.isInRunningExam;
}
