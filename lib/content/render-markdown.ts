import type { Element, Root as HastRoot } from "hast";
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
const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // remark-rehype already prefixes the only ids Markdown can make (footnotes) with "user-content-"; a second prefix
  // here would break every footnote link. Raw HTML, the other source of ids, never gets this far.
  clobberPrefix: "",
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"] },
};

const markdownParser = unified().use(remarkParse).use(remarkGfm);
const htmlRenderer = unified()
  .use(remarkRehype)
  .use(() => joinCjkLines)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify);

/** Links in what users write earn no ranking and open no window reference (runs after sanitizing). */
function markUserLinks(tree: HastRoot): void {
  const visit = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      if (child.tagName === "a") child.properties = { ...child.properties, rel: ["nofollow", "ugc", "noopener", "noreferrer"] };
      visit(child);
    }
  };
  visit(tree);
}

const userHtmlRenderer = unified()
  .use(remarkRehype)
  .use(() => joinCjkLines)
  .use(rehypeSanitize, sanitizeSchema)
  .use(() => markUserLinks)
  .use(rehypeStringify);

/** Parses Markdown (GFM) to its syntax tree, once, for callers that both render and analyse it (forum posts). */
export function parseMarkdown(markdown: string): MdastRoot {
  return { type: "root", children: markdownParser.parse(markdown).children };
}

/** Renders a parsed user tree (see renderUserMarkdown). The tree is not modified. */
export function renderUserTree(tree: MdastRoot): string {
  const root: MdastRoot = { type: "root", children: structuredClone(tree.children) };
  return userHtmlRenderer.stringify(userHtmlRenderer.runSync(root)).trim();
}

/** Renders what a user wrote (forum posts): like renderMarkdown, and every link gets rel="nofollow ugc noopener noreferrer". */
export function renderUserMarkdown(markdown: string): string {
  return renderUserTree(parseMarkdown(markdown));
}

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
