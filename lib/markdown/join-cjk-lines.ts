import type { Element, Root, RootContent } from "hast";

// East Asian wide characters: CJK punctuation, kana, CJK ideographs, compatibility ideographs, full-width forms.
const wide = "\\u3000-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef";
// A break between two wide characters, or between a wide character and a half-width parenthesis that Japanese text
// writes next to it ("…です\n(2 つ選択)", "(Amazon S3)\nに保存"): both vanish.
const breakBetweenWide = new RegExp(
  `([${wide}])[ \\t]*\\n[ \\t]*(?=[${wide}(])|(\\))[ \\t]*\\n[ \\t]*(?=[${wide}])`,
  "g",
);

/**
 * A line break inside a Markdown paragraph becomes a space in HTML, and a browser shows it even between two
 * Japanese characters ("です。 次に"). CSS Text 3 says such a segment break should vanish between East Asian wide
 * characters, but browsers do not implement it, so it is removed here. Code keeps its line breaks.
 */
export function joinCjkLines(tree: Root): void {
  const visit = (node: Root | Element): void => {
    for (const child of node.children as RootContent[]) {
      if (child.type === "text") child.value = child.value.replace(breakBetweenWide, "$1$2");
      else if (child.type === "element" && child.tagName !== "pre" && child.tagName !== "code") visit(child);
    }
  };
  visit(tree);
}
