"use server";
import { createAction, createFormAction } from "@/lib/action";
import { requestIp } from "@/lib/request-context";
import { forgotPasswordSchema } from "@/lib/auth/schemas";
import { requestPasswordReset } from "@/lib/server/accounts/request-password-reset";

/** Mails a reset link when the address has an account; answers the same either way. */
export const requestPasswordResetAction = createFormAction(
  createAction({ schema: forgotPasswordSchema }, async (input, { locale }) => {
    await requestPasswordReset(input.email, { ip: await requestIp(), locale });
    return { email: input.email };
  }),
);
