// What the player-scenario tests (netsim-scenario-access, scenario-route) read: a one-domain exam with six-choice
// questions (key A, B, C), each with a stored simulator scenario or none, in Japanese and English. Every explanation
// carries `secret`, so a test can assert that the key and explanations never leave the server.
import { db } from "@/lib/db";
import { createOneDomainExam } from "./forum-fixtures";

export async function createScenarioBank(
  examId: string,
  code: string,
  questions: readonly (readonly [id: string, scenario: object | null])[],
  secret: string,
): Promise<void> {
  await createOneDomainExam(examId, code, { ja: "シミュレーター", en: "Simulator" }, questions.length);
  for (const [id, scenario] of questions) {
    await db.question.create({
      data: {
        id,
        examId,
        domainId: `${examId}:one`,
        difficulty: "medium",
        choose: 3,
        topics: ["vpc"],
        contentHash: id,
        sourcePath: `${id}.md`,
        hasScenario: scenario !== null,
        ...(scenario ? { scenario } : {}),
        texts: {
          create: [
            { lang: "ja", stemHtml: "<p>問題</p>", explanationHtml: `<p>${secret}</p>`, references: [] },
            { lang: "en", stemHtml: "<p>Question</p>", explanationHtml: `<p>${secret}</p>`, references: [] },
          ],
        },
        choices: {
          create: ["A", "B", "C", "D", "E", "F"].map((letter, position) => ({
            id: `${id}:${letter}`,
            letter,
            position,
            isCorrect: "ABC".includes(letter),
            texts: {
              create: [
                { lang: "ja", html: `<p>選択肢 ${letter}</p>`, explanationHtml: `<p>${secret}</p>` },
                { lang: "en", html: `<p>Choice ${letter}</p>`, explanationHtml: `<p>${secret}</p>` },
              ],
            },
          })),
        },
      },
    });
  }
}
