/**
 * Endpoint policies [VPCE-POL]: no policy means full access; an explicit deny wins; otherwise a matching allow is
 * needed. Actions match case-insensitively, resources (ARNs) case-sensitively; `*` and `?` are wildcards. A flow that
 * names no action or resource is matched only by `*`.
 */
import type { EndpointPolicy } from "../scenario/schema";

export type PolicyDecision = "allow" | "explicit-deny" | "implicit-deny";

function globMatch(pattern: string, value: string, ignoreCase: boolean): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${re}$`, ignoreCase ? "i" : "").test(value);
}

export function evaluatePolicy(
  policy: EndpointPolicy | null,
  action: string | undefined,
  resource: string | undefined,
): PolicyDecision {
  if (!policy) return "allow";
  const a = action ?? "";
  const r = resource ?? "";
  const matches = (st: EndpointPolicy["statements"][number]) =>
    st.actions.some((x) => globMatch(x, a, true)) && st.resources.some((x) => globMatch(x, r, false));
  if (policy.statements.some((st) => st.effect === "deny" && matches(st))) return "explicit-deny";
  return policy.statements.some((st) => st.effect === "allow" && matches(st)) ? "allow" : "implicit-deny";
}
