import { describe, expect, it } from "vitest";
import { sourceFileUrl } from "./source-url";

describe("sourceFileUrl", () => {
  it("joins the configured edit URL and the file's path under content/", () => {
    expect(
      sourceFileUrl("saa-c03/saa-0001.md", { KAISETSU_SOURCE_URL: "https://github.com/example/kaisetsu/edit/main" }),
    ).toBe("https://github.com/example/kaisetsu/edit/main/content/saa-c03/saa-0001.md");
  });
  it("does not repeat content/ when the stored path has it", () => {
    expect(
      sourceFileUrl("content/saa-c03/saa-0001.md", {
        KAISETSU_SOURCE_URL: "https://github.com/example/kaisetsu/edit/main/",
      }),
    ).toBe("https://github.com/example/kaisetsu/edit/main/content/saa-c03/saa-0001.md");
  });
  it("is null when unset or not https", () => {
    expect(sourceFileUrl("saa-c03/saa-0001.md", {})).toBeNull();
    expect(sourceFileUrl("saa-c03/saa-0001.md", { KAISETSU_SOURCE_URL: "javascript:alert(1)//" })).toBeNull();
  });
});
