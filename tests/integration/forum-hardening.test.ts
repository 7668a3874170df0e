// Issue #10, findings 1, 3, 6 and 7 (forum side), against PostgreSQL: concurrent transitions leave consistent counts
// and one accepted answer; pathological Markdown is measured before parsing and refused, and pages never parse a post;
// NUL bytes are a field error; threads of a question in the viewer's running exam stay closed to them.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import type { SessionUser } from "@/lib/auth/dto";
import * as renderMarkdown from "@/lib/forum/render-post";
import { db } from "@/lib/db";
import { createPost } from "@/lib/server/forum/create-post";
import { deletePost } from "@/lib/server/forum/delete-post";
import { getThreadPage } from "@/lib/server/forum/get-thread-page";
import { listRecentPosts } from "@/lib/server/forum/list-recent-posts";
import { createPostSchema } from "@/lib/forum/schemas";
import { setAccepted } from "@/lib/server/forum/set-accepted";
import { setHidden } from "@/lib/server/forum/set-hidden";
import { createBareQuestion, createOneDomainExam } from "./forum-fixtures";

const prefix = "fh";
const examId = `${prefix}-exam`;
const ids = Array.from({ length: 6 }, (_, i) => `${prefix}-${String(i + 1).padStart(4, "0")}`);
const [deleteQ, acceptQ, firstQ, hideQ, markdownQ, examQ] = ids as [string, string, string, string, string, string];
let users: SessionUser[] = [];
let moderator: SessionUser;

async function user(email: string, role: "USER" | "MODERATOR" = "USER"): Promise<SessionUser> {
  return db.user.create({
    data: { email, name: email.split("@")[0] ?? null, role },
    select: { id: true, name: true, role: true },
  });
}

const refusal = (result: PromiseSettledResult<unknown>) =>
  result.status === "rejected" && result.reason instanceof AppError ? errorText(result.reason, "en") : null;

beforeAll(async () => {
  await createOneDomainExam(examId, "FH", { ja: "堅牢化", en: "Hardening" }, 1);
  for (const id of ids) await createBareQuestion(examId, id);
  users = await Promise.all(Array.from({ length: 12 }, (_, i) => user(`u${i}-fh@example.test`)));
  moderator = await user("mod-fh@example.test", "MODERATOR");
});

afterAll(async () => {
  await db.thread.deleteMany({ where: { question: { examId } } });
  await db.attempt.deleteMany({ where: { examId } });
  await db.question.deleteMany({ where: { examId } });
  await db.exam.deleteMany({ where: { id: examId } });
  await db.user.deleteMany({ where: { email: { endsWith: "-fh@example.test" } } });
  await db.rateLimit.deleteMany({ where: { key: { startsWith: "post:user:" } } });
});

describe("forum races (finding 3)", () => {
  it("20 concurrent deletes of one post: one succeeds, the others are told it is gone, the count drops by one", async () => {
    const author = users[0] as SessionUser;
    const others = users.slice(1, 10);
    let doomed = "";
    for (const [i, poster] of [author, ...others].entries()) {
      const created = await createPost(poster, { questionId: deleteQ, body: `post ${i}` }, { now: new Date() });
      if (i === 0) doomed = created.postId;
    }
    expect((await db.thread.findUniqueOrThrow({ where: { questionId: deleteQ } })).postCount).toBe(10);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => deletePost(author, { postId: doomed }, { now: new Date() })),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((result) => refusal(result)?.match(/deleted or hidden/))).toHaveLength(19);
    expect((await db.thread.findUniqueOrThrow({ where: { questionId: deleteQ } })).postCount).toBe(9);
  });

  it("concurrent hides and shows of one post keep the count equal to the live posts", async () => {
    const posts = [];
    for (const poster of users.slice(0, 4))
      posts.push((await createPost(poster, { questionId: hideQ, body: "hide me" }, { now: new Date() })).postId);
    const target = posts[1] as string;
    await Promise.allSettled(
      Array.from({ length: 10 }, () => setHidden(moderator, { postId: target, isHidden: true }, { now: new Date() })),
    );
    expect((await db.thread.findUniqueOrThrow({ where: { questionId: hideQ } })).postCount).toBe(3);
    await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        setHidden(moderator, { postId: target, isHidden: i % 2 === 0 }, { now: new Date() }),
      ),
    );
    const live = await db.post.count({ where: { thread: { questionId: hideQ }, deletedAt: null, hiddenAt: null } });
    expect((await db.thread.findUniqueOrThrow({ where: { questionId: hideQ } })).postCount).toBe(live);
  });

  it("9 concurrent accepts of different posts leave exactly one accepted answer", async () => {
    const asker = users[0] as SessionUser;
    await createPost(asker, { questionId: acceptQ, body: "質問" }, { now: new Date() });
    const answers: string[] = [];
    for (const answerer of users.slice(1, 10))
      answers.push((await createPost(answerer, { questionId: acceptQ, body: "回答" }, { now: new Date() })).postId);
    const results = await Promise.allSettled(answers.map((postId) => setAccepted(asker, { postId, isAccepted: true })));
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    expect(await db.post.count({ where: { thread: { questionId: acceptQ }, isAccepted: true } })).toBe(1);
  });

  it("the database itself refuses a second accepted answer in a thread", async () => {
    const thread = await db.thread.findUniqueOrThrow({ where: { questionId: acceptQ }, select: { id: true } });
    const notAccepted = await db.post.findFirstOrThrow({
      where: { threadId: thread.id, isAccepted: false },
      select: { id: true },
    });
    await expect(db.post.update({ where: { id: notAccepted.id }, data: { isAccepted: true } })).rejects.toThrow();
  });

  it("10 users making the first post of a thread at once: all 10 posts land in one thread", async () => {
    const posters = users.slice(2, 12);
    const results = await Promise.allSettled(
      posters.map((poster, i) => createPost(poster, { questionId: firstQ, body: `first ${i}` }, { now: new Date() })),
    );
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    const thread = await db.thread.findUniqueOrThrow({ where: { questionId: firstQ } });
    expect(thread.postCount).toBe(10);
    expect(posters.map((poster) => poster.id)).toContain(thread.authorId);
    expect(await db.post.count({ where: { threadId: thread.id } })).toBe(10);
  });
});

describe("Markdown is parsed once, within a budget (finding 1)", () => {
  it("refuses the issue's pathological posts with a message, before parsing them", async () => {
    const parse = vi.spyOn(renderMarkdown, "parseMarkdown");
    for (const body of [
      "*_".repeat(5000),
      "> ".repeat(4000),
      "- a\n".repeat(2000),
      "[a](".repeat(2000),
      "~a".repeat(4000),
      "|a".repeat(4000),
    ]) {
      const error = await createPost(
        users[0] as SessionUser,
        { questionId: markdownQ, body },
        { now: new Date() },
      ).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect(errorText(error as AppError, "en")).toMatch(/too many formatting marks/);
    }
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    await db.rateLimit.deleteMany({ where: { key: `post:user:${users[0]?.id}` } });
  });

  it("stores HTML, excerpt and simulator links at write time; the thread page and /forum parse nothing", async () => {
    const body =
      "See [the replay](/questions/saa-0001/simulate?choices=A&step=2) **now**\n\n```\n" + "*_".repeat(3000) + "\n```";
    const { postId } = await createPost(users[1] as SessionUser, { questionId: markdownQ, body }, { now: new Date() });
    const row = await db.post.findUniqueOrThrow({ where: { id: postId } });
    expect(row.excerpt.startsWith("See the replay now")).toBe(true);
    expect(row.simulatorLinks).toEqual([
      {
        kind: "question",
        href: "/questions/saa-0001/simulate?choices=A&step=2",
        questionId: "saa-0001",
        choices: ["A"],
        os: null,
        step: 2,
        seed: null,
      },
    ]);
    const parse = vi.spyOn(renderMarkdown, "parseMarkdown");
    const page = await getThreadPage(users[2] as SessionUser, markdownQ, 1);
    const recent = await listRecentPosts(1);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(page?.posts[0]?.simulatorLinks.map((link) => link.href)).toEqual([
      "/questions/saa-0001/simulate?choices=A&step=2",
    ]);
    expect(page?.posts[0]?.bodyHtml).toContain("<strong>now</strong>");
    expect(recent.posts.find((post) => post.id === postId)?.excerpt).toBe(row.excerpt);
  });
});

describe("bad input in posts (finding 7)", () => {
  it("a NUL byte or another control character is a field error, not a database error", () => {
    for (const body of ["abc\u0000def", "\u0007bell"]) {
      const parsed = createPostSchema.safeParse({ questionId: markdownQ, body });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe("controlCharacters");
    }
    expect(createPostSchema.safeParse({ questionId: markdownQ, body: "tab\tand\nnewline" }).success).toBe(true);
  });
});

describe("a running exam closes its questions' threads to its candidate (finding 6)", () => {
  it("hides the posts, refuses posting, leaves the thread out of /forum; others still read it", async () => {
    const [candidate, other] = [users[3] as SessionUser, users[4] as SessionUser];
    const { postId } = await createPost(other, { questionId: examQ, body: "答えは A です" }, { now: new Date() });
    await db.attempt.create({
      data: {
        userId: candidate.id,
        examId,
        mode: "EXAM",
        options: {},
        deadlineAt: new Date(Date.now() + 3_600_000),
        total: 1,
        items: { create: [{ position: 0, questionId: examQ }] },
      },
    });
    const forCandidate = await getThreadPage(candidate, examQ, 1);
    expect(forCandidate?.isExamLocked).toBe(true);
    expect(forCandidate?.posts).toEqual([]);
    expect(forCandidate?.canPost).toBe(false);
    await expect(createPost(candidate, { questionId: examQ, body: "質問" }, { now: new Date() })).rejects.toMatchObject(
      {
        code: "forum.errors.examRunning",
      },
    );
    expect((await listRecentPosts(1, candidate)).posts.some((post) => post.id === postId)).toBe(false);
    expect((await getThreadPage(other, examQ, 1))?.posts.map((post) => post.id)).toEqual([postId]);
    expect((await listRecentPosts(1, other)).posts.some((post) => post.id === postId)).toBe(true);
  });
});
