/**
 * Every scenario of the question bank (content/**\/*.md with a ```netsim block), loaded by the app's own loader, for
 * the bank-wide simulator tests (facts golden, explanations in both languages).
 */
import path from "node:path";
import { loadBank } from "@/lib/content/parse/load-bank";
import { parseScenario } from "@/lib/netsim/authoring";
import type { Scenario } from "@/lib/netsim/authoring";

export type BankScenario = { id: string; source: string; scenario: Scenario; expectedKey: string[]; choose?: number };

export async function bankScenarios(): Promise<BankScenario[]> {
  const bank = await loadBank(path.resolve(import.meta.dirname, "../../content"));
  const out: BankScenario[] = [];
  for (const q of bank.questions) {
    const block = q.primary.scenario;
    if (!block) continue;
    const parsed = parseScenario(block.source);
    if (!parsed.ok) continue;
    const expectedKey = q.primary.choices.filter((c) => c.isCorrect).map((c) => c.letter);
    const choose = q.primary.frontMatter.choose;
    out.push({
      id: q.id,
      source: block.source,
      scenario: parsed.scenario,
      expectedKey,
      ...(choose !== undefined ? { choose } : {}),
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * A short stable hash of a scenario's source (FNV-1a, 32 bits): the golden applies to unchanged scenarios only. The
 * `title:` line is left out: a title (now translatable) changes no fact.
 */
export function sourceHash(raw: string): string {
  const source = raw
    .split("\n")
    .filter((line) => !/^title:/.test(line))
    .join("\n");
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    h ^= source.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
