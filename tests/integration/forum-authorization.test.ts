// The forum's use cases against PostgreSQL: the happy path of a thread, and every refusal the issue names (another
// user's post, voting twice, a locked thread, signed out, not a moderator), each with its message and no change.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
// Use cases take the user as an argument; the Auth.js session module (Next's runtime) is not needed.
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import type { SessionUser } from "@/lib/auth/dto";
import { db } from "@/lib/db";
import { createPost } from "@/lib/server/forum/create-post";
import { deletePost } from "@/lib/server/forum/delete-post";
import { editPost } from "@/lib/server/forum/edit-post";
import { findPostLocation } from "@/lib/server/forum/find-post-location";
import { getThreadPage } from "@/lib/server/forum/get-thread-page";
import { listRecentPosts } from "@/lib/server/forum/list-recent-posts";
import { reportPost } from "@/lib/server/forum/report-post";
import { createPostSchema } from "@/lib/forum/schemas";
import { setAccepted } from "@/lib/server/forum/set-accepted";
import { setHidden } from "@/lib/server/forum/set-hidden";
import { setThreadLocked } from "@/lib/server/forum/set-thread-locked";
import { setVote } from "@/lib/server/forum/set-vote";
import { createBareQuestion, createOneDomainExam } from "./forum-fixtures";

const prefix = "fa";
const examId = `${prefix}-exam`;
const questionId = `${prefix}-0001`;
const lockedQuestionId = `${prefix}-0002`;
const pagedQuestionId = `${prefix}-0003`;
let asker: SessionUser;
let answerer: SessionUser;
let stranger: SessionUser;
let moderator: SessionUser;

async function user(email: string, role: "USER" | "MODERATOR" = "USER"): Promise<SessionUser> {
  const row = await db.user.create({
    data: { email, name: email.split("@")[0] ?? null, role },
    select: { id: true, name: true, role: true },
  });
  return row;
}

/** Rejects with an AppError whose English text matches. */
async function refused(promise: Promise<unknown>, message: RegExp): Promise<void> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect(errorText(error as AppError, "en")).toMatch(message);
  expect(errorText(error as AppError, "ja").length).toBeGreaterThan(0);
}

/** Everything a refused action could have touched, to compare before and after. */
async function snapshot() {
  const [posts, votes, thread, reports] = await Promise.all([
    db.post.findMany({ where: { thread: { question: { examId } } }, orderBy: { id: "asc" } }),
    db.vote.findMany({
      where: { post: { thread: { question: { examId } } } },
      orderBy: [{ postId: "asc" }, { userId: "asc" }],
    }),
    db.thread.findMany({ where: { question: { examId } }, orderBy: { id: "asc" } }),
    db.report.findMany({ where: { post: { thread: { question: { examId } } } }, orderBy: { id: "asc" } }),
  ]);
  return { posts, votes, thread, reports };
}

beforeAll(async () => {
  await createOneDomainExam(examId, "FA", { ja: "フォーラム", en: "Forum" }, 2);
  for (const id of [questionId, lockedQuestionId, pagedQuestionId]) {
    await createBareQuestion(examId, id);
  }
  [asker, answerer, stranger, moderator] = await Promise.all([
    user("asker-fa@example.test"),
    user("answerer-fa@example.test"),
    user("stranger-fa@example.test"),
    user("mod-fa@example.test", "MODERATOR"),
  ]);
});

afterAll(async () => {
  await db.thread.deleteMany({ where: { question: { examId } } });
  await db.question.deleteMany({ where: { examId } });
  await db.exam.deleteMany({ where: { id: examId } });
  await db.user.deleteMany({ where: { email: { endsWith: "-fa@example.test" } } });
  await db.rateLimit.deleteMany({ where: { key: { startsWith: "post:user:" } } });
});

describe("a thread's conversation", () => {
  let questionPostId: string;
  let answerPostId: string;

  it("creates the thread with the first post (its author becomes the asker), answers and replies oldest first", async () => {
    const asked = await createPost(
      asker,
      { questionId, body: "NACL のアウトバウンドが **all** なのはなぜ?" },
      { now: new Date() },
    );
    questionPostId = asked.postId;
    const answered = await createPost(
      answerer,
      {
        questionId,
        body: "戻りのパケットは**エフェメラルポート** (1024-65535) 宛てだからです。",
      },
      { now: new Date() },
    );
    answerPostId = answered.postId;
    await createPost(asker, { questionId, body: "なるほど", parentId: answerPostId }, { now: new Date() });
    // A reply to a reply joins the top-level conversation.
    const nested = await db.post.findFirstOrThrow({ where: { parentId: answerPostId }, select: { id: true } });
    const again = await createPost(
      answerer,
      { questionId, body: "どういたしまして", parentId: nested.id },
      { now: new Date() },
    );
    expect((await db.post.findUniqueOrThrow({ where: { id: again.postId } })).parentId).toBe(answerPostId);

    const thread = await db.thread.findUniqueOrThrow({ where: { questionId } });
    expect(thread.authorId).toBe(asker.id);
    expect(thread.postCount).toBe(4);
    const page = await getThreadPage(null, questionId, 1);
    expect(page?.posts.map((post) => post.id)).toEqual([questionPostId, answerPostId]);
    expect(page?.posts[1]?.replies.map((reply) => reply.bodyMd === null && reply.bodyHtml)).toEqual([
      "<p>なるほど</p>",
      "<p>どういたしまして</p>",
    ]);
    expect(page?.posts[0]?.bodyHtml).toBe("<p>NACL のアウトバウンドが <strong>all</strong> なのはなぜ?</p>");
    expect(page?.canPost).toBe(false); // signed out
  });

  it("lets the asker accept someone else's answer, and only one at a time", async () => {
    await setAccepted(asker, { postId: answerPostId, isAccepted: true });
    expect((await db.post.findUniqueOrThrow({ where: { id: answerPostId } })).isAccepted).toBe(true);
    const other = await createPost(stranger, { questionId, body: "別の回答" }, { now: new Date() });
    await setAccepted(asker, { postId: other.postId, isAccepted: true });
    const accepted = await db.post.findMany({
      where: { thread: { questionId }, isAccepted: true },
      select: { id: true },
    });
    expect(accepted).toEqual([{ id: other.postId }]);
    await setAccepted(asker, { postId: answerPostId, isAccepted: true });
  });

  it("toggles a helpful vote: one per user", async () => {
    await setVote(asker, { postId: answerPostId, isHelpful: true });
    expect((await db.post.findUniqueOrThrow({ where: { id: answerPostId } })).voteCount).toBe(1);
    const page = await getThreadPage(asker, questionId, 1);
    expect(page?.posts[1]?.hasVoted).toBe(true);
    await setVote(asker, { postId: answerPostId, isHelpful: false });
    expect((await db.post.findUniqueOrThrow({ where: { id: answerPostId } })).voteCount).toBe(0);
    await setVote(asker, { postId: answerPostId, isHelpful: true });
  });

  it("edits mark the post edited; a soft delete keeps a placeholder and the replies", async () => {
    const editedAt = new Date("2026-01-02T03:04:05Z");
    await editPost(answerer, { postId: answerPostId, body: "戻りは *エフェメラルポート* 宛て。" }, { now: editedAt });
    const edited = await db.post.findUniqueOrThrow({ where: { id: answerPostId } });
    expect(edited.editedAt).toEqual(editedAt);
    expect(edited.bodyHtml).toBe("<p>戻りは <em>エフェメラルポート</em> 宛て。</p>");

    const doomed = await createPost(stranger, { questionId, body: "間違えて投稿" }, { now: new Date() });
    const before = (await db.thread.findUniqueOrThrow({ where: { questionId } })).postCount;
    await deletePost(stranger, { postId: doomed.postId }, { now: new Date() });
    const row = await db.post.findUniqueOrThrow({ where: { id: doomed.postId } });
    expect(row.deletedAt).not.toBeNull();
    expect((await db.thread.findUniqueOrThrow({ where: { questionId } })).postCount).toBe(before - 1);
    const view = (await getThreadPage(asker, questionId, 1))?.posts.find((post) => post.id === doomed.postId);
    expect(view?.state).toBe("deleted");
    expect(view?.bodyHtml).toBeNull();
    expect(view?.author.name).toBeNull();
    expect((await listRecentPosts(1)).posts.some((post) => post.id === doomed.postId)).toBe(false);
  });

  it("a moderator hides a post: readers get a placeholder, the moderator still sees it", async () => {
    const rude = await createPost(stranger, { questionId, body: "rude words" }, { now: new Date() });
    await reportPost(asker, { postId: rude.postId, reason: "abuse" }, { now: new Date() });
    await setHidden(moderator, { postId: rude.postId, isHidden: true }, { now: new Date() });
    const row = await db.post.findUniqueOrThrow({ where: { id: rude.postId } });
    expect(row.hiddenById).toBe(moderator.id);
    const forReader = (await getThreadPage(asker, questionId, 1))?.posts.find((post) => post.id === rude.postId);
    expect(forReader?.state).toBe("hidden");
    expect(forReader?.bodyHtml).toBeNull();
    const forModerator = (await getThreadPage(moderator, questionId, 1))?.posts.find((post) => post.id === rude.postId);
    expect(forModerator?.bodyHtml).toBe("<p>rude words</p>");
    expect(forModerator?.reportCount).toBe(1);
  });

  describe("refusals change nothing", () => {
    it("editing or deleting another user's post", async () => {
      const before = await snapshot();
      await refused(
        editPost(stranger, { postId: answerPostId, body: "hijacked" }, { now: new Date() }),
        /only edit or delete your own/,
      );
      await refused(
        deletePost(stranger, { postId: answerPostId }, { now: new Date() }),
        /only edit or delete your own/,
      );
      await refused(
        editPost(moderator, { postId: answerPostId, body: "moderators do not edit" }, { now: new Date() }),
        /only edit or delete your own/,
      );
      expect(await snapshot()).toEqual(before);
    });

    it("voting twice, un-voting without a vote, voting for yourself", async () => {
      const before = await snapshot();
      await refused(setVote(asker, { postId: answerPostId, isHelpful: true }), /already marked this post helpful/);
      await refused(setVote(stranger, { postId: answerPostId, isHelpful: false }), /not marked this post helpful/);
      await refused(setVote(answerer, { postId: answerPostId, isHelpful: true }), /your own post/);
      expect(await snapshot()).toEqual(before);
    });

    it("two concurrent votes by the same user count once", async () => {
      const results = await Promise.allSettled([
        setVote(stranger, { postId: answerPostId, isHelpful: true }),
        setVote(stranger, { postId: answerPostId, isHelpful: true }),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect(await db.vote.count({ where: { postId: answerPostId, userId: stranger.id } })).toBe(1);
      expect((await db.post.findUniqueOrThrow({ where: { id: answerPostId } })).voteCount).toBe(
        await db.vote.count({ where: { postId: answerPostId } }),
      );
    });

    it("accepting when you are not the asker, or accepting your own post", async () => {
      const before = await snapshot();
      await refused(setAccepted(stranger, { postId: answerPostId, isAccepted: false }), /Only the person who asked/);
      await refused(setAccepted(asker, { postId: questionPostId, isAccepted: true }), /cannot accept your own/);
      expect(await snapshot()).toEqual(before);
    });

    it("posting or editing in a locked thread", async () => {
      const first = await createPost(asker, { questionId: lockedQuestionId, body: "質問" }, { now: new Date() });
      await setThreadLocked(moderator, { questionId: lockedQuestionId, isLocked: true }, { now: new Date() });
      const before = await snapshot();
      await refused(
        createPost(answerer, { questionId: lockedQuestionId, body: "回答" }, { now: new Date() }),
        /locked/,
      );
      await refused(
        createPost(moderator, { questionId: lockedQuestionId, body: "モデレーターも" }, { now: new Date() }),
        /locked/,
      );
      await refused(editPost(asker, { postId: first.postId, body: "編集" }, { now: new Date() }), /locked/);
      expect(await snapshot()).toEqual(before);
      await setThreadLocked(moderator, { questionId: lockedQuestionId, isLocked: false }, { now: new Date() });
      await createPost(answerer, { questionId: lockedQuestionId, body: "ロック解除後の回答" }, { now: new Date() });
    });

    it("a thread locked before its first post gets the first poster as its author once unlocked", async () => {
      const id = "fa-0004";
      await createBareQuestion(examId, id);
      await setThreadLocked(moderator, { questionId: id, isLocked: true }, { now: new Date() });
      await refused(createPost(asker, { questionId: id, body: "質問" }, { now: new Date() }), /locked/);
      expect(await db.thread.findUniqueOrThrow({ where: { questionId: id } })).toMatchObject({
        authorId: null,
        postCount: 0,
      });
      await setThreadLocked(moderator, { questionId: id, isLocked: false }, { now: new Date() });
      await createPost(asker, { questionId: id, body: "質問" }, { now: new Date() });
      expect(await db.thread.findUniqueOrThrow({ where: { questionId: id } })).toMatchObject({
        authorId: asker.id,
        postCount: 1,
      });
    });

    it("acting while signed out", async () => {
      const before = await snapshot();
      await refused(createPost(null, { questionId, body: "anonymous" }, { now: new Date() }), /sign in/i);
      await refused(editPost(null, { postId: answerPostId, body: "anonymous" }, { now: new Date() }), /sign in/i);
      await refused(deletePost(null, { postId: answerPostId }, { now: new Date() }), /sign in/i);
      await refused(setVote(null, { postId: answerPostId, isHelpful: true }), /sign in/i);
      await refused(setAccepted(null, { postId: answerPostId, isAccepted: true }), /sign in/i);
      await refused(setHidden(null, { postId: answerPostId, isHidden: true }, { now: new Date() }), /sign in/i);
      await refused(reportPost(null, { postId: answerPostId, reason: "spam" }, { now: new Date() }), /sign in/i);
      expect(await snapshot()).toEqual(before);
    });

    it("moderating without the role; reporting twice or your own post", async () => {
      const before = await snapshot();
      await refused(setHidden(asker, { postId: answerPostId, isHidden: true }, { now: new Date() }), /Only moderators/);
      await refused(setThreadLocked(asker, { questionId, isLocked: true }, { now: new Date() }), /Only moderators/);
      await reportPost(stranger, { postId: answerPostId, reason: "spam" }, { now: new Date() });
      const reported = await snapshot();
      expect(reported.reports.length).toBe(before.reports.length + 1);
      await refused(
        reportPost(stranger, { postId: answerPostId, reason: "other" }, { now: new Date() }),
        /already reported/,
      );
      await refused(
        reportPost(answerer, { postId: answerPostId, reason: "spam" }, { now: new Date() }),
        /your own post/,
      );
      expect(await snapshot()).toEqual(reported);
    });

    it("a reply whose parent is in another thread, and an unknown question", async () => {
      const before = await snapshot();
      await refused(
        createPost(asker, { questionId: lockedQuestionId, body: "x", parentId: answerPostId }, { now: new Date() }),
        /not in this thread/,
      );
      await refused(createPost(asker, { questionId: "fa-9999", body: "x" }, { now: new Date() }), /not found/);
      expect(await snapshot()).toEqual(before);
    });
  });
});

describe("limits", () => {
  it("validates the body: empty, whitespace and over 10,000 characters are refused with a field key", () => {
    expect(createPostSchema.safeParse({ questionId, body: "   \n " }).error?.issues[0]?.message).toBe("required");
    expect(createPostSchema.safeParse({ questionId, body: "あ".repeat(10_001) }).error?.issues[0]?.message).toBe(
      "tooLong",
    );
    expect(createPostSchema.safeParse({ questionId, body: "あ".repeat(10_000) }).success).toBe(true);
    expect(createPostSchema.safeParse({ questionId: "../etc", body: "x" }).success).toBe(false);
  });

  it("limits posting per user (10 per 10 minutes), in PostgreSQL, without writing the refused post", async () => {
    const poster = await user("poster-fa@example.test");
    const now = new Date("2026-03-01T00:00:00Z");
    for (let i = 0; i < 10; i += 1)
      await createPost(poster, { questionId: lockedQuestionId, body: `post ${i}` }, { now });
    await refused(
      createPost(poster, { questionId: lockedQuestionId, body: "one too many" }, { now }),
      /Too many posts/,
    );
    expect(await db.post.count({ where: { authorId: poster.id } })).toBe(10);
    // A new window opens after ten minutes.
    await createPost(
      poster,
      { questionId: lockedQuestionId, body: "later" },
      { now: new Date(now.getTime() + 10 * 60_000 + 1) },
    );
    expect(await db.post.count({ where: { authorId: poster.id } })).toBe(11);
  });
});

describe("paging", () => {
  it("lists top-level posts oldest first, 20 a page, clamps the page number, and finds a post's page", async () => {
    const thread = await db.thread.create({ data: { questionId: pagedQuestionId, authorId: asker.id } });
    const start = Date.UTC(2026, 1, 1);
    // Created out of order on purpose: the page must sort by time, not by insertion.
    for (const i of [3, 0, 20, 1, 2, ...Array.from({ length: 16 }, (_, k) => k + 4)]) {
      await db.post.create({
        data: {
          threadId: thread.id,
          authorId: answerer.id,
          bodyMd: `#${i}`,
          bodyHtml: `<p>#${i}</p>`,
          createdAt: new Date(start + i * 1000),
        },
      });
    }
    const first = await getThreadPage(asker, pagedQuestionId, 1);
    expect(first?.pageCount).toBe(2);
    expect(first?.posts.map((post) => post.bodyHtml)).toEqual(Array.from({ length: 20 }, (_, i) => `<p>#${i}</p>`));
    const last = await getThreadPage(asker, pagedQuestionId, 99);
    expect(last?.page).toBe(2);
    expect(last?.posts.map((post) => post.bodyHtml)).toEqual(["<p>#20</p>"]);
    expect((await getThreadPage(asker, pagedQuestionId, Number.NaN))?.page).toBe(1);
    const newest = await db.post.findFirstOrThrow({ where: { threadId: thread.id, bodyMd: "#20" } });
    expect(await findPostLocation(newest.id, 20)).toEqual({ questionId: pagedQuestionId, page: 2 });
  });
});
