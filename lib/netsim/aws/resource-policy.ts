/**
 * Resource policies at the service (SCENARIO.md §3d): an S3 bucket policy or a KMS key policy is evaluated on every
 * request for its resource, whichever way the request came, with the request context of that path
 * (policy-conditions.ts). An explicit deny wins [IAM-EVAL]; a bucket policy needs no allow of its own (the caller's
 * identity policy is taken to allow, same account), a key policy does [KMS-KEYPOL].
 */
import { fact } from "../core/fact";
import { drop, type Pkt, type Walk } from "../core/walk-state";
import { isPrivateV4 } from "../core/cidr";
import { serviceAt, SERVICES } from "./service-ranges";
import { conditionHolds, type RequestContext } from "./policy-conditions";
import type { ResourcePolicy } from "./schema-policy";
import type { Scenario } from "../scenario/schema";

export type ResourceDecision = { policy: string; decision: "explicit-deny" | "implicit-deny"; statement: number };

function globMatch(pattern: string, value: string, ignoreCase: boolean): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${re}$`, ignoreCase ? "i" : "").test(value);
}

/** Does policy `p` govern requests for `resource`? (the ARN itself or an object under it) */
export function governs(p: ResourcePolicy, resource: string | undefined): boolean {
  return resource !== undefined && (resource === p.resource || resource.startsWith(`${p.resource}/`));
}

/** The first resource policy that refuses the request, or null when every governing policy lets it through. */
export function evaluateResourcePolicies(
  policies: Record<string, ResourcePolicy>,
  action: string | undefined,
  resource: string | undefined,
  ctx: RequestContext,
): ResourceDecision | null {
  for (const [name, p] of Object.entries(policies)) {
    if (!governs(p, resource)) continue;
    const applies = (st: ResourcePolicy["statements"][number]) =>
      (action === undefined
        ? st.actions.some((a) => a === "*" || a.endsWith(":*"))
        : st.actions.some((a) => globMatch(a, action, true))) &&
      st.resources.some((r) => globMatch(r, resource as string, false)) &&
      conditionHolds(st.condition, ctx);
    const deny = p.statements.findIndex((st) => st.effect === "deny" && applies(st));
    if (deny >= 0) return { policy: name, decision: "explicit-deny", statement: deny };
    if (p.kind === "key" && !p.statements.some((st) => st.effect === "allow" && applies(st)))
      return { policy: name, decision: "implicit-deny", statement: -1 };
  }
  return null;
}

/** The service's verdict on a request that reached it: false (and a drop step) when a resource policy refuses it. */
export function serviceAdmits(w: Walk, service: string, ctx: RequestContext, p: Pkt): boolean {
  const policies = w.model.resourcePolicies;
  if (w.cur.kind !== "request" || !policies) return true;
  const d = evaluateResourcePolicies(policies, w.request?.action, w.request?.resource, ctx);
  if (!d) return true;
  return drop(w, d.policy, "aws-service", "DENIED", p, { reason: "RESOURCE_POLICY_DENY" }, () =>
    fact("resourcePolicyDeny", {
      policy: d.policy,
      service,
      action: w.request?.action ?? "*",
      resource: w.request?.resource ?? "*",
      isExplicit: d.decision === "explicit-deny",
      isImplicit: d.decision === "implicit-deny",
      sourceVpce: ctx["aws:SourceVpce"] ?? null,
      sourceIp: ctx["aws:SourceIp"] ?? null,
    }),
  );
}

/** `setResourcePolicy`: replaces the named policy (or deletes it with `policy: null`). */
export function applyResourcePolicy(s: Scenario, c: { name: string; policy: ResourcePolicy | null }): string | null {
  const policies = { ...(s.resourcePolicies ?? {}) };
  if (c.policy === null) {
    if (!policies[c.name]) return `resource policy "${c.name}" does not exist`;
    delete policies[c.name];
  } else policies[c.name] = c.policy;
  s.resourcePolicies = policies;
  return null;
}

/** `setFlowEndpoint`: the flow's client uses an interface endpoint's endpoint-specific DNS name (or, with null, the service's). */
export function applyFlowEndpoint(s: Scenario, c: { flow: string; endpoint: string | null }): string | null {
  let found = false;
  const set = (f: Scenario["goals"][number]) => {
    if (f.name !== c.flow) return f;
    found = true;
    const { endpoint: _old, ...rest } = f;
    return c.endpoint === null ? rest : { ...rest, endpoint: c.endpoint };
  };
  s.goals = s.goals.map(set);
  s.forbidden = s.forbidden.map(set);
  return found ? null : `no flow named "${c.flow}"`;
}

/** `setFlowRequest`: the flow's requests go to another Region, resource or action (e.g. a replica in the client's Region). */
export function applyFlowRequest(
  s: Scenario,
  c: { flow: string; region?: string; resource?: string; action?: string },
): string | null {
  const { flow, ...fields } = c;
  let found = false;
  const set = (f: Scenario["goals"][number]) => {
    if (f.name !== flow) return f;
    found = true;
    return { ...f, ...fields } as typeof f;
  };
  s.goals = s.goals.map(set);
  s.forbidden = s.forbidden.map(set);
  return found ? null : `no flow named "${flow}"`;
}

/**
 * A packet between an internet host and an AWS service's public address (e.g. leaked credentials used from outside the
 * VPC): it stays on the internet, and the service's resource policies see the sender's address as aws:SourceIp.
 */
export function isServiceTraffic(w: Walk, p: Pkt): boolean {
  if ((!w.model.connect && !w.model.resourcePolicies) || p.src.family !== 4 || p.dst.family !== 4) return false;
  // Most packets from the internet are for the VPC's own public addresses: a cheap look-up rules them out first.
  if (isPrivateV4(p.dst) || w.model.index.eniByPublicIp(p.dst)) return false;
  const regions = [...new Set(Object.values(w.model.vpcs).map((v) => v.region))];
  return serviceAt(p.dst, regions, SERVICES) !== null || serviceAt(p.src, regions, SERVICES) !== null;
}
