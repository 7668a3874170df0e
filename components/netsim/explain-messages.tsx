"use client";
import { useEffect, useSyncExternalStore } from "react";
import { useLocale, useMessages } from "@/components/i18n/messages-provider";
import type { Locale } from "@/lib/i18n/locales";
import type { ExplainMessages } from "@/lib/netsim";
import styles from "./netsim.module.css";

/**
 * The simulator's explanation sentences (lib/i18n/messages/netsim-explain-*.ts) reach the browser on demand, in the
 * reader's language only: one chunk a language, loaded after first paint, so the player's and the sandbox's pages
 * carry only the netsim UI labels inline. Until the chunk is in, components show <ExplainPending/> in place of a
 * sentence (never another language's sentence). Server rendering shows the pending text too (the store's server
 * snapshot is always empty, so hydration matches).
 */
const loaders: Record<Locale, () => Promise<ExplainMessages>> = {
  ja: () => import("@/lib/i18n/messages/netsim-explain-ja").then((module) => module.ja),
  en: () => import("@/lib/i18n/messages/netsim-explain-en").then((module) => module.en),
};

const loaded: Partial<Record<Locale, ExplainMessages>> = {};
const loading: Partial<Record<Locale, Promise<ExplainMessages>>> = {};
const failed: Partial<Record<Locale, boolean>> = {};
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** Loads one language's sentences (once; the same promise every call until it fails, then a new attempt). */
export function loadExplainMessages(locale: Locale): Promise<ExplainMessages> {
  if (failed[locale]) {
    failed[locale] = false;
    notify();
  }
  loading[locale] ??= loaders[locale]().then(
    (messages) => {
      loaded[locale] = messages;
      notify();
      return messages;
    },
    (error: unknown) => {
      // A failed chunk (offline, a deploy in between) is shown as such, with a retry, never as an endless "loading".
      delete loading[locale];
      failed[locale] = true;
      notify();
      throw error;
    },
  );
  return loading[locale];
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The reader's explanation sentences, or null while their chunk loads (it starts loading on mount). */
export function useExplainMessages(): ExplainMessages | null {
  const locale = useLocale();
  const messages = useSyncExternalStore(
    subscribe,
    () => loaded[locale] ?? null,
    () => null,
  );
  useEffect(() => {
    if (!loaded[locale]) loadExplainMessages(locale).catch(() => undefined);
  }, [locale]);
  return messages;
}

/** Whether the last attempt to load this language's sentences failed (and no retry is under way). */
export function hasExplainLoadFailed(locale: Locale): boolean {
  return failed[locale] === true;
}

/** What stands in for a sentence while the sentences load; if loading failed, says so and offers a retry. */
export function ExplainPending() {
  const t = useMessages("netsim");
  const locale = useLocale();
  const hasFailed = useSyncExternalStore(
    subscribe,
    () => hasExplainLoadFailed(locale),
    () => false,
  );
  if (hasFailed) {
    return (
      <span className={styles.pending} role="alert" data-testid="explain-failed">
        {t.explainFailed}{" "}
        <button
          type="button"
          className="button button-quiet"
          onClick={() => void loadExplainMessages(locale).catch(() => undefined)}
        >
          {t.explainRetry}
        </button>
      </span>
    );
  }
  return (
    <span className={styles.pending} data-testid="explain-pending">
      {t.explainLoading}
    </span>
  );
}
