"use server";
import { redirect } from "next/navigation";
import { createAction, createFormAction } from "@/lib/action";
import { misconceptionDrillSchema } from "@/lib/quiz/schemas";
import { ensureAnonKeyHash } from "@/lib/server/quiz/ensure-anon-key-hash";
import { startMisconceptionDrill } from "@/lib/server/review/start-misconception-drill";

/** A practice round of the questions testing one misconception (signed out too: owned by the practice cookie). */
export const startMisconceptionDrillAction = createFormAction(
  createAction({ schema: misconceptionDrillSchema }, async (input, { user }) => {
    const anonKeyHash = user ? null : await ensureAnonKeyHash();
    const attemptId = await startMisconceptionDrill({ userId: user?.id ?? null, anonKeyHash }, input.misconceptionId);
    redirect(`/practice/${attemptId}`);
  }),
);
