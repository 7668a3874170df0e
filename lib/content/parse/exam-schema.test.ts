import { describe, expect, it } from "vitest";
import { serviceFamilySchema } from "./exam-schema";

describe("serviceFamilySchema: notKeyable", () => {
  const source = "https://docs.aws.amazon.com/migrationhub/latest/ug/API_Task.html";

  it("accepts a family closed to new customers with its AWS source and date", () => {
    const family = { name: "AWS Migration Hub", topics: ["migration-hub"], notKeyable: { reason: "closed to new customers", source, since: "2025-11-07" } };
    expect(serviceFamilySchema.parse(family)).toEqual(family);
  });

  it("refuses a notKeyable without a source, with a non-https source or with a malformed date", () => {
    const parse = (notKeyable: object) => serviceFamilySchema.safeParse({ name: "X", topics: ["x"], notKeyable }).success;
    expect(parse({ reason: "closed to new customers" })).toBe(false);
    expect(parse({ reason: "closed to new customers", source: "http://docs.aws.amazon.com/x.html" })).toBe(false);
    expect(parse({ reason: "closed to new customers", source, since: "7 Nov 2025" })).toBe(false);
    expect(parse({ reason: "closed to new customers", source })).toBe(true);
  });
});
