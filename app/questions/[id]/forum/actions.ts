"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { createAction, createFormAction } from "@/lib/action";
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

// Every forum write: the wrapper resolves the user and validates; the use case checks the permission itself.
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

/** Posts; the composer then opens the page the new post is on, scrolled to it. */
export const createPostAction = createFormAction(
  createAction({ schema: createPostSchema, requireUser: true }, async (input, { user }) => {
    const created = await createPost(user, input, { siteHost: await siteHost() });
    refresh(input.questionId);
    return { postId: created.postId, page: created.page };
  }),
);

export const editPostAction = createFormAction(
  createAction({ schema: editPostSchema, requireUser: true }, async (input, { user }) => {
    const result = await editPost(user, input, { siteHost: await siteHost() });
    refresh(result.questionId);
    return { postId: result.postId };
  }),
);

export const deletePostAction = createFormAction(
  createAction({ schema: postRefSchema, requireUser: true }, async (input, { user }) => {
    const result = await deletePost(user, input);
    refresh(result.questionId);
    return { postId: result.postId };
  }),
);

export const setVoteAction = createFormAction(
  createAction({ schema: setVoteSchema, requireUser: true }, async (input, { user }) => {
    const result = await setVote(user, input);
    refresh(result.questionId);
    return { voteCount: result.voteCount };
  }),
);

export const setAcceptedAction = createFormAction(
  createAction({ schema: setAcceptedSchema, requireUser: true }, async (input, { user }) => {
    refresh((await setAccepted(user, input)).questionId);
  }),
);

export const setHiddenAction = createFormAction(
  createAction({ schema: setHiddenSchema, requireUser: true }, async (input, { user }) => {
    refresh((await setHidden(user, input)).questionId);
  }),
);

export const setLockedAction = createFormAction(
  createAction({ schema: setLockedSchema, requireUser: true }, async (input, { user }) => {
    refresh((await setThreadLocked(user, input)).questionId);
  }),
);

export const reportPostAction = createFormAction(
  createAction({ schema: reportPostSchema, requireUser: true }, async (input, { user }) => {
    refresh((await reportPost(user, input)).questionId);
  }),
);

/** "Report an error in this question": files the report for the moderators' queue. */
export const reportQuestionAction = createFormAction(
  createAction({ schema: reportQuestionSchema, requireUser: true }, async (input, { user }) => {
    await reportQuestionError(user, input);
    revalidatePath("/moderation");
  }),
);
