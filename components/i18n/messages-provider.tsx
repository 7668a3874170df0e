"use client";
import { createContext, useContext, type ReactNode } from "react";
import type { Dictionary } from "@/lib/i18n/dictionary";
import type { Locale } from "@/lib/i18n/locales";

type Scope = { locale: Locale; messages: Partial<Dictionary> };

const MessagesContext = createContext<Scope | null>(null);

/**
 * Hands client components the namespaces a server component picked (see Messages), so a page's browser payload
 * carries only the messages its client components use, never the whole dictionary. Nested providers add namespaces.
 */
export function MessagesProvider({ locale, messages, children }: Scope & { children: ReactNode }) {
  const parent = useContext(MessagesContext);
  return (
    <MessagesContext.Provider value={{ locale, messages: { ...parent?.messages, ...messages } }}>
      {children}
    </MessagesContext.Provider>
  );
}

function useScope(): Scope {
  const scope = useContext(MessagesContext);
  if (!scope)
    throw new Error("No <Messages> above this client component: wrap it in one (components/i18n/messages.tsx)");
  return scope;
}

/** One namespace of the reader's dictionary, in a client component. Throws when no <Messages> above provides it. */
export function useMessages<K extends keyof Dictionary>(namespace: K): Dictionary[K] {
  const messages = useScope().messages[namespace];
  if (!messages)
    throw new Error(`<Messages namespaces={[..., "${namespace}"]}> is missing above this client component`);
  return messages;
}

/** The reader's language, in a client component (for lib/i18n/dates.ts). */
export function useLocale(): Locale {
  return useScope().locale;
}
