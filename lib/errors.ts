import type { Dictionary } from "@/lib/i18n/dictionary";

/** The dictionary paths under `Prefix` whose value is a string: "quiz.errors.attemptNotFound" and so on. */
type Codes<T, Prefix extends string> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}.${K}` : never;
}[keyof T & string];

/**
 * Every expected failure, by name. A code is the dictionary path of its message (lib/i18n/messages), so the union is
 * closed and a code without a message in both languages fails the type check.
 */
export type AppErrorCode =
  | Codes<Dictionary["actions"], "actions">
  | Codes<Dictionary["auth"]["errors"], "auth.errors">
  | Codes<Dictionary["quiz"]["errors"], "quiz.errors">
  | Codes<Dictionary["forum"]["errors"], "forum.errors">
  | "community.report.unknownQuestion"
  | "community.report.rateLimited"
  | "community.moderation.alreadyResolved"
  | "account.change.wrongCurrent"
  | "account.change.noPassword"
  | "account.status.alreadyVerified"
  | "account.forgot.rateLimited"
  | "account.reset.invalid"
  | "account.verify.invalid";

export type AppErrorOptions = {
  /** The form field the failure belongs to, reported as that field's error too. */
  field?: string;
  /** Values for the message's `{name}` placeholders. */
  params?: Record<string, string | number>;
};

/**
 * An expected failure (not found, not allowed, deadline passed…) a use case or lib/auth throws. It carries a code, not
 * text: the action boundary (lib/action.ts) translates it into the user's language. Bugs throw plain errors.
 */
export class AppError extends Error {
  readonly field?: string;
  readonly params: Record<string, string | number>;

  constructor(
    readonly code: AppErrorCode,
    options: AppErrorOptions = {},
  ) {
    super(code);
    this.name = "AppError";
    if (options.field) this.field = options.field;
    this.params = options.params ?? {};
  }
}
