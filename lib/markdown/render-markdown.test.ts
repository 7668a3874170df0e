import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";

describe("renderMarkdown", () => {
  it("renders GFM tables, fenced code with its language, and strikethrough", () => {
    const html = renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |\n\n```yaml\nkey: 1\n```\n\n~~old~~");
    expect(html).toContain("<table>");
    expect(html).toContain("<td>1</td>");
    expect(html).toContain('<pre><code class="language-yaml">key: 1\n</code></pre>');
    expect(html).toContain("<del>old</del>");
  });

  it("drops raw HTML: no script, no event handler, no iframe reaches the output", () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<iframe src="https://x"></iframe>\n\nok',
    );
    expect(html).not.toMatch(/<script|onerror|<iframe|<img/);
    expect(html).toContain("ok");
  });

  it("keeps http(s) and mailto links and strips every other protocol", () => {
    const html = renderMarkdown(
      "[a](https://docs.aws.amazon.com/) [b](mailto:x@example.com) [c](javascript:alert(1)) [d](irc://x) [e](data:text/html,x)",
    );
    expect(html).toContain('<a href="https://docs.aws.amazon.com/">a</a>');
    expect(html).toContain('<a href="mailto:x@example.com">b</a>');
    expect(html).not.toMatch(/javascript:|irc:|data:/);
  });

  it("prefixes footnote ids once, so they cannot clobber the page's ids and their links still work", () => {
    const html = renderMarkdown("text[^1]\n\n[^1]: note");
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('<li id="user-content-fn-1">');
  });
});

describe("line breaks in Japanese paragraphs", () => {
  it("vanish between Japanese characters, stay a space next to Latin text, and stay in code", () => {
    expect(renderMarkdown("アプリケーションが応答しない。\n別リージョンの Amazon S3\nを使う。")).toBe(
      "<p>アプリケーションが応答しない。別リージョンの Amazon S3\nを使う。</p>",
    );
    expect(renderMarkdown("```\n設定。\n次の行\n```")).toContain("設定。\n次の行");
  });
});
