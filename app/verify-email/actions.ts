"use server";
import { AuthError } from "next-auth";
import { signIn } from "@/auth";
import { createAction, createFormAction } from "@/lib/action";
import { confirmEmailSchema } from "@/lib/auth/schemas";
import { AppError } from "@/lib/errors";

/**
 * Confirms the address with the mailed token and signs in (Auth.js's "email-link" provider consumes the token). A POST
 * from a button, not the GET of the link itself, so a mail scanner that opens links cannot use the token up.
 */
export const confirmEmailAction = createFormAction(
  createAction({ schema: confirmEmailSchema }, async (input) => {
    try {
      await signIn("email-link", { token: input.token, redirectTo: "/profile?verified=1" });
    } catch (error) {
      if (error instanceof AuthError) throw new AppError("account.verify.invalid");
      throw error;
    }
  }),
);
