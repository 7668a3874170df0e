/**
 * The simulator's sentences in both languages at once, from the whole catalogue: the CLI, `--json`, the content
 * checker and variants. Not for the browser (explain.ts takes one language's messages instead).
 */
import { netsimExplain } from "../../i18n/messages/netsim-explain";
import type { Fact, FactValue } from "../core/fact";
import type { Text } from "../core/trace";
import { explain, isFact, type ExplainLocale, type ExplainMessages } from "./explain";

/** Both languages at once (the CLI, `--json`, the content checker). */
export function explainText(f: Fact | null | undefined): Text {
  return { ja: explain(f, netsimExplain.ja), en: explain(f, netsimExplain.en) };
}

export function messagesFor(locale: ExplainLocale): ExplainMessages {
  return netsimExplain[locale];
}

/**
 * A copy of any simulator output with a `text: { ja, en }` beside every fact (steps, counterexamples, labels, verdict
 * reasons): what `--json` prints, and what authoring tools read.
 */
export function withTexts<T>(value: T): T {
  return addTexts(value) as T;
}

function addTexts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(addTexts);
  if (typeof value !== "object" || value === null) return value;
  if (isFact(value as FactValue)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = addTexts(v);
    if (isFact(v as FactValue)) {
      const t = explainText(v as Fact);
      if (k === "fact") out.text = t;
      else out[`${k}Text`] = t;
    }
  }
  return out;
}
