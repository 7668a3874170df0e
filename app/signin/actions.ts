"use server";
import { createAction, createFormAction } from "@/lib/action";
import { oauthSignInSchema, signInSchema } from "@/lib/auth/schemas";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { signIn } from "@/auth";

/** Email and password: redirects on success; a refusal (wrong password, too many attempts) comes back to the form. */
export const signInAction = createFormAction(
  createAction({ schema: signInSchema }, (input) => signInWithPassword(input)),
);

/** Starts an OAuth sign-in (only rendered when the provider is configured). */
export const oauthSignInAction = createFormAction(
  createAction({ schema: oauthSignInSchema }, async (input) => {
    await signIn(input.provider, { redirectTo: input.callbackUrl });
  }),
);
