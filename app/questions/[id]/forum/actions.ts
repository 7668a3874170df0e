"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import type { z } from "zod";
import { createAction, createFormAction } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/dto";
import { reportQuestionError } from "@/lib/server/community/report-question-error";
import { reportQuestionSchema } from "@/lib/community/schemas";
import { createPost } from "@/lib/server/forum/create-post";
import { deletePost } from "@/lib/server/forum/delete-post";
import { editPost } from "@/lib/server/forum/edit-post";
import { reportPost } from "@/lib/server/forum/report-post";
import {
  createPostSchema,
  editPostSchema,
  postRefSchema,
  reportPostSchema,
  setAcceptedSchema,
  setHiddenSchema,
  setLockedSchema,
  setVoteSchema,
} from "@/lib/forum/schemas";
import { setAccepted } from "@/lib/server/forum/set-accepted";
import { setHidden } from "@/lib/server/forum/set-hidden";
import { setThreadLocked } from "@/lib/server/forum/set-thread-locked";
import { setVote } from "@/lib/server/forum/set-vote";

const threadPath = (questionId: string) => `/questions/${questionId}/forum`;

/** The host the reader used, so absolute links to this site in a post become replay cards (stored at write time). */
async function siteHost(): Promise<string | null> {
  return (await headers()).get("host");
}

function refresh(questionId: string): void {
  revalidatePath(threadPath(questionId));
  revalidatePath(`/questions/${questionId}`);
  revalidatePath("/forum");
}

/**
 * One forum write: the wrapper resolves the user and validates, the use case checks the permission and writes, then
 * the thread's pages are refreshed and `reply` picks what the browser gets back.
 */
function forumWriteAction<S extends z.ZodType, R extends { questionId: string }, T = void>(
  schema: S,
  write: (user: SessionUser, input: z.infer<S>, clock: { now: Date }) => Promise<R>,
  reply: (result: R) => T = () => undefined as T,
) {
  return createFormAction(
    createAction({ schema, requireUser: true }, async (input, { user, now }) => {
      const result = await write(user, input, { now });
      refresh(result.questionId);
      return reply(result);
    }),
  );
}

/** Posts; the composer then opens the page the new post is on, scrolled to it. */
export const createPostAction = forumWriteAction(
  createPostSchema,
  async (user, input, { now }) => ({
    ...(await createPost(user, input, { now, siteHost: await siteHost() })),
    questionId: input.questionId,
  }),
  ({ postId, page }) => ({ postId, page }),
);

export const editPostAction = forumWriteAction(
  editPostSchema,
  async (user, input, { now }) => editPost(user, input, { now, siteHost: await siteHost() }),
  ({ postId }) => ({ postId }),
);

export const deletePostAction = forumWriteAction(postRefSchema, deletePost, ({ postId }) => ({ postId }));
export const setVoteAction = forumWriteAction(setVoteSchema, setVote, ({ voteCount }) => ({ voteCount }));
export const setAcceptedAction = forumWriteAction(setAcceptedSchema, setAccepted);
export const setHiddenAction = forumWriteAction(setHiddenSchema, setHidden);
export const setLockedAction = forumWriteAction(setLockedSchema, setThreadLocked);
export const reportPostAction = forumWriteAction(reportPostSchema, reportPost);

/** "Report an error in this question": files the report for the moderators' queue. */
export const reportQuestionAction = createFormAction(
  createAction({ schema: reportQuestionSchema, requireUser: true }, async (input, { user, now }) => {
    await reportQuestionError(user, input, now);
    revalidatePath("/moderation");
  }),
);
