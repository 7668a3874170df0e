"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { signOut } from "@/auth";
import { createAction, createFormAction } from "@/lib/action";
import { callbackUrlSchema, profileSchema } from "@/lib/auth/schemas";
import { deleteAllSessions } from "@/lib/server/accounts/sessions";
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
  createAction({ schema: z.object({ callbackUrl: callbackUrlSchema }) }, async (input) => {
    await signOut({ redirectTo: input.callbackUrl });
  }),
);

/** Ends every session of the signed-in user, this one included. */
export const signOutEverywhereAction = createFormAction(
  createAction({ schema: z.object({}), requireUser: true }, async (_input, { user }) => {
    await deleteAllSessions(user.id);
    await signOut({ redirectTo: "/signin" });
  }),
);
