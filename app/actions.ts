"use server";
import { createAction } from "@/lib/action";
import { timeZoneSchema } from "@/lib/auth/schemas";
import { saveTimeZone } from "@/lib/server/accounts/save-time-zone";

/** The browser's time zone, stored in the signed-in user's profile; signed out, nothing to store. */
export const saveTimeZoneAction = createAction({ schema: timeZoneSchema }, async (input, { user }) => {
  if (user) await saveTimeZone(user, input.timeZone);
});
