// Inputs of the forum actions. Messages are dictionary keys (t.forum.fieldErrors) shown beside the field.
import { z } from "zod";
import { answerSetSchema } from "@/lib/community/schemas";

export const postBodyMaxLength = 10_000;
export const threadPageSize = 20;

const idSchema = z.string().min(1).max(64);
const questionIdSchema = z.string().regex(/^[a-z]+-\d{4}$/);
/** Checkbox-like flags arrive from forms as "true"/"false". */
const flagSchema = z.enum(["true", "false"]).transform((value) => value === "true");

export const postBodySchema = z
  .string({ error: "required" })
  // Windows line endings from a textarea count as one character, as the reader sees them.
  .transform((body) => body.replace(/\r\n?/g, "\n"))
  .pipe(
    z
      .string()
      .trim()
      .min(1, { error: "required" })
      .max(postBodyMaxLength, { error: "tooLong" })
      // NUL cannot be stored in PostgreSQL text, and other control characters (tab and newline aside) have no place in a post.
      .refine((body) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(body), { error: "controlCharacters" }),
  );

export const createPostSchema = z.object({
  questionId: questionIdSchema,
  body: postBodySchema,
  parentId: z.preprocess((value) => (value === "" ? undefined : value), idSchema.optional()),
  /** "I think the answer is …" (optional). */
  answer: answerSetSchema,
});
export type CreatePostInput = z.infer<typeof createPostSchema>;

export const editPostSchema = z.object({ postId: idSchema, body: postBodySchema });
export type EditPostInput = z.infer<typeof editPostSchema>;

export const postRefSchema = z.object({ postId: idSchema });

export const setVoteSchema = z.object({ postId: idSchema, isHelpful: flagSchema });
export const setAcceptedSchema = z.object({ postId: idSchema, isAccepted: flagSchema });
export const setHiddenSchema = z.object({ postId: idSchema, isHidden: flagSchema });
export const setLockedSchema = z.object({ questionId: questionIdSchema, isLocked: flagSchema });

export const reportReasons = ["spam", "abuse", "offTopic", "other"] as const;
export const reportPostSchema = z.object({ postId: idSchema, reason: z.enum(reportReasons, { error: "required" }) });
