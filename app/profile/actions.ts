"use server";
import { revalidatePath } from "next/cache";
import { signOut } from "@/auth";
import { createAction, createFormAction } from "@/lib/action";
import { changePasswordSchema, noInputSchema, profileSchema, signOutSchema } from "@/lib/auth/schemas";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { changePassword } from "@/lib/server/accounts/change-password";
import { resendVerification } from "@/lib/server/accounts/resend-verification";
import { deleteAllSessions } from "@/lib/server/accounts/delete-all-sessions";
import { updateProfile } from "@/lib/server/accounts/update-profile";

export const updateProfileAction = createFormAction(
  createAction({ schema: profileSchema, requireUser: true }, async (input, { user }) => {
    const result = await updateProfile(user, input);
    revalidatePath("/", "layout");
    return result;
  }),
);

/** Ends this browser's session (the row is deleted in auth.ts's signOut event) and returns to `callbackUrl`. */
export const signOutAction = createFormAction(
  createAction({ schema: signOutSchema }, async (input) => {
    await signOut({ redirectTo: input.callbackUrl });
  }),
);

/** Ends every session of the signed-in user, this one included. */
export const signOutEverywhereAction = createFormAction(
  createAction({ schema: noInputSchema, requireUser: true }, async (_input, { user }) => {
    await deleteAllSessions(user.id);
    await signOut({ redirectTo: "/signin" });
  }),
);

/** Changes the password (the current one is checked), ends every session and signs this browser in again. */
export const changePasswordAction = createFormAction(
  createAction({ schema: changePasswordSchema, requireUser: true }, async (input, { user, locale }) => {
    const { email } = await changePassword(user, input, { locale });
    await signInWithPassword({ email, password: input.newPassword, callbackUrl: "/profile?passwordChanged=1" });
  }),
);

/** Mails a new confirmation link to the signed-in user's unconfirmed address. */
export const resendVerificationAction = createFormAction(
  createAction({ schema: noInputSchema, requireUser: true }, async (_input, { user, locale }) => {
    await resendVerification(user, { locale });
  }),
);
