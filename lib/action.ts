import "server-only";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/dto";
import { getSessionReference, getSessionUser, type SessionReference } from "@/lib/auth/session";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { dictionaryFor } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { getLocale } from "@/lib/i18n/server";
import { requestNow } from "@/lib/request-context";
import type { ActionResult } from "@/lib/action-result";

/** What an action knows of its request, handed to its use case: who, which language, and the request's clock. */
type Context = { user: SessionUser | null; locale: Locale; now: Date };
type AuthedContext = { user: SessionUser; locale: Locale; now: Date };

/**
 * What a use case that checks the session in its own statement gets instead of the user: the session id from the
 * decrypted cookie (not looked up), or the user when no lookup is needed (no cookie; no secret). It must treat a
 * session that is not live as signed out. Saves the session read's round trip (issue #16: the practice answer).
 */
type SessionContext = { session: SessionReference; locale: Locale; now: Date };

type Options<S extends z.ZodType> = { schema: S; requireUser?: boolean };
type SessionInUseCaseOptions<S extends z.ZodType> = { schema: S; session: "in-use-case" };

function fail(
  message: string,
  fieldErrors?: Record<string, string[]>,
): { ok: false; message: string; fieldErrors?: Record<string, string[]> } {
  return fieldErrors ? { ok: false, message, fieldErrors } : { ok: false, message };
}

/**
 * The one way to write a server action (habit 1): who is asking, then zod, then one use case.
 * Invalid input and expected failures (AppError) come back as { ok: false, message, fieldErrors }; a bug still throws.
 */
export function createAction<S extends z.ZodType, T>(
  options: SessionInUseCaseOptions<S>,
  run: (input: z.infer<S>, context: SessionContext) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>>;
export function createAction<S extends z.ZodType, T>(
  options: Options<S> & { requireUser: true },
  run: (input: z.infer<S>, context: AuthedContext) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>>;
export function createAction<S extends z.ZodType, T>(
  options: Options<S>,
  run: (input: z.infer<S>, context: Context) => Promise<T>,
): (input: unknown) => Promise<ActionResult<T>>;
export function createAction<S extends z.ZodType, T>(
  options: Options<S> | SessionInUseCaseOptions<S>,
  run: (input: z.infer<S>, context: AuthedContext & SessionContext) => Promise<T>,
) {
  const isSessionInUseCase = "session" in options;
  return async (input: unknown): Promise<ActionResult<T>> => {
    const locale = await getLocale();
    const t = dictionaryFor(locale).actions;
    try {
      // A database outage while reading the session is reported as such (getSessionUser throws), never as "sign in".
      // With `session: "in-use-case"`, only the cookie is read here; the use case's statement checks the session.
      const session: SessionReference = isSessionInUseCase ? await getSessionReference() : { user: null };
      const user = isSessionInUseCase ? null : await getSessionUser();
      if ("requireUser" in options && options.requireUser && !user) return fail(t.signInRequired);
      const parsed = options.schema.safeParse(input);
      if (!parsed.success)
        return fail(t.invalidInput, z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
      // Narrowed above when requireUser is set; otherwise the overload gives the handler a nullable user.
      const now = await requestNow();
      return { ok: true, data: await run(parsed.data, { user: user as SessionUser, session, locale, now }) };
    } catch (error) {
      // The one place an expected failure becomes text: its code, in the user's language (and the field's error).
      if (error instanceof AppError) {
        const message = errorText(error, locale);
        return fail(message, error.field ? { [error.field]: [message] } : undefined);
      }
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
