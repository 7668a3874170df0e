// The fixed mock sets (模擬試験 1–N): disjoint sets of a full exam's size, each at the domain weights (the random
// draw's own allocation), each covering every task statement, with difficulties spread like the bank's.
import { allocateByWeight } from "@/lib/quiz/weighted-draw";

export type SetQuestion = { id: string; domain: string; task: string | undefined; difficulty: string };
export type SetDomain = { id: string; weight: number };
export type SetTask = { id: string; domain: string };

export interface SetPlanInput {
  size: number;
  domains: readonly SetDomain[];
  tasks: readonly SetTask[];
  questions: readonly SetQuestion[];
  /** The sets as they stand (question ids per set, set 1 first): their still-valid members are kept. */
  existing?: readonly (readonly string[])[];
  /** The most sets wanted (default 6, the six mock exams). */
  maxSets?: number;
}

export interface SetPlan {
  /** Question ids per set, sorted by id (set 1 first). */
  sets: string[][];
  /** Questions per domain in each set. */
  quotas: Map<string, number>;
  /** Why there are not more sets: one line per binding limit (domain or task), empty when `maxSets` was reached. */
  limits: string[];
}

/** How many questions of each domain one set holds: the random draw's weighted allocation with unlimited pools. */
export function setQuotas(domains: readonly SetDomain[], size: number): Map<string, number> {
  const unlimited = Array.from({ length: size }, (_, index) => String(index));
  return allocateByWeight(
    domains.map((domain) => ({ domainId: domain.id, weight: domain.weight, questionIds: unlimited })),
    size,
  );
}

/** What the bank lacks for `maxSets` sets: one line per domain or task short of it. */
export function shortfalls(
  input: Pick<SetPlanInput, "size" | "domains" | "tasks" | "questions" | "maxSets">,
): string[] {
  const maxSets = input.maxSets ?? 6;
  const quotas = setQuotas(input.domains, input.size);
  const lines: string[] = [];
  for (const domain of input.domains) {
    const needed = (quotas.get(domain.id) ?? 0) * maxSets;
    const held = input.questions.filter((question) => question.domain === domain.id).length;
    if (held < needed)
      lines.push(
        `domain ${domain.id}: ${held} of the ${needed} questions ${maxSets} sets need (${needed - held} more)`,
      );
  }
  for (const task of input.tasks) {
    const held = input.questions.filter(
      (question) => question.task === task.id && question.domain === task.domain,
    ).length;
    if (held < maxSets)
      lines.push(`task ${task.id}: ${held} of the ${maxSets} questions ${maxSets} sets need (${maxSets - held} more)`);
  }
  return lines;
}

/** How many complete sets the bank allows, and which domains or tasks stop a further one. */
export function countPossibleSets(input: Pick<SetPlanInput, "size" | "domains" | "tasks" | "questions" | "maxSets">): {
  count: number;
  limits: string[];
} {
  const maxSets = input.maxSets ?? 6;
  const quotas = setQuotas(input.domains, input.size);
  const candidates: { count: number; why: string }[] = [];
  for (const domain of input.domains) {
    const quota = quotas.get(domain.id) ?? 0;
    const tasks = input.tasks.filter((task) => task.domain === domain.id).length;
    const held = input.questions.filter((question) => question.domain === domain.id).length;
    if (quota === 0) continue;
    if (tasks > quota)
      candidates.push({
        count: 0,
        why: `domain ${domain.id}: ${tasks} task statements do not fit in ${quota} questions per set`,
      });
    const count = Math.floor(held / quota);
    candidates.push({
      count,
      why: `domain ${domain.id}: ${held} questions, ${quota} per set (${quota * (count + 1) - held} more for set ${count + 1})`,
    });
  }
  for (const task of input.tasks) {
    const held = input.questions.filter(
      (question) => question.task === task.id && question.domain === task.domain,
    ).length;
    candidates.push({ count: held, why: `task ${task.id}: ${held} questions, one needed in every set` });
  }
  const count = Math.min(maxSets, ...candidates.map((candidate) => candidate.count));
  const limits =
    count >= maxSets
      ? []
      : candidates.filter((candidate) => candidate.count === count).map((candidate) => candidate.why);
  return { count: Math.max(0, count), limits };
}

/**
 * Builds as many complete sets as the bank allows (up to `maxSets`), deterministically. Re-running keeps every
 * existing member that is still valid (in the bank, not in an earlier set, within its domain's quota) and fills the
 * rest, so adding questions never reshuffles sets learners have taken.
 */
export function planSets(input: SetPlanInput): SetPlan {
  const quotas = setQuotas(input.domains, input.size);
  const { count, limits } = countPossibleSets(input);
  const byId = new Map(input.questions.map((question) => [question.id, question]));
  const taskIds = new Set(input.tasks.map((task) => task.id));
  const used = new Set<string>();
  const sets: SetQuestion[][] = [];

  // 1. Keep the existing members that are still valid.
  for (let index = 0; index < count; index++) {
    const kept: SetQuestion[] = [];
    for (const id of input.existing?.[index] ?? []) {
      const question = byId.get(id);
      if (!question || used.has(id)) continue;
      if (kept.filter((other) => other.domain === question.domain).length >= (quotas.get(question.domain) ?? 0))
        continue;
      kept.push(question);
      used.add(id);
    }
    sets.push(kept);
  }
  const free = () =>
    input.questions.filter((question) => !used.has(question.id)).sort((a, b) => compareIds(a.id, b.id));
  const difficultyShare = difficultySharesByDomain(input.questions);
  const pick = (set: SetQuestion[], candidates: SetQuestion[]): SetQuestion | undefined =>
    [...candidates].sort(
      (a, b) =>
        score(set, b, quotas, difficultyShare) - score(set, a, quotas, difficultyShare) || compareIds(a.id, b.id),
    )[0];

  // 2. Every task statement in every set: a free question of the task, else one moved from a set holding two.
  for (const task of input.tasks) {
    if (!taskIds.has(task.id)) continue;
    for (const set of sets) {
      if (set.some((question) => question.task === task.id)) continue;
      const ofTask = (question: SetQuestion) => question.task === task.id && question.domain === task.domain;
      let chosen = pick(set, free().filter(ofTask));
      if (!chosen) {
        const donor = sets.find((other) => other !== set && other.filter(ofTask).length > 1);
        chosen = donor?.filter(ofTask).sort((a, b) => compareIds(b.id, a.id))[0];
        if (donor && chosen) donor.splice(donor.indexOf(chosen), 1);
      }
      if (!chosen) continue; // countPossibleSets rules this out
      if (set.filter((question) => question.domain === chosen.domain).length >= (quotas.get(chosen.domain) ?? 0)) {
        // Domain full: give back a member whose task the set holds twice (the latest id, so older members stay).
        const spare = set
          .filter(
            (question) =>
              question.domain === chosen.domain && set.filter((other) => other.task === question.task).length > 1,
          )
          .sort((a, b) => compareIds(b.id, a.id))[0];
        if (spare) {
          set.splice(set.indexOf(spare), 1);
          used.delete(spare.id);
        }
      }
      set.push(chosen);
      used.add(chosen.id);
    }
  }

  // 3. Fill each domain to its quota, one question per set in turn, so no set gets only the leftovers.
  for (const domain of input.domains) {
    const quota = quotas.get(domain.id) ?? 0;
    let isProgress = true;
    while (isProgress) {
      isProgress = false;
      for (const set of sets) {
        if (set.filter((question) => question.domain === domain.id).length >= quota) continue;
        const chosen = pick(
          set,
          free().filter((question) => question.domain === domain.id),
        );
        if (!chosen) continue;
        set.push(chosen);
        used.add(chosen.id);
        isProgress = true;
      }
    }
  }
  return { sets: sets.map((set) => set.map((question) => question.id).sort(compareIds)), quotas, limits };
}

/** Higher is a better next member: its difficulty is short in the set (against the domain's spread), then its task. */
function score(
  set: readonly SetQuestion[],
  candidate: SetQuestion,
  quotas: Map<string, number>,
  shares: Map<string, Map<string, number>>,
): number {
  const inDomain = set.filter((question) => question.domain === candidate.domain);
  const quota = quotas.get(candidate.domain) ?? 1;
  const wanted = (shares.get(candidate.domain)?.get(candidate.difficulty) ?? 0) * quota;
  const have = inDomain.filter((question) => question.difficulty === candidate.difficulty).length;
  const taskHave = inDomain.filter((question) => question.task === candidate.task).length;
  return (wanted - have) * 10 - taskHave;
}

function difficultySharesByDomain(questions: readonly SetQuestion[]): Map<string, Map<string, number>> {
  const result = new Map<string, Map<string, number>>();
  for (const domain of new Set(questions.map((question) => question.domain))) {
    const inDomain = questions.filter((question) => question.domain === domain);
    const shares = new Map<string, number>();
    for (const question of inDomain)
      shares.set(question.difficulty, (shares.get(question.difficulty) ?? 0) + 1 / inDomain.length);
    result.set(domain, shares);
  }
  return result;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
