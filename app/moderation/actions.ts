"use server";
import { revalidatePath } from "next/cache";
import { createAction, createFormAction } from "@/lib/action";
import { resolveQuestionReport } from "@/lib/server/community/resolve-question-report";
import { resolveQuestionReportSchema } from "@/lib/community/schemas";

/** Closes an error report once its fix is merged (or it needs none). Moderators only (checked in the use case). */
export const resolveQuestionReportAction = createFormAction(
  createAction({ schema: resolveQuestionReportSchema, requireUser: true }, async (input, { user, now }) => {
    await resolveQuestionReport(user, input.reportId, now);
    revalidatePath("/moderation");
  }),
);
