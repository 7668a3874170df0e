"use server";
import { z } from "zod";
import { createAction } from "@/lib/action";
import { isTimeZone } from "@/lib/i18n/dates";
import { saveTimeZone } from "@/lib/server/accounts/save-time-zone";

/** The browser's time zone, stored in the signed-in user's profile; signed out, nothing to store. */
export const saveTimeZoneAction = createAction(
  { schema: z.object({ timeZone: z.string().refine(isTimeZone) }) },
  async (input, { user }) => {
    if (user) await saveTimeZone(user, input.timeZone);
  },
);
