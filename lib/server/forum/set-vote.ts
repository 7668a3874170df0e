import "server-only";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/dto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { canVotePost, isPostAuthor } from "@/lib/permissions";
import { loadPostFacts } from "@/lib/server/forum/load-post";

/**
 * Marks someone else's post helpful, or takes the mark back: one vote per user and post (the Vote primary key
 * guarantees it even under concurrent clicks). Voting twice or un-voting without a vote is refused.
 */
export async function setVote(
  actor: SessionUser | null,
  input: { postId: string; isHelpful: boolean },
): Promise<{ voteCount: number; questionId: string }> {
  if (!actor) throw new AppError("actions.signInRequired");
  const post = await loadPostFacts(input.postId);
  if (!canVotePost(actor, post))
    throw new AppError(isPostAuthor(actor, post) ? "forum.errors.cannotVoteOwn" : "forum.errors.postGone");
  try {
    const voteCount = await db.$transaction(async (tx) => {
      if (input.isHelpful) {
        await tx.vote.create({ data: { postId: post.id, userId: actor.id } });
        return (
          await tx.post.update({
            where: { id: post.id },
            data: { voteCount: { increment: 1 } },
            select: { voteCount: true },
          })
        ).voteCount;
      }
      const { count } = await tx.vote.deleteMany({ where: { postId: post.id, userId: actor.id } });
      if (count === 0) throw new AppError("forum.errors.notVoted");
      return (
        await tx.post.update({
          where: { id: post.id },
          data: { voteCount: { decrement: 1 } },
          select: { voteCount: true },
        })
      ).voteCount;
    });
    return { voteCount, questionId: post.thread.questionId };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new AppError("forum.errors.alreadyVoted");
    throw error;
  }
}
