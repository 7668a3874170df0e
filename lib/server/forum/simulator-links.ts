// Finds links to the simulator player in a post's Markdown, so the thread can show them as replay cards.
// Parsed from the syntax tree (GFM autolinks included), never by regular expressions over Markdown.
import type { Nodes } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { z } from "zod";
import type { SimulatorLink } from "@/lib/forum/dto";

const maxCards = 3;
const paramsSchema = z.object({
  choices: z
    .string()
    .regex(/^[A-Z](,[A-Z]){0,9}$/)
    .optional()
    .catch(undefined),
  os: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,15}$/)
    .optional()
    .catch(undefined),
  step: z.coerce.number().int().min(0).max(999).optional().catch(undefined),
  seed: z
    .string()
    .regex(/^\d{1,10}$/)
    .transform(Number)
    .pipe(z.int().max(0x7fffffff))
    .optional()
    .catch(undefined),
});

const parser = unified().use(remarkParse).use(remarkGfm);

// A bare same-site path written as plain text ("…は /questions/saa-0001/simulate?choices=A で再生できます"): GFM only
// autolinks absolute URLs, so such a path is found in the text nodes (never in code, which is not a text node).
const barePath = /(?<![\w/.:-])\/(?:questions\/[a-z]+-\d{4}\/simulate|sandbox)(?:\?[^\s<>()\[\]「」、。]*)?/g;

function* linkUrls(node: Nodes): Generator<string> {
  if (node.type === "link") {
    yield node.url;
    return; // the link's own text is its label, not another link
  }
  if (node.type === "text") for (const match of node.value.matchAll(barePath)) yield match[0];
  if ("children" in node) for (const child of node.children) yield* linkUrls(child);
}

/** A link to the player on this site (`/questions/<id>/simulate?…` or `/sandbox?…`), or null for any other URL. */
export function parseSimulatorLink(url: string, siteHost: string | null): SimulatorLink | null {
  let parsed: URL;
  try {
    parsed = new URL(url, "http://same-site.invalid");
  } catch {
    return null;
  }
  const isRelative = parsed.host === "same-site.invalid" && url.startsWith("/") && !url.startsWith("//");
  const isSameHost = siteHost !== null && /^https?:$/.test(parsed.protocol) && parsed.host === siteHost;
  if (!isRelative && !isSameHost) return null;
  const question = /^\/questions\/([a-z]+-\d{4})\/simulate\/?$/.exec(parsed.pathname);
  const isSandbox = /^\/sandbox\/?$/.test(parsed.pathname);
  if (!question && !isSandbox) return null;
  const params = paramsSchema.parse(Object.fromEntries(parsed.searchParams));
  const query = new URLSearchParams();
  if (question && params.seed !== undefined) query.set("seed", String(params.seed));
  if (params.choices) query.set("choices", params.choices);
  if (params.os) query.set("os", params.os);
  if (params.step !== undefined) query.set("step", String(params.step));
  // Sandbox links carry their whole setup in the query: keep it, re-encoded, so the replay opens as shared.
  if (isSandbox)
    for (const [key, value] of parsed.searchParams)
      if (!query.has(key) && key.length <= 32) query.set(key, value.slice(0, 2000));
  const path = question ? `/questions/${question[1]}/simulate` : "/sandbox";
  const search = query.toString();
  return {
    kind: question ? "question" : "sandbox",
    href: search ? `${path}?${search}` : path,
    questionId: question?.[1] ?? null,
    choices: params.choices?.split(",") ?? [],
    os: params.os ?? null,
    step: params.step ?? null,
    seed: question ? (params.seed ?? null) : null,
  };
}

/** The first few distinct simulator links in a post, in the order they appear. */
export function findSimulatorLinks(markdown: string, siteHost: string | null): SimulatorLink[] {
  return simulatorLinksInTree(parser.parse(markdown), siteHost);
}

/** The same, from a tree already parsed (GFM), so a post is parsed once when it is written. */
export function simulatorLinksInTree(tree: Nodes, siteHost: string | null): SimulatorLink[] {
  const found = new Map<string, SimulatorLink>();
  for (const url of linkUrls(tree)) {
    const link = parseSimulatorLink(url, siteHost);
    if (link && !found.has(link.href)) found.set(link.href, link);
    if (found.size >= maxCards) break;
  }
  return [...found.values()];
}
