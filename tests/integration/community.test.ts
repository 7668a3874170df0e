// Community answers beside the key, stated answer sets in posts, the key-disagreement list and error reports on
// questions, through the real use cases and PostgreSQL: who may see what, and what each tally counts.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/dto";
import { db } from "@/lib/db";
import type { AttemptRequester } from "@/lib/permissions";
import { findCommunityAnswers } from "@/lib/server/community/find-community-answers";
import { tallyCommunityAnswers } from "@/lib/server/community/tally-community-answers";
import { listKeyDisagreements } from "@/lib/server/community/list-key-disagreements";
import { listQuestionReports } from "@/lib/server/community/list-question-reports";
import { reportQuestionError } from "@/lib/server/community/report-question-error";
import { resolveQuestionReport } from "@/lib/server/community/resolve-question-report";
import { reportQuestionSchema } from "@/lib/community/schemas";
import { createPost } from "@/lib/server/forum/create-post";
import { createPostSchema } from "@/lib/forum/schemas";
import { createQuizBank, deleteQuizBank, type QuizBank } from "./quiz-fixtures";

let bank: QuizBank;
const people: SessionUser[] = [];
let moderator: SessionUser;

async function member(name: string, role: "USER" | "MODERATOR" = "USER"): Promise<SessionUser> {
  return db.user.create({
    data: { email: `${name}-cm@example.test`, name, role },
    select: { id: true, name: true, role: true },
  });
}

/** A graded answer of `who` to `questionId` (as practice grading writes it). */
async function graded(
  who: SessionUser,
  questionId: string,
  selected: string[],
  mode: "PRACTICE" | "EXAM" = "PRACTICE",
  status: "IN_PROGRESS" | "SUBMITTED" = "SUBMITTED",
) {
  await db.attempt.create({
    data: {
      userId: who.id,
      examId: bank.examId,
      mode,
      status,
      options: {},
      total: 1,
      items: {
        create: [
          {
            position: 0,
            questionId,
            selected,
            answeredAt: new Date(),
            gradedAt: mode === "EXAM" && status === "IN_PROGRESS" ? null : new Date(),
            isCorrect: false,
          },
        ],
      },
    },
  });
}

beforeAll(async () => {
  bank = await createQuizBank("cm");
  for (const name of ["p1", "p2", "p3", "p4", "p5"]) people.push(await member(name));
  moderator = await member("mod", "MODERATOR");
});

afterAll(async () => {
  await db.questionReport.deleteMany({ where: { questionId: { in: bank.all } } });
  await db.thread.deleteMany({ where: { questionId: { in: bank.all } } });
  await deleteQuizBank(bank);
  await db.user.deleteMany({ where: { email: { endsWith: "-cm@example.test" } } });
  await db.rateLimit.deleteMany({ where: { key: { contains: "user:" } } });
});

const requester = (who: SessionUser): AttemptRequester => ({ userId: who.id, anonKeyHash: null });
const person = (index: number) => () => people[index] as SessionUser;
const [p1, p2, p3, p4, p5] = [person(0), person(1), person(2), person(3), person(4)];

describe("how other candidates answered", () => {
  it("is hidden until the viewer's own answer is graded, and while the question is in their running exam", async () => {
    expect(await findCommunityAnswers(requester(p1()), bank.multi)).toBeNull();
    expect(await findCommunityAnswers({ userId: null, anonKeyHash: null }, bank.multi)).toBeNull();
    await graded(p1(), bank.multi, ["C", "A"]);
    const seen = await findCommunityAnswers(requester(p1()), bank.multi);
    expect(seen?.key).toEqual(["A", "C"]);
    await graded(p1(), bank.multi, [], "EXAM", "IN_PROGRESS");
    expect(await findCommunityAnswers(requester(p1()), bank.multi)).toBeNull();
    await db.attempt.updateMany({ where: { userId: p1().id, mode: "EXAM" }, data: { status: "SUBMITTED" } });
  });

  it("counts graded answer sets whatever the letter order, skips unanswered ones, and marks the key", async () => {
    await graded(p2(), bank.multi, ["A", "C"]);
    await graded(p3(), bank.multi, ["B", "C"]);
    await graded(p4(), bank.multi, []);
    const tally = await tallyCommunityAnswers(bank.multi);
    expect(tally.graded.total).toBe(3);
    expect(tally.graded.sets.map((set) => [set.letters.join(","), set.count, set.isKey])).toEqual([
      ["A,C", 2, true],
      ["B,C", 1, false],
    ]);
  });
});

describe("stated answer sets in posts", () => {
  it("stores a post's answer set, refuses letters the question lacks, and counts each author's latest live statement once", async () => {
    const input = (answer: string[] | string) =>
      createPostSchema.parse({ questionId: bank.multi, body: "I think so", answer });
    expect(input(["D", "B", "B"]).answer).toEqual(["B", "D"]);
    expect(input("B").answer).toEqual(["B"]);
    await expect(
      createPost(p1(), createPostSchema.parse({ questionId: bank.multi, body: "x", answer: ["F"] }), {
        now: new Date(),
      }),
    ).rejects.toBeInstanceOf(AppError);

    await createPost(p1(), input(["A", "B"]), { now: new Date() });
    await createPost(p1(), input(["B", "D"]), { now: new Date() }); // p1 changed their mind: only the latest counts
    await createPost(p2(), input(["B", "D"]), { now: new Date() });
    const deleted = await createPost(p3(), input(["B", "D"]), { now: new Date() });
    await db.post.update({ where: { id: deleted.postId }, data: { deletedAt: new Date() } });
    await createPost(p4(), input([]), { now: new Date() }); // no statement
    let tally = await tallyCommunityAnswers(bank.multi);
    expect(tally.stated.sets.map((set) => [set.letters.join(","), set.count])).toEqual([["B,D", 2]]);
    expect(tally.communityTop).toBeNull(); // two supporters are not enough

    await createPost(p5(), input(["B", "D"]), { now: new Date() });
    tally = await tallyCommunityAnswers(bank.multi);
    expect(tally.communityTop).toEqual(["B", "D"]);
  });

  it("lists a question whose clear forum majority differs from the key for moderators only", async () => {
    await expect(listKeyDisagreements(p1())).rejects.toBeInstanceOf(AppError);
    const list = await listKeyDisagreements(moderator);
    const item = list.find((entry) => entry.questionId === bank.multi);
    expect(item).toMatchObject({
      key: ["A", "C"],
      communityTop: ["B", "D"],
      supporters: 3,
      stated: 3,
      sourcePath: `${bank.multi}.md`,
    });
    // A majority that agrees with the key is not listed.
    for (const who of [p1(), p2(), p3()])
      await createPost(who, createPostSchema.parse({ questionId: bank.single, body: "C", answer: ["C"] }), {
        now: new Date(),
      });
    expect((await listKeyDisagreements(moderator)).some((entry) => entry.questionId === bank.single)).toBe(false);
  });
});

describe("error reports on questions", () => {
  it("validates the report, files it for the moderators' queue, and lets one moderator resolve it once", async () => {
    expect(
      reportQuestionSchema.safeParse({ questionId: bank.single, reason: "WRONG_KEY", details: "   " }).success,
    ).toBe(false);
    expect(
      reportQuestionSchema.safeParse({ questionId: bank.single, reason: "WRONG_KEY", details: "nul \u0000 byte" })
        .success,
    ).toBe(false);
    expect(reportQuestionSchema.safeParse({ questionId: bank.single, reason: "NOPE", details: "x" }).success).toBe(
      false,
    );
    await expect(
      reportQuestionError(p1(), { questionId: "zz-9999", reason: "TYPO", details: "x" }, new Date()),
    ).rejects.toBeInstanceOf(AppError);

    const { id } = await reportQuestionError(
      p1(),
      reportQuestionSchema.parse({
        questionId: bank.single,
        reason: "OUTDATED",
        details: "The limit changed in 2026.\r\nSee the docs.",
      }),
      new Date(),
    );
    await expect(listQuestionReports(p2())).rejects.toBeInstanceOf(AppError);
    const queue = await listQuestionReports(moderator);
    expect(queue.find((report) => report.id === id)).toMatchObject({
      questionId: bank.single,
      reason: "OUTDATED",
      details: "The limit changed in 2026.\nSee the docs.",
      reporterName: "p1",
      sourcePath: `${bank.single}.md`,
    });

    await expect(resolveQuestionReport(p1(), id, new Date())).rejects.toBeInstanceOf(AppError);
    const results = await Promise.allSettled([
      resolveQuestionReport(moderator, id, new Date()),
      resolveQuestionReport(moderator, id, new Date()),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect((await listQuestionReports(moderator)).some((report) => report.id === id)).toBe(false);
    expect((await db.questionReport.findUniqueOrThrow({ where: { id } })).resolvedById).toBe(moderator.id);
  });
});
