import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MessagesProvider } from "@/components/i18n/messages-provider";
import { dictionaryFor } from "@/lib/i18n/dictionary";
import { locales } from "@/lib/i18n/locales";
import { netsimExplain } from "@/lib/i18n/messages/netsim-explain";
import { ExplainPending, loadExplainMessages, useExplainMessages } from "./explain-messages";

function Sentence() {
  const sentences = useExplainMessages();
  return <p>{sentences ? sentences.terms.dir.inbound : <ExplainPending />}</p>;
}

describe("the simulator's sentences, loaded on demand", () => {
  it.each(locales)("loads the reader's language only, once (%s)", async (locale) => {
    const loading = loadExplainMessages(locale);
    expect(loadExplainMessages(locale)).toBe(loading);
    expect(await loading).toEqual(netsimExplain[locale]);
  });

  it.each(locales)("server-renders the loading text, never a sentence, so hydration matches (%s)", async (locale) => {
    await loadExplainMessages(locale);
    const t = dictionaryFor(locale);
    const html = renderToString(
      <MessagesProvider locale={locale} messages={{ netsim: t.netsim }}>
        <Sentence />
      </MessagesProvider>,
    );
    expect(html).toContain(t.netsim.explainLoading);
    expect(html).not.toContain(netsimExplain[locale].terms.dir.inbound);
  });

  it("sends the page no sentence: the netsim namespace has the UI labels and the OS names only", () => {
    for (const locale of locales) {
      const netsim = dictionaryFor(locale).netsim;
      expect(netsim).not.toHaveProperty("explain");
      expect(netsim.osNames).toEqual(netsimExplain[locale].os);
    }
  });
});
