import { describe, expect, it } from "vitest";
import { actionContentTypeProblem, isCrossSite, jsonDepth, jsonProblem } from "@/lib/request-checks";

describe("request checks before Next.js decodes an action (issue #10, finding 7)", () => {
  it("accepts what the app's own client sends", () => {
    expect(jsonProblem('[{"attemptId":"c1","position":0,"selected":["A"]}]')).toBeNull();
    expect(jsonProblem('[null,"$K1"]')).toBeNull();
    expect(
      jsonProblem('[{"note":"$$ escaped","when":"$D2026-11-30T00:00:00.000Z","gone":"$undefined","big":"$n12"}]'),
    ).toBeNull();
    expect(jsonProblem('["$@1"]', (id) => id === 1)).toBeNull();
  });

  it("refuses bad JSON, deep nesting and markers the decoder cannot resolve", () => {
    expect(jsonProblem('[{"a":')?.status).toBe(400);
    expect(jsonProblem("[".repeat(5000) + "]".repeat(5000))?.message).toMatch(/nests deeper/);
    for (const marker of ["$Q99", "$1", "$W1", "$F1", "$h1", "$", "$Zzz", "$B1"])
      expect(jsonProblem(JSON.stringify([marker]))?.status).toBe(400);
    expect(jsonDepth('["[[[[", {"a": [1]}]')).toBe(3);
  });

  it("takes only the content types actions are sent with", () => {
    expect(actionContentTypeProblem("text/plain;charset=UTF-8")).toBeNull();
    expect(actionContentTypeProblem("multipart/form-data; boundary=x")).toBeNull();
    expect(actionContentTypeProblem("application/json")?.status).toBe(415);
    expect(actionContentTypeProblem(null)?.status).toBe(415);
  });

  it("tells cross-site requests by Origin or Sec-Fetch-Site", () => {
    expect(isCrossSite(new Headers({ host: "app.example", origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSite(new Headers({ host: "app.example", "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSite(new Headers({ host: "app.example", origin: "null" }))).toBe(true);
    expect(
      isCrossSite(new Headers({ host: "app.example", origin: "https://app.example", "sec-fetch-site": "same-origin" })),
    ).toBe(false);
    expect(isCrossSite(new Headers({ host: "app.example" }))).toBe(false);
  });
});
