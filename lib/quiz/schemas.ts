// Inputs of the quiz actions, validated by zod before any use case runs (habit 1).
import { z } from "zod";

const id = z.string().min(1).max(64);
const letter = z.string().regex(/^[A-Z]$/);
/** Forms send a lone checkbox as a string and several as an array; both become an array. */
const manyOf = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item));
const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export const MAX_PRACTICE_SIZE = 100;

export const startPracticeSchema = z.object({
  examId: id,
  domains: manyOf(z.string().min(1).max(64)).pipe(z.array(z.string()).max(20)),
  topics: manyOf(z.string().min(1).max(64)).pipe(z.array(z.string()).max(40)),
  size: z.coerce.number().int().min(1).max(MAX_PRACTICE_SIZE),
  source: z.enum(["all", "wrong", "flagged"]).default("all"),
  /** Task statements ("1.2"): the mastery map starts practice on one. */
  tasks: manyOf(z.string().regex(/^\d\.\d$/)).pipe(z.array(z.string()).max(20)),
  /** Exactly these questions ("retry these" from a report or a round's summary). */
  questionIds: manyOf(id).pipe(z.array(z.string()).max(MAX_PRACTICE_SIZE)),
});
export type StartPracticeInput = z.infer<typeof startPracticeSchema>;

export const startExamSchema = z.object({
  examId: id,
  size: z.coerce.number().int().min(1).max(200).optional(),
  /** A fixed mock set (模擬試験 N) instead of the random draw; the form's "random" sends an empty value. */
  set: z.preprocess(
    (value) => (value === "" || value === null ? undefined : value),
    z.coerce.number().int().min(1).max(100).optional(),
  ),
  isExtended: checkbox,
});
export type StartExamInput = z.infer<typeof startExamSchema>;

export const answerSchema = z.object({
  attemptId: id,
  position: z.number().int().min(0).max(1000),
  selected: z.array(letter).max(26),
  /** The learner's own mark and the time on the question: they refine the spaced-review rating of a right answer. */
  confidence: z.enum(["sure", "unsure"]).optional(),
  elapsedMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 60 * 60 * 1000)
    .optional(),
});
export type AnswerInput = z.infer<typeof answerSchema>;

export const flagSchema = z.object({
  attemptId: id,
  position: z.number().int().min(0).max(1000),
  isFlagged: z.boolean(),
});
export type FlagInput = z.infer<typeof flagSchema>;

export const attemptIdSchema = z.object({ attemptId: id });

/** One question answered from its own page: graded as a one-question practice round. */
export const answerQuestionSchema = z.object({
  questionId: id,
  selected: z.array(letter).max(26),
  confidence: z.enum(["sure", "unsure"]).optional(),
  elapsedMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 60 * 60 * 1000)
    .optional(),
});
export type AnswerQuestionInput = z.infer<typeof answerQuestionSchema>;

/** The review queue's and drills' inputs. */
export const examIdSchema = z.object({ examId: id });

export const dailyLimitSchema = z.object({ limit: z.coerce.number().int().min(1).max(200) });

export const misconceptionDrillSchema = z.object({
  misconceptionId: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(64),
});
