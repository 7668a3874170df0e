// A missing-layer variant (net-0070, issue #20) through the real use cases and PostgreSQL: the variant moves the
// wrong rule to another filter, its stem shows that filter's wrong rule, and the server grades the answer against the
// key derived for that draw (which is not always the written D).
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => null }));
import { loadVariantTemplate } from "@/lib/content/parse/variables";
import { db } from "@/lib/db";
import { generateVariant, type VariantTemplate } from "@/lib/netsim/authoring";
import type { AttemptRequester } from "@/lib/permissions";
import { getPracticeRound } from "@/lib/server/quiz/get-practice-round";
import { answerPracticeAndReview } from "@/lib/server/review/answer-practice-and-review";
import { startReviewRound } from "@/lib/server/review/start-review-round";
import { findVariant } from "@/lib/server/variants/find-variant";
import { createPracticeAttempt, createUser } from "./quiz-fixtures";
import { createOneDomainExam, deleteOneQuestionExam } from "./forum-fixtures";

const prefix = "vml";
const examId = `${prefix}-exam`;
const questionId = `${prefix}-0001`;
const DAY = 24 * 60 * 60 * 1000;
const t0 = new Date("2026-12-01T01:00:00Z");
/** The line of the stem that shows the drawn filter's wrong rule, per drawn layer, and the choice that fixes it. */
const EMPTY = {
  "sg-inbound": { ja: "セキュリティグループのインバウンド: TCP 1024–65535、送信元 0.0.0.0/0 を許可", letter: "B" },
  "nacl-inbound": {
    ja: "ネットワーク ACL のインバウンド: ルール 100 で TCP 1024–65535、送信元 0.0.0.0/0 を許可",
    letter: "A",
  },
  "nacl-outbound": {
    ja: "ネットワーク ACL のアウトバウンド: ルール 100 で TCP 443、送信先 0.0.0.0/0 を許可",
    letter: "D",
  },
} as const;
/** The drawn layer's stem line with the drawn service's port (an http draw rewrites 443 to 80). */
const gapLine = (values: readonly { name: string; to: string }[], gap: keyof typeof EMPTY) =>
  EMPTY[gap].ja.replace("443", values.find((v) => v.name === "service")?.to === "http" ? "80" : "443");
let template: VariantTemplate;
let learner: AttemptRequester;

beforeAll(async () => {
  const loaded = await loadVariantTemplate(path.resolve(import.meta.dirname, "../../content"), "net-0070");
  if (!loaded.ok) throw new Error(loaded.message);
  template = loaded.template;
  const { ja, en } = template.texts;
  if (!ja || !en) throw new Error("net-0070 has both languages");
  await createOneDomainExam(examId, "VML", { ja: "類題 (欠けているルール)", en: "Variants (missing rule)" }, 1);
  await db.question.create({
    data: {
      id: questionId,
      examId,
      domainId: `${examId}:one`,
      difficulty: "medium",
      choose: 1,
      topics: ["network-acl"],
      contentHash: questionId,
      sourcePath: `${questionId}.md`,
      hasScenario: true,
      scenario: JSON.parse(JSON.stringify(template.scenario)) as object,
      variables: JSON.parse(JSON.stringify(template.variables)) as object,
      texts: {
        create: [
          { lang: "ja", stemHtml: ja.stem, explanationHtml: ja.explanation, references: [] },
          { lang: "en", stemHtml: en.stem, explanationHtml: en.explanation, references: [] },
        ],
      },
      choices: {
        create: ja.choices.map((c, position) => ({
          id: `${questionId}:${c.letter}`,
          letter: c.letter,
          position,
          isCorrect: template.key.includes(c.letter),
          texts: {
            create: [
              { lang: "ja", html: c.text, explanationHtml: c.explanation },
              {
                lang: "en",
                html: en.choices[position]?.text ?? "",
                explanationHtml: en.choices[position]?.explanation ?? "",
              },
            ],
          },
        })),
      },
    },
  });
  learner = await createUser("learner-vml@example.test");
});

afterAll(() => deleteOneQuestionExam(examId, questionId, "-vml@example.test"));

describe("a missing-layer variant", () => {
  it("derives, from the stored rows, the same variant as the files, with the key of the drawn layer", async () => {
    const moved: string[] = [];
    for (let seed = 1; seed <= 12; seed++) {
      const variant = await findVariant(questionId, seed);
      const fromFiles = generateVariant(template, seed);
      if (!variant || !fromFiles.ok) throw new Error(`seed ${seed} must be clean`);
      expect(variant.key).toEqual(fromFiles.variant.key);
      const gap = variant.values.find((v) => v.name === "gap")?.to as keyof typeof EMPTY;
      expect(variant.key).toEqual([EMPTY[gap].letter]);
      expect(variant.texts.ja?.stem).toContain(gapLine(variant.values, gap));
      if (gap !== "nacl-outbound") moved.push(gap);
    }
    expect(new Set(moved)).toEqual(new Set(["sg-inbound", "nacl-inbound"]));
  });

  it("is served in review the next day and graded against the derived key, not the written one", async () => {
    const first = await createPracticeAttempt(learner, examId, [questionId]);
    await answerPracticeAndReview(learner, { attemptId: first, position: 0, selected: ["C"] }, "ja", t0);

    const at = new Date(t0.getTime() + DAY);
    const attemptId = await startReviewRound(learner, examId, at);
    const item = await db.attemptItem.findFirstOrThrow({ where: { attemptId }, select: { variantSeed: true } });
    const seed = item.variantSeed as number;
    const variant = await findVariant(questionId, seed);
    if (!variant) throw new Error("the stored seed must give a clean variant");
    const gap = variant.values.find((v) => v.name === "gap")?.to as keyof typeof EMPTY;
    const shown = (await getPracticeRound(learner, attemptId, "ja")).current?.question;
    expect(shown?.variantSeed).toBe(seed);
    expect(shown?.stemHtml).toContain(gapLine(variant.values, gap));

    // The written key D is right only when the draw kept the written gap; the derived key is always right.
    const feedback = await answerPracticeAndReview(learner, { attemptId, position: 0, selected: ["D"] }, "ja", at);
    expect(feedback.keyLetters).toEqual(variant.key);
    expect(feedback.isCorrect).toBe(variant.key.join() === "D");
    const explained = feedback.choices.find((c) => c.letter === variant.key[0])?.explanationHtml ?? "";
    expect(explained).toMatch(/^<p>正解。/);
  });
});
