/**
 * analyzeChoices(): classifies every answer choice as needed / not-needed / invalid / too-permissive /
 * harmful and derives the answer key. The algorithm is documented in SCENARIO.md §5.
 */
import { applyChoices } from "../aws/changes";
import { isNarrowerChoice, isSameTarget, layerOfChange } from "./choice-relations";
import { isValidAfterCreators } from "./failures";
import {
  componentLayer,
  evaluatePrepared,
  layersPrepared,
  prepare,
  type Evaluation,
  type FlowEval,
  type FlowLayers,
  type Prepared,
} from "./evaluate";
import { compile, newCompileCache } from "../aws/model";
import { fact, resolveFact, type Fact } from "../core/fact";
import type { Scenario } from "../scenario/schema";
import type { ChoiceAnalysis, ChoiceVerdict, Layer } from "./results";

export type AnalyzeOptions = { expectedKey?: string[]; choose?: number };

const MAX_SUBSETS = 4096;

function combinations<T>(items: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  const out: T[][] = [];
  items.forEach((x, i) => {
    for (const rest of combinations(items.slice(i + 1), k - 1)) out.push([x, ...rest]);
  });
  return out;
}

/** Classifies every choice and derives the answer key. */
export function analyzeChoices(scenario: Scenario, options: AnalyzeOptions = {}): ChoiceAnalysis {
  const letters = Object.keys(scenario.choices).sort();
  const compiled = newCompileCache();
  // Each set of choices is applied and compiled once (from its longest prepared prefix) and shared by every question
  // asked about it. Order matters when two choices conflict (the same route or NACL rule number): the later one is
  // rejected, as AWS would reject it. Callers pass the key first, then the choice under test.
  const prepared = new Map<string, Prepared>();
  const prep = (set: readonly string[]): Prepared => {
    const key = set.join("");
    let p = prepared.get(key);
    if (!p) {
      let from: { prepared: Prepared; length: number } | undefined;
      for (let n = set.length - 1; n > 0 && !from; n--) {
        const q = prepared.get(set.slice(0, n).join(""));
        if (q) from = { prepared: q, length: n };
      }
      p = prepare(scenario, set, compiled, from);
      prepared.set(key, p);
    }
    return p;
  };
  const evaluate = (set: readonly string[]): Evaluation => evaluatePrepared(prep(set), false);
  /** Only "does it work?": stops at the first unmet flow (most combinations fail fast). */
  const works = (set: readonly string[]): boolean => failureOf(set).isOk;
  /** Enough to name the first unmet flow (the full evaluation when every flow is met). */
  const failureOf = (set: readonly string[]): Evaluation => evaluatePrepared(prep(set), true);
  const layersOf = (set: readonly string[]) => layersPrepared(prep(set));
  const verdicts: Record<string, ChoiceVerdict> = {};
  const valid: string[] = [];
  for (const l of letters) {
    const checked = applyChoices(scenario, [l]);
    const bad = checked.invalid[0] && !isValidAfterCreators(scenario, l, letters) ? checked.invalid[0] : undefined;
    if (bad) verdicts[l] = { choice: l, verdict: "invalid", reason: bad.reason, ...layerField(scenario, l) };
    else {
      valid.push(l);
      const own = checked.invalid.length > 0 ? applyChoices(scenario, [l], true).scenario : checked.scenario;
      prepared.set(l, { scenario: own, model: compile(own, compiled), flows: [], cache: compiled });
    } // the checked application is the trusted one
  }

  // A choice that changes nothing (e.g. adding a rule that exists) can never be in a smallest working subset.
  const noOps = new Set(valid.filter((l) => sameScenario(scenario, l, prep([l]).scenario)));
  const searchable = valid.filter((l) => !noOps.has(l));
  // Smallest working subsets of the valid choices.
  // Minimal by inclusion; sizes up to the question's `choose` when given (so "choose two" finds a two-choice
  // answer even when one choice alone also works), else only the smallest size that works.
  const choose = options.choose ?? scenario.choose;
  let solutions: string[][] = [];
  let tried = 0;
  for (let k = 0; k <= searchable.length && tried < MAX_SUBSETS; k++) {
    if (solutions.length > 0 && (choose === undefined || k > choose)) break;
    for (const c of combinations(searchable, k)) {
      tried++;
      if (!solutions.some((sol) => sol.every((x) => c.includes(x))) && works(c)) solutions.push(c);
      if (tried >= MAX_SUBSETS) break;
    }
  }
  if (choose !== undefined && solutions.some((sol) => sol.length === choose))
    solutions = solutions.filter((sol) => sol.length === choose);
  else if (solutions.length > 0) {
    const min = Math.min(...solutions.map((sol) => sol.length));
    solutions = solutions.filter((sol) => sol.length === min);
  }
  const choicesOf = (l: string) => scenario.choices[l] ?? [];
  const substitutes = (s: string[]) =>
    s.flatMap((x) =>
      valid.filter((y) => !s.includes(y) && isNarrowerChoice(choicesOf(y), choicesOf(x))).map((y) => ({ x, y })),
    );
  const pruned = solutions.filter(
    (s) => !substitutes(s).some(({ x, y }) => works([...s.filter((z) => z !== x), y].sort())),
  );
  if (pruned.length > 0) solutions = pruned;
  solutions.sort((a, b) => a.join("").localeCompare(b.join("")));
  const key = solutions[0] ?? [];
  const hasKey = solutions.length > 0;
  const evalK = evaluate(key);
  const baseline = evaluate([]);

  for (const x of valid) {
    const layer = layerField(scenario, x);
    if (key.includes(x)) {
      const without = failureOf(key.filter((k) => k !== x));
      const fail = firstFailure(without, "goal") ?? firstFailure(without, "forbidden");
      verdicts[x] = {
        choice: x,
        verdict: "needed",
        ...layer,
        reason: fail ? fact("choiceNeeded", { failure: describe(fail) }) : fact("choiceNeededPart"),
        ...counter(fail),
      };
      continue;
    }
    if (noOps.has(x)) {
      verdicts[x] = {
        choice: x,
        verdict: "not-needed",
        ...layer,
        ...notNeededReason(scenario, key, x, evaluate, hasKey, true),
      };
      continue;
    }
    const withX = evaluate([...key, x]);
    const ref = hasKey ? evalK : baseline;
    const broken = worse(ref, withX);
    if (broken) {
      verdicts[x] = {
        choice: x,
        verdict: "harmful",
        layer:
          componentLayer(broken.result.counterexample ? stepComponent(broken) : undefined) ??
          layer.layer ??
          "security-group",
        reason: fact("choiceHarmful", { failure: describe(broken) }),
        ...counter(broken),
      };
      continue;
    }
    // X may also stand in for the key choice acting on the same component (e.g. the same NACL rule number).
    const peer = hasKey ? key.find((y) => isSameTarget(choicesOf(y), choicesOf(x))) : undefined;
    const variants = [[...key, x], ...(peer ? [[...key.filter((k) => k !== peer), x]] : [])];
    const leaked = variants
      .map((v) => evaluate(v))
      .flatMap((e) => e.flows)
      .find(
        (f) =>
          f.role === "forbidden" &&
          !f.result.isSatisfied &&
          ref.flows.some((g) => g.flow === f.flow && g.os === f.os && g.result.isSatisfied),
      );
    if (leaked) {
      verdicts[x] = {
        choice: x,
        verdict: "too-permissive",
        ...layer,
        reason: fact("choiceLeaks", { flow: leaked.flow, os: leaked.os }),
        counterexample: { flow: leaked.flow, os: leaked.os, fact: resolveFact(leaked.result.summary) },
      };
      continue;
    }
    const opened = variants.map((v) => openedLayer(scenario, key, v, layersOf)).find((o) => o !== null) ?? null;
    if (opened) {
      const l = componentLayer(opened.component as never) ?? layer.layer;
      verdicts[x] = {
        choice: x,
        verdict: "too-permissive",
        ...(l ? { layer: l } : {}),
        reason: fact("choiceOpensLayer", { flow: opened.flow, node: opened.node }),
        counterexample: {
          flow: opened.flow,
          os: evalK.flows.find((f) => f.flow === opened.flow)?.os ?? "linux",
          fact: fact("layerOpened", { flow: opened.flow, node: opened.node }),
        },
      };
      continue;
    }
    const replaced = hasKey
      ? key.find((y) => isNarrowerChoice(choicesOf(y), choicesOf(x)) && works([...key.filter((k) => k !== y), x]))
      : undefined;
    if (replaced) {
      verdicts[x] = {
        choice: x,
        verdict: "too-permissive",
        ...layer,
        reason: fact("choiceWider", { choice: replaced }),
      };
      continue;
    }
    verdicts[x] = {
      choice: x,
      verdict: "not-needed",
      ...layer,
      ...notNeededReason(scenario, key, x, evaluate, hasKey),
    };
  }

  const derivedKey =
    scenario.answer === "break"
      ? letters.filter((l) => verdicts[l]?.verdict === "harmful" || verdicts[l]?.verdict === "too-permissive")
      : hasKey
        ? [...key].sort()
        : [];
  const expectedKey = options.expectedKey ?? scenario.key;
  const result: ChoiceAnalysis = {
    choices: Object.fromEntries(letters.map((l) => [l, verdicts[l] as ChoiceVerdict])),
    derivedKey,
    alternatives: solutions.slice(1).map((s) => [...s].sort()),
    baseline: {
      isGoalMet: baseline.isOk,
      failing: baseline.flows
        .filter((f) => !f.result.isSatisfied)
        .map((f) => ({ flow: f.flow, os: f.os, fact: resolveFact(f.result.summary) })),
    },
    clientPorts: Object.fromEntries(
      evalK.flows
        .filter((f) => f.result.variables.some((v) => v.id === "client-port"))
        .map((f) => [f.os, f.result.variables.find((v) => v.id === "client-port")?.full ?? []]),
    ),
  };
  if (expectedKey) {
    result.expectedKey = [...expectedKey].sort();
    result.isKeyMatched = result.expectedKey.join(",") === derivedKey.join(",");
  }
  return result;
}

/** Does applying choice `l` alone leave the scenario as it was? Compares only the sections it copied. */
function sameScenario(s: Scenario, l: string, applied?: Scenario): boolean {
  const after = applied ?? applyChoices(s, [l], true).scenario;
  return (Object.keys(after) as (keyof Scenario)[]).every(
    (k) => after[k] === s[k] || JSON.stringify(after[k]) === JSON.stringify(s[k]),
  );
}

function layerField(s: Scenario, l: string): { layer?: Layer } {
  const first = s.choices[l]?.[0];
  const layer = first ? layerOfChange(first) : undefined;
  return layer ? { layer } : {};
}

function firstFailure(e: Evaluation, role: "goal" | "forbidden"): FlowEval | undefined {
  return e.flows.find((f) => f.role === role && !f.result.isSatisfied);
}

const RANK = { delivered: 2, partial: 1, blocked: 0 } as const;

/** A goal that `after` delivers less well than `before` (or no longer meets: a path constraint, SCENARIO.md §3d). */
function worse(before: Evaluation, after: Evaluation): FlowEval | undefined {
  return after.flows.find((f) => {
    if (f.role !== "goal") return false;
    const b = before.flows.find((g) => g.flow === f.flow && g.os === f.os)?.result;
    return RANK[f.result.verdict] < RANK[b?.verdict ?? "blocked"] || (b?.isSatisfied === true && !f.result.isSatisfied);
  });
}

function stepComponent(f: FlowEval): never | undefined {
  const rule = f.result.counterexample?.rule?.kind;
  const reason = f.result.counterexample?.reason;
  if (rule === "nacl" || reason === "SUBNET_ACL_RESTRICTION") return "network-acl" as never;
  if (rule === "sg" || reason === "ENI_SG_RULES_MISMATCH") return "security-group" as never;
  if (rule === "route" || reason === "NO_ROUTE_TO_DESTINATION" || reason === "BAD_STATE_ROUTE")
    return "route-table" as never;
  if (reason === "HOST_FIREWALL_BLOCK") return "host-firewall" as never;
  if (reason?.startsWith("HOME_")) return "home-router" as never;
  if (reason === "ELB_LISTENER_PORT_RESTRICTION" || reason === "ELB_NO_SERVED_TARGET") return "load-balancer" as never;
  // A host that does not listen is no filtering layer: the choice's own layer is to blame (e.g. a DMZ moved away).
  if (reason === undefined || reason === "NOT_LISTENING") return undefined;
  return "internet-gateway" as never;
}

function describe(f: FlowEval): Fact {
  const c = f.result.counterexample;
  // A forbidden flow fails when its request reaches the destination (SCENARIO.md §4, Flows).
  if (f.role === "forbidden") return fact("failForbidden", { flow: f.flow, os: f.os, to: f.to });
  const port = c && c.port !== undefined && c.port >= 0 ? c.port : null;
  return fact("failGoal", {
    flow: f.flow,
    os: f.os,
    isPartial: f.result.verdict === "partial",
    port,
    cause: resolveFact(c?.fact) ?? null,
  });
}

function counter(f: FlowEval | undefined): { counterexample?: ChoiceVerdict["counterexample"] } {
  if (!f) return {};
  const c = f.result.counterexample;
  return {
    counterexample: {
      flow: f.flow,
      os: f.os,
      ...(c && c.port !== undefined && c.port >= 0 ? { port: c.port } : {}),
      fact: resolveFact(c?.fact ?? f.result.summary),
    },
  };
}

/**
 * A layer that blocks a forbidden flow under the key and, once `x` is added, is still reached by that flow but lets it
 * through. A layer the flow no longer reaches (it is routed elsewhere, or stops earlier at a host that does not
 * listen) has not been opened.
 */
function openedLayer(
  s: Scenario,
  key: string[],
  changed: string[],
  layersOf: (set: readonly string[]) => Map<string, FlowLayers>,
): { flow: string; node: string; component: string } | null {
  if (s.forbidden.length === 0) return null;
  const before = layersOf(key);
  const after = layersOf(changed);
  for (const [flow, layers] of before) {
    const now = after.get(flow);
    if (!now) continue;
    for (const [l, where] of layers.denied) {
      if (now.seen.has(l) && !now.denied.has(l)) return { flow, node: where.node, component: where.component };
    }
  }
  return null;
}

function notNeededReason(
  s: Scenario,
  key: string[],
  x: string,
  evaluate: (set: readonly string[]) => Evaluation,
  hasKey: boolean,
  isNoOp = false,
): { reason: Fact; counterexample?: ChoiceVerdict["counterexample"] } {
  const choicesOf = (l: string) => s.choices[l] ?? [];
  if (isNoOp) return { reason: noOpReason(s, x, true) };
  // Insufficient: standing in for the key choice that acts on the same component, a goal still fails.
  const peer = key.find((y) => isSameTarget(choicesOf(y), choicesOf(x)));
  if (peer) {
    const e = evaluate([...key.filter((k) => k !== peer), x]);
    const fail = firstFailure(e, "goal");
    if (fail)
      return { reason: fact("choiceInsufficient", { choice: peer, failure: describe(fail) }), ...counter(fail) };
  }
  const alone = evaluate([x]);
  const base = evaluate([]);
  if (alone.isOk && hasKey) return { reason: fact("choiceAlternative") };
  // It works while everything is up but not with a component down that the goals must survive (SCENARIO.md §3c).
  const downFail = alone.flows.find((f) => f.failure !== undefined && !f.result.isSatisfied);
  if (hasKey && downFail && alone.flows.every((f) => f.failure !== undefined || f.result.isSatisfied))
    return { reason: fact("choiceFailsWhenDown", { failure: describe(downFail) }), ...counter(downFail) };
  if (sameScenario(s, x)) return { reason: noOpReason(s, x, false) };
  const sgOut = choicesOf(x).some((c) => c.addSgRule?.outbound !== undefined);
  if (sgOut) return { reason: fact("choiceSgOutbound") };
  if (!hasKey && !alone.isOk && alone.flows.length === base.flows.length) {
    const fail = firstFailure(alone, "goal");
    return { reason: fact("choiceNoHelp", { failure: fail ? describe(fail) : null }), ...counter(fail) };
  }
  return { reason: fact("choiceNoEffect") };
}

/** Why a choice that leaves the scenario as it is changes nothing, in the words of its operation. */
function noOpReason(s: Scenario, x: string, isTrackingNote: boolean): Fact {
  const changes = s.choices[x] ?? [];
  const c = changes[0];
  if (!c) return fact("noOpNothing");
  if (changes.length > 1) return fact("noOpSettings");
  if (c.addSgRule) {
    const r = c.addSgRule.outbound;
    const isAllOut = r !== undefined && r.proto === "all" && (r.to === "0.0.0.0/0" || r.to === "::/0");
    if (isAllOut) return fact("noOpAllOutbound", { isTrackingNote });
    return fact("noOpSgRule", { group: c.addSgRule.group });
  }
  if (c.setPublicIp) {
    const isEip = c.setPublicIp.elasticIp !== undefined;
    const addr = (isEip ? c.setPublicIp.elasticIp : c.setPublicIp.publicIp) ?? null;
    return addr === null
      ? fact("noOpNoPublicIp", { host: c.setPublicIp.host, isEip, isPublicIp: !isEip })
      : fact("noOpHasPublicIp", { host: c.setPublicIp.host, isEip, isPublicIp: !isEip, address: addr });
  }
  if (c.attachSecurityGroup)
    return fact("noOpAttached", { group: c.attachSecurityGroup.group, host: c.attachSecurityGroup.host });
  if (c.associateNacl) return fact("noOpNacl", { subnet: c.associateNacl.subnet, nacl: c.associateNacl.nacl });
  if (c.associateRouteTable)
    return fact("noOpRouteTable", { subnet: c.associateRouteTable.subnet, table: c.associateRouteTable.table });
  return fact("noOpSetting");
}
