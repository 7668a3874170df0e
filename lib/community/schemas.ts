// Inputs of the community actions; messages are dictionary keys shown beside the field.
import { z } from "zod";

export const questionReportReasons = ["WRONG_KEY", "OUTDATED", "TYPO", "UNCLEAR"] as const;
export const reportDetailsMaxLength = 2_000;

export const reportQuestionSchema = z.object({
  questionId: z.string().regex(/^[a-z]+-\d{4}$/),
  reason: z.enum(questionReportReasons, { error: "required" }),
  details: z
    .string({ error: "required" })
    .transform((text) => text.replace(/\r\n?/g, "\n"))
    .pipe(
      z
        .string()
        .trim()
        .min(1, { error: "required" })
        .max(reportDetailsMaxLength, { error: "tooLong" })
        // PostgreSQL text cannot hold NUL; other control characters have no place in a note either.
        .refine((text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text), { error: "invalid" }),
    ),
});
export type ReportQuestionInput = z.infer<typeof reportQuestionSchema>;

export const resolveQuestionReportSchema = z.object({ reportId: z.string().min(1).max(64) });

/** "I think the answer is …": checkbox letters from the composer, sorted and unique; none is fine. */
export const answerSetSchema = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.string().regex(/^[A-F]$/))
    .max(6)
    .transform((letters) => [...new Set(letters)].sort()),
);
