"use server";
import { createAction, createFormAction } from "@/lib/action";
import { requestIp } from "@/lib/request-context";
import { signUpSchema } from "@/lib/auth/schemas";
import { registerUser } from "@/lib/server/accounts/register-user";

/**
 * Creates the account and mails its confirmation link. A taken address is told so by mail instead; the answer here is
 * the same in both cases ("check your email"), so the form does not reveal who is registered.
 */
export const signUpAction = createFormAction(
  createAction({ schema: signUpSchema }, async (input, { locale }) => {
    await registerUser(input, { ip: await requestIp(), locale });
    return { email: input.email };
  }),
);
