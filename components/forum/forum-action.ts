import type { ActionResult } from "@/lib/action-result";

/** The shape of every forum form action (useActionState): previous result and the form's data in, a result out. */
export type FormAction<T = unknown> = (state: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/** The forum's server actions, handed from the thread page to its client components. */
export type ForumActions = {
  createPost: FormAction<{ postId: string; page: number }>;
  editPost: FormAction<{ postId: string }>;
  deletePost: FormAction<{ postId: string }>;
  setVote: FormAction<{ voteCount: number }>;
  setAccepted: FormAction<void>;
  setHidden: FormAction<void>;
  reportPost: FormAction<void>;
};
