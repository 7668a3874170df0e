/**
 * IAM policy conditions on the network path [IAM-OPS], [IAM-KEYS]. What a request carries depends on how it reached the
 * service: through a VPC endpoint (gateway or interface) it carries the endpoint's id (aws:SourceVpce), its VPC
 * (aws:SourceVpc) and the client's private address (aws:VpcSourceIp), and no aws:SourceIp; through a NAT gateway or an
 * internet gateway it carries only aws:SourceIp, the public address the service sees (the NAT gateway's Elastic IP).
 * A key absent from the request makes a condition false, except for a negated operator (StringNotEquals,
 * StringNotLike, NotIpAddress), which is then true. Operators and keys AND; a key's values OR (NOR when negated).
 * Endpoint and VPC ids are the scenario's names.
 */
import { ipFrom, type IpAddress } from "../core/address";
import { cidrContains, cidrFrom } from "../core/cidr";
import type { ConditionOperator, PathConditionKey, PolicyCondition } from "./schema-policy";

export type RequestContext = Partial<Record<PathConditionKey, string>>;

/** The request context of a request that came through VPC endpoint `endpoint` of VPC `vpc` from private address `src`. */
export function viaEndpoint(endpoint: string, vpc: string, src: string): RequestContext {
  return { "aws:SourceVpce": endpoint, "aws:SourceVpc": vpc, "aws:VpcSourceIp": src };
}

/** The request context of a request that reached the service's public address from public address `src`. */
export function viaPublicAddress(src: string): RequestContext {
  return { "aws:SourceIp": src };
}

function glob(pattern: string, value: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${re}$`).test(value);
}

function inRange(range: string, value: string): boolean {
  const c = cidrFrom(range.includes("/") ? range : `${range}/${range.includes(":") ? 128 : 32}`);
  const a = ipFrom(value);
  return c !== null && a !== null && cidrContains(c, a as IpAddress);
}

const POSITIVE: Record<
  ConditionOperator,
  { matches: (pattern: string, value: string) => boolean; isNegated: boolean }
> = {
  StringEquals: { matches: (p, v) => p === v, isNegated: false },
  StringNotEquals: { matches: (p, v) => p === v, isNegated: true },
  StringLike: { matches: glob, isNegated: false },
  StringNotLike: { matches: glob, isNegated: true },
  IpAddress: { matches: inRange, isNegated: false },
  NotIpAddress: { matches: inRange, isNegated: true },
};

/** Does the condition block hold for the request? No block holds always. */
export function conditionHolds(condition: PolicyCondition | undefined, ctx: RequestContext): boolean {
  if (!condition) return true;
  for (const [op, keys] of Object.entries(condition) as [ConditionOperator, PolicyCondition[ConditionOperator]][]) {
    const { matches, isNegated } = POSITIVE[op];
    for (const [key, raw] of Object.entries(keys ?? {}) as [PathConditionKey, string | string[]][]) {
      const value = ctx[key];
      const values = typeof raw === "string" ? [raw] : raw;
      // An absent key: the values do not match, so a positive operator is false and a negated one true [IAM-OPS].
      const isMatch = value !== undefined && values.some((p) => matches(p, value));
      if (isNegated ? isMatch : !isMatch) return false;
    }
  }
  return true;
}
