import { describe, expect, it } from "vitest";
import { estimateReadiness, type DomainRecall } from "@/lib/review/readiness";

const domains = (recall: number, seen: number): DomainRecall[] =>
  [
    ["secure", 30],
    ["resilient", 26],
    ["performance", 24],
    ["cost", 20],
  ].map(([slug, weight]) => ({
    slug: slug as string,
    weight: weight as number,
    recalls: Array.from({ length: seen }, () => recall),
    bankSize: 50,
  }));

describe("estimateReadiness", () => {
  it("is the prior's middle score with a wide range before any answer", () => {
    const readiness = estimateReadiness(domains(0, 0));
    expect(readiness.score).toBe(550);
    expect(readiness.seen).toBe(0);
    expect(readiness.high - readiness.low).toBeGreaterThan(200);
  });

  it("rises with recall and narrows with the number of questions seen", () => {
    const strong = estimateReadiness(domains(0.95, 40));
    const weak = estimateReadiness(domains(0.3, 40));
    expect(strong.score).toBeGreaterThan(850);
    expect(weak.score).toBeLessThan(450);
    const few = estimateReadiness(domains(0.95, 2));
    expect(few.high - few.low).toBeGreaterThan(strong.high - strong.low);
    expect(strong.low).toBeLessThanOrEqual(strong.score);
    expect(strong.high).toBeLessThanOrEqual(1000);
  });

  it("weights the domains: strength in the heaviest domain counts most", () => {
    const secureStrong = domains(0.5, 20).map((domain) =>
      domain.slug === "secure" ? { ...domain, recalls: domain.recalls.map(() => 1) } : domain,
    );
    const costStrong = domains(0.5, 20).map((domain) =>
      domain.slug === "cost" ? { ...domain, recalls: domain.recalls.map(() => 1) } : domain,
    );
    expect(estimateReadiness(secureStrong).score).toBeGreaterThan(estimateReadiness(costStrong).score);
  });
});
