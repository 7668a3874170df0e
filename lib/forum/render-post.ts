import type { Element, Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { joinCjkLines } from "../markdown/join-cjk-lines";
import { markdownParser, sanitizeSchema } from "../markdown/render-markdown";

/* Forum posts: the question bank's sanitized pipeline (lib/markdown), plus what user content needs on top. */

/** Links in what users write earn no ranking and open no window reference (runs after sanitizing). */
function markUserLinks(tree: HastRoot): void {
  const visit = (node: HastRoot | Element): void => {
    for (const child of node.children) {
      if (child.type !== "element") continue;
      if (child.tagName === "a")
        child.properties = { ...child.properties, rel: ["nofollow", "ugc", "noopener", "noreferrer"] };
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
