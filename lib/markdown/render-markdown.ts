import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot, RootContent } from "mdast";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { joinCjkLines } from "./join-cjk-lines";

/**
 * GitHub's sanitization rules (rehype-sanitize's default), narrowed so links can only be http(s) or mailto.
 * Raw HTML never reaches the sanitizer: remark-rehype drops it (no allowDangerousHtml).
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // remark-rehype already prefixes the only ids Markdown can make (footnotes) with "user-content-"; a second prefix
  // here would break every footnote link. Raw HTML, the other source of ids, never gets this far.
  clobberPrefix: "",
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"] },
};

export const markdownParser = unified().use(remarkParse).use(remarkGfm);
const htmlRenderer = unified()
  .use(remarkRehype)
  .use(() => joinCjkLines)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify);

/** Renders mdast nodes (a slice of a parsed file) to sanitized HTML. */
export function renderNodes(nodes: readonly RootContent[]): string {
  const root: MdastRoot = { type: "root", children: [...nodes] };
  const hast: HastRoot = htmlRenderer.runSync(root);
  return htmlRenderer.stringify(hast).trim();
}

/** Renders user or author Markdown (GFM: tables, code blocks, strikethrough) to sanitized HTML; raw HTML is dropped. */
export function renderMarkdown(markdown: string): string {
  return renderNodes(markdownParser.parse(markdown).children);
}
