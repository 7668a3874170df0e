import "server-only";
import { toString } from "mdast-util-to-string";
import { z } from "zod";
import { markdownBudgetProblem } from "@/lib/forum/markdown-budget";
import { parseMarkdown, renderUserTree } from "@/lib/forum/render-post";
import { AppError } from "@/lib/errors";
import type { SimulatorLink } from "@/lib/forum/dto";
import { simulatorLinksInTree } from "@/lib/server/forum/simulator-links";

export const excerptLength = 140;

/** What a post's Markdown yields, computed once when it is written or edited and stored beside it. */
export type PostAnalysis = { bodyHtml: string; excerpt: string; simulatorLinks: SimulatorLink[] };

/**
 * Parses a post once (after the linear budget check, so no post can cost more than a few tens of ms) and derives
 * everything a page shows: the sanitized HTML, a plain-text excerpt (never HTML) and the simulator replay cards.
 * Pages read these columns and never parse a post again. Refuses a post past the budget with a clear message.
 */
export function analysePost(markdown: string, siteHost: string | null): PostAnalysis {
  if (markdownBudgetProblem(markdown)) throw new AppError("forum.errors.tooComplex");
  const tree = parseMarkdown(markdown);
  // Block by block, so two paragraphs do not run into one word.
  const text = tree.children
    .map((node) => toString(node))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  return {
    bodyHtml: renderUserTree(tree),
    excerpt: text.length > excerptLength ? `${text.slice(0, excerptLength - 1)}…` : text,
    simulatorLinks: simulatorLinksInTree(tree, siteHost),
  };
}

const storedLinksSchema = z.array(
  z.object({
    kind: z.enum(["question", "sandbox"]),
    href: z.string().startsWith("/"),
    questionId: z.string().nullable(),
    choices: z.array(z.string()),
    os: z.string().nullable(),
    step: z.number().nullable(),
    // Posts stored before variants carry no seed: the question as written.
    seed: z.number().nullable().catch(null),
  }),
);

/** The stored links column read back (JSON in PostgreSQL); anything unexpected shows no cards rather than failing. */
export function storedSimulatorLinks(value: unknown): SimulatorLink[] {
  const parsed = storedLinksSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}
