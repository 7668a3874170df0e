/**
 * Endpoint policies [VPCE-POL]: no policy means full access; an explicit deny wins; otherwise a matching allow is
 * needed. Actions match case-insensitively, resources (ARNs) case-sensitively; `*` and `?` are wildcards. A flow that
 * names no action is matched by a pattern covering every action of the endpoint's service (`*`, `s3:*`), one that names
 * no resource by a pattern covering every resource (`*`, `arn:aws:s3:::*`): a full-access policy allows it.
 */
import type { EndpointPolicy } from "../scenario/schema";
import { conditionHolds, type RequestContext } from "./policy-conditions";

export type PolicyDecision = "allow" | "explicit-deny" | "implicit-deny";

function globMatch(pattern: string, value: string, ignoreCase: boolean): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${re}$`, ignoreCase ? "i" : "").test(value);
}

/** Does the action pattern cover every action of `service` (or of every service)? */
function coversAllActions(pattern: string, service: string | undefined): boolean {
  const p = pattern.toLowerCase();
  return /^\*+$/.test(p) || (service !== undefined && p === `${service.toLowerCase()}:*`);
}

/** Does the resource pattern cover every resource of `service` (or of every service)? */
function coversAllResources(pattern: string, service: string | undefined): boolean {
  if (/^\*+$/.test(pattern)) return true;
  const prefix = `arn:aws:${service ?? ""}:`;
  return service !== undefined && pattern.startsWith(prefix) && /^[*:]*\*$/.test(pattern.slice(prefix.length));
}

export function evaluatePolicy(
  policy: EndpointPolicy | null,
  action: string | undefined,
  resource: string | undefined,
  service?: string,
  ctx: RequestContext = {},
): PolicyDecision {
  if (!policy) return "allow";
  const actionMatches = (x: string) =>
    action === undefined ? coversAllActions(x, service) : globMatch(x, action, true);
  const resourceMatches = (x: string) =>
    resource === undefined ? coversAllResources(x, service) : globMatch(x, resource, false);
  const matches = (st: EndpointPolicy["statements"][number]) =>
    st.actions.some(actionMatches) && st.resources.some(resourceMatches) && conditionHolds(st.condition, ctx);
  if (policy.statements.some((st) => st.effect === "deny" && matches(st))) return "explicit-deny";
  return policy.statements.some((st) => st.effect === "allow" && matches(st)) ? "allow" : "implicit-deny";
}
