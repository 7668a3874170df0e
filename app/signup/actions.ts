"use server";
import { createAction, createFormAction } from "@/lib/action";
import { requestIp } from "@/lib/auth/request-ip";
import { signUpSchema } from "@/lib/auth/schemas";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { registerUser } from "@/lib/server/accounts/register-user";

/** Creates the account, then signs in with the same credentials and redirects. */
export const signUpAction = createFormAction(
  createAction({ schema: signUpSchema }, async (input) => {
    await registerUser(input, { ip: await requestIp() });
    await signInWithPassword(input);
  }),
);
