import { describe, expect, it } from "vitest";
import { countPossibleSets, planSets, setQuotas, shortfalls, type SetQuestion, type SetTask } from "./mock-sets";

const domains = [
  { id: "secure", weight: 30 },
  { id: "resilient", weight: 26 },
  { id: "performance", weight: 24 },
  { id: "cost", weight: 20 },
];
const tasks: SetTask[] = [
  ...["1.1", "1.2", "1.3"].map((id) => ({ id, domain: "secure" })),
  ...["2.1", "2.2"].map((id) => ({ id, domain: "resilient" })),
  ...["3.1", "3.2", "3.3", "3.4", "3.5"].map((id) => ({ id, domain: "performance" })),
  ...["4.1", "4.2", "4.3", "4.4"].map((id) => ({ id, domain: "cost" })),
];
const difficulties = ["easy", "medium", "medium", "hard"];

/** `count` questions per domain, tasks and difficulties in rotation; ids numbered from `from`. */
function bank(counts: Record<string, number>, from = 0): SetQuestion[] {
  return domains.flatMap((domain, d) => {
    const ofDomain = tasks.filter((task) => task.domain === domain.id);
    return Array.from({ length: counts[domain.id] ?? 0 }, (_, i) => ({
      id: `q${d + 1}-${String(from + i).padStart(4, "0")}`,
      domain: domain.id,
      task: ofDomain[(from + i) % ofDomain.length]?.id,
      difficulty: difficulties[(from + i) % difficulties.length] ?? "medium",
    }));
  });
}
const full = bank({ secure: 130, resilient: 110, performance: 100, cost: 85 });

describe("setQuotas", () => {
  it("uses the random draw's allocation: 19/17/16/13 for a 65-question SAA-C03 set", () => {
    expect(Object.fromEntries(setQuotas(domains, 65))).toEqual({
      secure: 19,
      resilient: 17,
      performance: 16,
      cost: 13,
    });
  });
});

describe("planSets", () => {
  const plan = planSets({ size: 65, domains, tasks, questions: full });
  const byId = new Map(full.map((question) => [question.id, question]));

  it("builds six disjoint sets of 65 at the domain weights, each with every task statement", () => {
    expect(plan.sets).toHaveLength(6);
    expect(plan.limits).toEqual([]);
    expect(new Set(plan.sets.flat()).size).toBe(6 * 65);
    for (const set of plan.sets) {
      expect(set).toHaveLength(65);
      const members = set.map((id) => byId.get(id)!);
      for (const domain of domains)
        expect(members.filter((q) => q.domain === domain.id).length).toBe(setQuotas(domains, 65).get(domain.id));
      for (const task of tasks) expect(members.some((q) => q.task === task.id)).toBe(true);
    }
  });

  it("spreads difficulties alike across sets (each within 2 of the others per level)", () => {
    for (const level of ["easy", "medium", "hard"]) {
      const counts = plan.sets.map((set) => set.filter((id) => byId.get(id)!.difficulty === level).length);
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
    }
  });

  it("is deterministic", () => {
    expect(planSets({ size: 65, domains, tasks, questions: [...full].reverse() }).sets).toEqual(plan.sets);
  });

  it("builds only complete sets and says what limits them", () => {
    const small = bank({ secure: 130, resilient: 110, performance: 100, cost: 17 });
    const result = planSets({ size: 65, domains, tasks, questions: small });
    expect(result.sets).toHaveLength(1);
    expect(result.limits).toEqual(["domain cost: 17 questions, 13 per set (9 more for set 2)"]);
    expect(shortfalls({ size: 65, domains, tasks, questions: small })).toEqual([
      "domain cost: 17 of the 78 questions 6 sets need (61 more)",
      "task 4.1: 5 of the 6 questions 6 sets need (1 more)",
      "task 4.2: 4 of the 6 questions 6 sets need (2 more)",
      "task 4.3: 4 of the 6 questions 6 sets need (2 more)",
      "task 4.4: 4 of the 6 questions 6 sets need (2 more)",
    ]);
    expect(countPossibleSets({ size: 65, domains, tasks, questions: small.filter((q) => q.task !== "4.3") })).toEqual({
      count: 0,
      limits: ["task 4.3: 0 questions, one needed in every set"],
    });
  });

  it("keeps the existing sets when re-run after questions are added, and fills the new sets from the rest", () => {
    const small = bank({ secure: 130, resilient: 110, performance: 100, cost: 17 });
    const first = planSets({ size: 65, domains, tasks, questions: small });
    const grown = [...small, ...bank({ cost: 70 }, 17)];
    const second = planSets({ size: 65, domains, tasks, questions: grown, existing: first.sets });
    expect(second.sets).toHaveLength(6);
    expect(second.sets[0]).toEqual(first.sets[0]);
    expect(new Set(second.sets.flat()).size).toBe(6 * 65);
    expect(planSets({ size: 65, domains, tasks, questions: grown, existing: second.sets }).sets).toEqual(second.sets);
  });

  it("replaces retired members and repairs a set that lost its only question of a task", () => {
    const first = plan.sets;
    const set2 = first[1]!;
    const only43 = set2.filter((id) => byId.get(id)!.task === "4.3");
    const retired = new Set([set2[0]!, ...only43]);
    const second = planSets({
      size: 65,
      domains,
      tasks,
      questions: full.filter((q) => !retired.has(q.id)),
      existing: first,
    });
    expect(second.sets[1]).toHaveLength(65);
    expect(second.sets[1]!.filter((id) => !retired.has(id) && set2.includes(id))).toHaveLength(65 - retired.size);
    expect(second.sets[1]!.some((id) => byId.get(id)!.task === "4.3")).toBe(true);
    expect(second.sets.slice(2)).toEqual(first.slice(2));
  });

  it("moves a question from a set holding two of a scarce task to a set holding none", () => {
    const scarce = bank({ secure: 130, resilient: 110, performance: 100, cost: 100 }).filter(
      (q) => q.task !== "4.3" || Number(q.id.slice(3)) < 6 * 4,
    );
    const only43 = scarce.filter((q) => q.task === "4.3").map((q) => q.id);
    expect(only43).toHaveLength(6);
    // An old set 1 that hoards two of them.
    const existing = [[only43[0]!, only43[1]!]];
    const result = planSets({ size: 65, domains, tasks, questions: scarce, existing });
    expect(result.sets).toHaveLength(6);
    for (const set of result.sets) expect(set.filter((id) => only43.includes(id))).toHaveLength(1);
  });
});
