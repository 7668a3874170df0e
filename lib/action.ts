import "server-only";
import { z } from "zod";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { dictionaryFor } from "@/lib/i18n/dictionary";
import type { ActionMessages } from "@/lib/i18n/messages/actions";
import type { Locale } from "@/lib/i18n/locales";
import { getLocale } from "@/lib/i18n/server";

/**
 * What every action answers. `isRetryable` marks a failure that says nothing about the input: the database is
 * unreachable for the moment (a restart, the pool exhausted). The client keeps what the user did and sends it again.
 */
export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string[]>; isRetryable?: true };

/** An expected failure a use case reports to the user (not found, not allowed, deadline passed…), in both languages. */
export class ExpectedError extends Error {
  constructor(
    readonly text: { ja: string; en: string },
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(text.en);
    this.name = "ExpectedError";
  }
  static of(key: keyof ActionMessages): ExpectedError {
    return new ExpectedError({ ja: dictionaryFor("ja").actions[key], en: dictionaryFor("en").actions[key] });
  }
}

type Context = { user: SessionUser | null; locale: Locale };
type AuthedContext = { user: SessionUser; locale: Locale };

type Options<S extends z.ZodType> = { schema: S; requireUser?: boolean };

function fail(
  message: string,
  fieldErrors?: Record<string, string[]>,
): { ok: false; message: string; fieldErrors?: Record<string, string[]> } {
  return fieldErrors ? { ok: false, message, fieldErrors } : { ok: false, message };
}

/**
 * The one way to write a server action (habit 1): who is asking, then zod, then one use case.
 * Invalid input and expected failures come back as { ok: false, message, fieldErrors }; a bug still throws.
 */
export function createAction<S extends z.ZodType, T>(
  options: Options<S> & { requireUser: true },
  run: (input: z.infer<S>, context: AuthedContext) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>>;
export function createAction<S extends z.ZodType, T>(
  options: Options<S>,
  run: (input: z.infer<S>, context: Context) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>>;
export function createAction<S extends z.ZodType, T>(
  options: Options<S>,
  run: (input: z.infer<S>, context: AuthedContext) => Promise<T>,
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const locale = await getLocale();
    const t = dictionaryFor(locale).actions;
    try {
      // A database outage while reading the session is reported as such (getSessionUser throws), never as "sign in".
      const user = await getSessionUser();
      if (options.requireUser && !user) return fail(t.signInRequired);
      const parsed = options.schema.safeParse(input);
      if (!parsed.success)
        return fail(t.invalidInput, z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
      // Narrowed above when requireUser is set; otherwise the overload gives the handler a nullable user.
      return { ok: true, data: await run(parsed.data, { user: user as SessionUser, locale }) };
    } catch (error) {
      if (error instanceof ExpectedError) return fail(error.text[locale], error.fieldErrors);
      if (isDatabaseUnavailable(error)) {
        console.error(
          `Action refused while the database is unavailable: ${error instanceof Error ? error.message.split("\n").at(-1) : String(error)}`,
        );
        return { ok: false, message: t.unavailable, isRetryable: true };
      }
      throw error;
    }
  };
}

/** FormData → plain object for zod: repeated names become arrays, single names stay strings. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((value): value is string => typeof value === "string");
    result[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return result;
}

/**
 * For forms driven by useActionState: (previous state, FormData) → the same ActionResult. Anything but a FormData
 * (a crafted request sending JSON to a form action) is invalid input, not a crash.
 */
export function createFormAction<T>(action: (input: unknown) => Promise<ActionResult<T>>) {
  return async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    if (!(formData instanceof FormData)) return fail(dictionaryFor(await getLocale()).actions.invalidInput);
    return action(formDataToObject(formData));
  };
}
