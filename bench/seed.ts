// Bench: seed a generated bank of 10,000 questions into a fresh database, then re-seed it unchanged.
// The bank is generated in memory as Markdown and parsed by the app's own parser, so the rows are realistic.
// Targets: first seed under 30 s, unchanged re-seed under 5 s. It runs in a database of its own on BENCH_DATABASE_URL's server.
import { checkBank } from "../lib/content/check/check-bank";
import { hashContent, toSeedQuestion } from "../lib/content/seed/content-hash";
import type { ExamDefinition } from "../lib/content/parse/exam-schema";
import type { BankQuestion, LoadedExam } from "../lib/content/parse/load-bank";
import { parseQuestion, type ParsedQuestionFile } from "../lib/content/parse/parse-question";
import { formatProblem } from "../lib/content/parse/problem";
import { seedBank, type SeedInput, type SeedSummary } from "../lib/content/seed/seed-bank";

import { createPrismaClient } from "../lib/db-client";
import { createBenchDatabase } from "../scripts/lib/bench-database";
import { createProgress } from "../scripts/lib/cli-progress";

const QUESTION_COUNT = 10_000;
const exam: ExamDefinition = {
  id: "bench-exam",
  code: "BENCH",
  title: { ja: "ベンチマーク", en: "Benchmark" },
  questionCount: 65,
  minutes: 130,
  extensionMinutes: 30,
  passingScore: 720,
  domains: ["secure", "resilient", "performance", "cost"].map((id, index) => ({
    id,
    weight: [30, 26, 24, 20][index] ?? 0,
    title: { ja: id, en: id },
  })),
};

/** Ids have 4 digits, so 10,000 questions need two prefixes. */
function questionId(n: number): string {
  return `${n <= 5000 ? "bencha" : "benchb"}-${String(((n - 1) % 5000) + 1).padStart(4, "0")}`;
}

function questionMarkdown(n: number, lang: "ja" | "en"): string {
  const id = questionId(n);
  const choose = n % 3 === 0 ? 2 : 1;
  const count = choose === 2 ? 5 : 4;
  const choices = Array.from({ length: count }, (_, index) => {
    const isCorrect = index < choose;
    return `- [${isCorrect ? "x" : " "}] ${lang === "ja" ? "選択肢" : "Choice"} ${index + 1} of question NUM: enable \`feature-${index}\`\n\n  ${isCorrect ? "Correct" : "Wrong"}: because of **reason ${index}** in [the docs](https://docs.aws.amazon.com/vpc/latest/userguide/qNUM.html).\n`;
  }).join("\n");
  const headings = lang === "ja" ? ["選択肢", "解説"] : ["Choices", "Explanation"];
  return `---
id: ${id}
exam: ${exam.id}
domain: ${exam.domains[n % 4]?.id}
topics: [vpc, topic-${n % 50}]
difficulty: ${["easy", "medium", "hard"][n % 3]}
lang: ${lang}
choose: ${choose}
${lang === "ja" ? "references:\n  - title: VPC\n    url: https://docs.aws.amazon.com/vpc/latest/userguide/what-is-amazon-vpc.html\n" : ""}---

Question NUM (${lang}): a company runs a web tier in a public subnet and wants the most cost-effective design.
Which ${choose === 2 ? "two settings are" : "setting is"} required?${choose === 2 ? (lang === "ja" ? " (2 つ選択)" : " (Choose two.)") : ""}

## ${headings[0]}

${choices}
## ${headings[1]}

| layer | stateful |
|---|---|
| security group | yes |
| network ACL | no |

\`\`\`bash
aws ec2 describe-security-groups --group-ids sg-NUM
\`\`\`
`;
}

const SHAPES = 6;

/** Retargets a parsed file to question n: its id, path, domain and every HTML text (so each question hashes differently). */
function retarget<F extends ParsedQuestionFile>(file: F, n: number, suffix: string): F {
  const id = questionId(n);
  const html = (text: string) => text.replaceAll("NUM", String(n));
  return {
    ...file,
    file: `content/${exam.id}/${id}${suffix}`,
    frontMatter: { ...file.frontMatter, id, domain: exam.domains[n % 4]?.id ?? "secure" },
    stemHtml: html(file.stemHtml),
    explanationHtml: html(file.explanationHtml),
    choices: file.choices.map((choice) => ({
      ...choice,
      html: html(choice.html),
      explanationHtml: html(choice.explanationHtml),
    })),
  };
}

/**
 * The bank: a few Markdown shapes parsed and rendered by the app's own parser, then retargeted to 10,000 ids
 * (every third with an English translation). Parsing 13,000 files would take the bench a minute without
 * measuring the seeder any better. Throws if the generated bank has any problem.
 */
function generateBank(): SeedInput {
  const shapes = Array.from({ length: SHAPES }, (_, index) => {
    const ja = parseQuestion(`content/${exam.id}/${questionId(index + 1)}.md`, questionMarkdown(index + 1, "ja"));
    const en = parseQuestion(`content/${exam.id}/${questionId(index + 1)}.en.md`, questionMarkdown(index + 1, "en"));
    const problems = [...ja.problems, ...en.problems];
    if (problems.length > 0 || ja.question?.lang !== "ja" || en.question?.lang !== "en") {
      throw new Error(`the bench's generated question does not parse:\n${problems.map(formatProblem).join("\n")}`);
    }
    return { ja: ja.question, en: en.question };
  });
  const questions: BankQuestion[] = [];
  for (let n = 1; n <= QUESTION_COUNT; n++) {
    const shape = shapes[(n - 1) % SHAPES];
    if (!shape) throw new Error("unreachable: no shape");
    const translations = n % 3 === 0 ? [retarget(shape.en, n, ".en.md")] : [];
    questions.push({ id: questionId(n), folder: exam.id, primary: retarget(shape.ja, n, ".md"), translations });
  }
  const exams: LoadedExam[] = [
    { folder: exam.id, file: `content/${exam.id}/exam.yaml`, definition: exam, idPosition: { line: 1, column: 1 } },
  ];
  const { problems } = checkBank({ exams, questions });
  if (problems.length > 0) throw new Error(problems.slice(0, 5).map(formatProblem).join("\n"));
  return { exams: [exam], questions: questions.map((question) => toSeedQuestion(question, null)) };
}

async function timed<T>(run: () => Promise<T> | T): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await run();
  return { value, seconds: (performance.now() - started) / 1000 };
}

/** A database of the bench's own on the bench server, migrated, so "fresh" holds whatever other benches wrote. */
async function withFreshDatabase(serverUrl: string, run: (url: string) => Promise<void>): Promise<void> {
  const database = await createBenchDatabase(serverUrl, "seed");
  try {
    await run(database.url);
  } finally {
    await database.drop();
  }
}

export default async function bench(): Promise<void> {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl)
    throw new Error("bench/seed.ts needs BENCH_DATABASE_URL (npm run bench starts a PostgreSQL and sets it)");
  await withFreshDatabase(serverUrl, seedTwice);
}

async function seedTwice(url: string): Promise<void> {
  const db = createPrismaClient(url, { maxConnections: 2 });
  try {
    const generated = await timed(generateBank);
    const progress = createProgress();
    const onProgress = ({ done, total }: { done: number; total: number }) =>
      progress.update("seeding rows", done, total);
    const first = await timed(() => seedBank(db, generated.value, { onProgress }));
    progress.clear();
    const second = await timed(() => seedBank(db, generated.value));
    // Every hash changed (as after a renderer upgrade): the update path rewrites all rows.
    const changed = {
      ...generated.value,
      questions: generated.value.questions.map((q) => ({ ...q, contentHash: hashContent([q.contentHash, 2]) })),
    };
    const third = await timed(() => seedBank(db, changed));
    const describe = (summary: SeedSummary) =>
      `${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.retired} retired`;
    const rows: [string, number, number | null, string][] = [
      [
        `generate ${QUESTION_COUNT} questions`,
        generated.seconds,
        null,
        `${generated.value.questions.length} questions`,
      ],
      ["seed into a fresh database", first.seconds, 30, describe(first.value)],
      ["re-seed unchanged", second.seconds, 5, describe(second.value)],
      ["re-seed, every question changed", third.seconds, null, describe(third.value)],
    ];
    console.log("\nseed bench");
    console.table(
      rows.map(([step, seconds, target, result]) => ({
        step,
        seconds: Number(seconds.toFixed(2)),
        target: target === null ? "" : `< ${target} s`,
        status: target === null ? "" : seconds < target ? "ok" : "OVER",
        result,
      })),
    );
    if (second.value.unchanged !== QUESTION_COUNT)
      throw new Error("the unchanged re-seed rewrote questions: the content hash is not stable");
  } finally {
    await db.$disconnect();
  }
}
