"use server";
import { createAction, createFormAction } from "@/lib/action";
import { resetPasswordSchema } from "@/lib/auth/schemas";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { resetPassword } from "@/lib/server/accounts/reset-password";

/** Sets the new password with the mailed token, then signs in with it (every other session has ended). */
export const resetPasswordAction = createFormAction(
  createAction({ schema: resetPasswordSchema }, async (input) => {
    const { email } = await resetPassword(input);
    await signInWithPassword({ email, password: input.password, callbackUrl: "/profile" });
  }),
);
