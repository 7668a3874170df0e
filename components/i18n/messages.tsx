import type { ReactNode } from "react";
import { MessagesProvider } from "@/components/i18n/messages-provider";
import { authFieldErrorTexts } from "@/lib/auth/form-texts";
import type { Dictionary } from "@/lib/i18n/dictionary";
import { getI18n } from "@/lib/i18n/server";

/** Namespaces whose texts need the app's values filled in on the server before they travel (limits in errors). */
const prepared: { [K in keyof Dictionary]?: (messages: Dictionary[K]) => Dictionary[K] } = {
  fieldErrors: (messages) => authFieldErrorTexts(messages) as Dictionary["fieldErrors"],
};

/**
 * Gives the client components below it the named namespaces of the reader's dictionary (useMessages). Server
 * components need no provider: they call getI18n() or getMessages() themselves.
 */
export async function Messages({ namespaces, children }: { namespaces: (keyof Dictionary)[]; children: ReactNode }) {
  const { locale, t } = await getI18n();
  const messages: Partial<Dictionary> = {};
  for (const namespace of namespaces) {
    const prepare = prepared[namespace] as ((value: unknown) => unknown) | undefined;
    Object.assign(messages, { [namespace]: prepare ? prepare(t[namespace]) : t[namespace] });
  }
  return (
    <MessagesProvider locale={locale} messages={messages}>
      {children}
    </MessagesProvider>
  );
}
