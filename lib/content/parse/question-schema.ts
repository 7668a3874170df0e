import { z } from "zod";

export const QUESTION_ID_PATTERN = /^[a-z]+-\d{4}$/;

export const questionIdSchema = z.string().regex(QUESTION_ID_PATTERN, {
  error: "must look like saa-0001 (lowercase prefix, dash, 4 digits); never reuse or renumber an id",
});

export const referenceSchema = z.strictObject({
  title: z.string().trim().min(1, { error: "a reference needs a title" }),
  // Only the shape here: whether the link is acceptable (https, documentation host) is the checker's call.
  url: z.string().min(1, { error: "a reference needs a url" }),
});
export type Reference = z.infer<typeof referenceSchema>;

const topicSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "topics are lowercase kebab-case tags, e.g. nat-gateway" });

const sharedFields = {
  id: questionIdSchema,
  exam: z.string().min(1),
  domain: z.string().min(1),
  choose: z.int({ error: "`choose` is the number of correct choices, e.g. 1" }).min(1).max(6),
};

/** Front matter of a primary (Japanese) question file. */
export const questionFrontMatterSchema = z.strictObject({
  ...sharedFields,
  // `task`, `verified` and `fact` are required by the item-writing rules (check-rules.ts), not here: a file that lacks
  // them is still parsed, so every other problem of it is reported in the same run.
  task: z.string().regex(/^\d\.\d$/, { error: 'task is a task statement number in quotes, e.g. "1.2"' }).optional(),
  // Their format too (a date; a kebab-case tag): a malformed value is a rule problem, not an unreadable file.
  verified: z.string({ error: "verified is the date the facts were checked, YYYY-MM-DD" }).optional(),
  fact: z.string({ error: "fact is one lowercase kebab-case tag, e.g. nacl-stateless-return-traffic" }).optional(),
  topics: z.array(topicSchema).min(1, { error: "give 1 to 8 topics" }).max(8, { error: "give 1 to 8 topics" }),
  difficulty: z.enum(["easy", "medium", "hard"], { error: "difficulty is easy, medium or hard" }),
  lang: z.literal("ja", { error: "a primary file has `lang: ja` (translations are named <id>.en.md)" }),
  references: z.array(referenceSchema).min(1, { error: "give at least one reference" }),
  /** Wrong choice → the misconception it plays on (ids from content/misconceptions.yaml; checked in check-misconceptions.ts). */
  misconceptions: z.record(z.string().regex(/^[A-Z]$/), z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)).optional(),
  /** The facts a variant may redraw (networking questions; read and checked by lib/content/parse/variables.ts). */
  variables: z.unknown().optional(),
});
export type QuestionFrontMatter = z.infer<typeof questionFrontMatterSchema>;

/** Front matter of a translation (`<id>.en.md`): the identity fields are repeated, the rest come from the primary file. */
export const translationFrontMatterSchema = z.strictObject({
  ...sharedFields,
  task: z.string().optional(),
  verified: z.string().optional(),
  fact: z.string().optional(),
  topics: z.array(z.string()).optional(),
  difficulty: z.string().optional(),
  lang: z.literal("en", { error: "a .en.md translation has `lang: en`" }),
  references: z.array(referenceSchema).optional(),
});
export type TranslationFrontMatter = z.infer<typeof translationFrontMatterSchema>;

export type Lang = "ja" | "en";

export const SECTION_TITLES: Record<Lang, { choices: string; explanation: string; scenario: string }> = {
  ja: { choices: "選択肢", explanation: "解説", scenario: "シナリオ" },
  en: { choices: "Choices", explanation: "Explanation", scenario: "Scenario" },
};
