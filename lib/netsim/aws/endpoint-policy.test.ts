import { describe, expect, it } from "vitest";
import { evaluatePolicy } from "./endpoint-policy";

const fullS3 = { statements: [{ effect: "allow" as const, actions: ["s3:*"], resources: ["*"] }] };

describe("endpoint policy on a flow that names no action or resource", () => {
  it("a policy allowing every action of the service on every resource allows it", () => {
    expect(evaluatePolicy(fullS3, undefined, undefined, "s3")).toBe("allow");
    expect(
      evaluatePolicy({ statements: [{ effect: "allow", actions: ["*"], resources: ["*"] }] }, undefined, undefined),
    ).toBe("allow");
    expect(
      evaluatePolicy(
        { statements: [{ effect: "allow", actions: ["S3:*"], resources: ["arn:aws:s3:::*"] }] },
        undefined,
        undefined,
        "s3",
      ),
    ).toBe("allow");
  });
  it("a narrower allow does not, and an explicit deny still wins", () => {
    const narrow = { statements: [{ effect: "allow" as const, actions: ["s3:GetObject"], resources: ["*"] }] };
    expect(evaluatePolicy(narrow, undefined, undefined, "s3")).toBe("implicit-deny");
    expect(
      evaluatePolicy(
        { statements: [{ effect: "allow", actions: ["s3:*"], resources: ["arn:aws:s3:::reports/*"] }] },
        undefined,
        undefined,
        "s3",
      ),
    ).toBe("implicit-deny");
    expect(
      evaluatePolicy(
        { statements: [{ effect: "allow", actions: ["sqs:*"], resources: ["*"] }] },
        undefined,
        undefined,
        "s3",
      ),
    ).toBe("implicit-deny");
    const withDeny = {
      statements: [...fullS3.statements, { effect: "deny" as const, actions: ["*"], resources: ["*"] }],
    };
    expect(evaluatePolicy(withDeny, undefined, undefined, "s3")).toBe("explicit-deny");
  });
});
