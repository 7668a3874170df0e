import { describe, expect, it } from "vitest";
import { topicLabel } from "@/lib/i18n/topics";

describe("topic chips", () => {
  it("name known topics in each language", () => {
    expect(topicLabel("network-acl", "ja")).toBe("ネットワーク ACL");
    expect(topicLabel("network-acl", "en")).toBe("network ACL");
  });
  it("show any other slug readably, never as a raw slug", () => {
    expect(topicLabel("sse-kms", "ja")).toBe("SSE KMS");
    expect(topicLabel("s3-static-website", "en")).toBe("S3 static website");
  });
});
