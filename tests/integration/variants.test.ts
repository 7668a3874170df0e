// Variants (類題) through the real use cases and PostgreSQL: a networking question with variables, answered once, comes
// back in the review queue as a variant; its seed is stored with the answer, it is graded on the server against the
// key derived from (question id, seed), and the round's report and the player's scenario reproduce what was shown.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));
import { db } from "@/lib/db";
import { q30570, scenarioOf } from "@/lib/netsim/testing";
import type { AttemptRequester } from "@/lib/permissions";
import { findPlayerScenario } from "@/lib/server/netsim/get-player-scenario";
import { getPracticeRound } from "@/lib/server/quiz/get-practice-round";
import { answerPracticeAndReview } from "@/lib/server/review/answer-practice-and-review";
import { startReviewRound } from "@/lib/server/review/start-review-round";
import { findVariant } from "@/lib/server/variants/find-variant";
import { createPracticeAttempt, createUser } from "./quiz-fixtures";
import { createOneDomainExam, deleteOneQuestionExam } from "./forum-fixtures";

const prefix = "vrt";
const examId = `${prefix}-exam`;
const questionId = `${prefix}-0001`;
const scenario = JSON.parse(JSON.stringify({ ...scenarioOf(q30570), key: undefined })) as object;
const variables = [
  { name: "subnet", kind: "network", value: "10.0.1.0/24", within: "10.0.0.0/16" },
  { name: "public-ip", kind: "address", value: "54.150.10.20", within: "54.150.10.0/24" },
];
const DAY = 24 * 60 * 60 * 1000;
const t0 = new Date("2026-12-01T01:00:00Z");
let learner: AttemptRequester;
let other: AttemptRequester;

beforeAll(async () => {
  await createOneDomainExam(examId, "VRT", { ja: "類題", en: "Variants" }, 1);
  await db.question.create({
    data: {
      id: questionId,
      examId,
      domainId: `${examId}:one`,
      difficulty: "medium",
      choose: 3,
      topics: ["vpc"],
      contentHash: questionId,
      sourcePath: `${questionId}.md`,
      hasScenario: true,
      scenario,
      variables,
      texts: {
        create: [
          {
            lang: "ja",
            stemHtml: "<p>サブネット 10.0.1.0/24 の Web サーバー 10.0.1.10 (54.150.10.20) に HTTP で接続します。</p>",
            explanationHtml: "<p>10.0.1.10 への応答はステートレスな NACL で止まります。</p>",
            references: [],
          },
          {
            lang: "en",
            stemHtml: "<p>A web server 10.0.1.10 (54.150.10.20) in subnet 10.0.1.0/24 serves HTTP.</p>",
            explanationHtml: "<p>Replies from 10.0.1.10 stop at the stateless NACL.</p>",
            references: [],
          },
        ],
      },
      choices: {
        create: ["A", "B", "C", "D", "E", "F"].map((letter, position) => ({
          id: `${questionId}:${letter}`,
          letter,
          position,
          isCorrect: "ABC".includes(letter),
          texts: {
            create: [
              {
                lang: "ja",
                html: `<p>${letter}: 10.0.1.10</p>`,
                explanationHtml: `<p>${letter} は 54.150.10.20 宛て</p>`,
              },
              { lang: "en", html: `<p>${letter}: 10.0.1.10</p>`, explanationHtml: `<p>${letter} to 54.150.10.20</p>` },
            ],
          },
        })),
      },
    },
  });
  learner = await createUser("learner-vrt@example.test");
  other = await createUser("other-vrt@example.test");
});

afterAll(() => deleteOneQuestionExam(examId, questionId, "-vrt@example.test"));

describe("variants in the review queue", () => {
  it("serves a question the learner has not answered as written", async () => {
    const attemptId = await createPracticeAttempt(learner, examId, [questionId]);
    const round = await getPracticeRound(learner, attemptId, "ja");
    expect(round.current?.question.variantSeed).toBeUndefined();
    expect(round.current?.question.stemHtml).toContain("10.0.1.10");
    await answerPracticeAndReview(learner, { attemptId, position: 0, selected: ["A", "B", "D"] }, "ja", t0);
  });

  it("serves a variant the next day, stores its seed, grades it against the derived key, and replays it", async () => {
    const attemptId = await startReviewRound(learner, examId, new Date(t0.getTime() + DAY));
    const item = await db.attemptItem.findFirstOrThrow({ where: { attemptId }, select: { variantSeed: true } });
    expect(item.variantSeed).not.toBeNull();
    const seed = item.variantSeed as number;
    const variant = await findVariant(questionId, seed);
    if (!variant) throw new Error("the stored seed must give a clean variant");
    const subnet = variant.values.find((v) => v.name === "subnet")?.to ?? "";
    const host = `${subnet.split(".").slice(0, 3).join(".")}.10`;

    const before = await getPracticeRound(learner, attemptId, "en");
    const shown = before.current?.question;
    expect(shown?.variantSeed).toBe(seed);
    expect(shown?.stemHtml).toContain(`${host} `);
    expect(shown?.stemHtml).not.toContain("10.0.1.10");
    expect(shown?.choices[0]?.html).toBe(`<p>A: ${host}</p>`);
    expect(before.current?.feedback).toBeNull();
    // Nothing of the key before grading.
    expect(JSON.stringify(before)).not.toMatch(/isCorrect":true|keyLetters/);

    const feedback = await answerPracticeAndReview(
      learner,
      { attemptId, position: 0, selected: ["A", "B", "C"] },
      "en",
      new Date(t0.getTime() + DAY),
    );
    expect(feedback.isCorrect).toBe(true);
    expect(feedback.variantSeed).toBe(seed);
    expect(feedback.keyLetters).toEqual(variant.key);
    expect(feedback.explanationHtml).toContain(host);

    // The report (the round, reopened) shows exactly the same variant and its grading.
    const report = await getPracticeRound(learner, attemptId, "en", 0);
    expect(report.current?.question).toEqual(shown);
    expect(report.current?.feedback?.variantSeed).toBe(seed);
    expect(report.current?.feedback?.explanationHtml).toBe(feedback.explanationHtml);

    // The player's scenario for (question, seed): the variant's network, under the same lock.
    const player = await findPlayerScenario(learner, questionId, "en", new Date(), seed);
    if (player?.status !== "open") throw new Error("expected the variant's scenario to open");
    expect(player.variantSeed).toBe(seed);
    expect(player.scenario.subnets.public?.cidr).toBe(subnet);
    expect(player.choices[0]?.html).toBe(`<p>A: ${host}</p>`);
    expect((await findPlayerScenario(other, questionId, "en", new Date(), seed))?.status).toBe("locked");
  });

  it("derives the same variant from (question id, seed) every time", async () => {
    const a = await findVariant(questionId, 12345);
    const b = await findVariant(questionId, 12345);
    expect(a).toEqual(b);
    expect(a?.key).toEqual(["A", "B", "C"]);
  });
});
