import { describe, expect, it } from "vitest";
import { renderUserMarkdown } from "./render-post";

describe("renderUserMarkdown", () => {
  it("marks every link in user content nofollow ugc, and still sanitizes", () => {
    const html = renderUserMarkdown("[docs](https://docs.aws.amazon.com/) and [x](javascript:alert(1))");
    expect(html).toContain('<a href="https://docs.aws.amazon.com/" rel="nofollow ugc noopener noreferrer">docs</a>');
    expect(html).not.toContain("javascript:");
  });
});
