// Input of the language switch (app/lang/route.ts).
import { z } from "zod";
import { locales } from "@/lib/i18n/locales";

/** Switch to `to`, then go `back` to a path on this site. */
export const languageSwitchSchema = z.object({
  to: z.enum(locales),
  // Only a path on this site: never an absolute or protocol-relative URL (no open redirect).
  back: z
    .string()
    .regex(/^\/(?!\/)[^\s\\]*$/)
    .catch("/"),
});
