/**
 * Property tests for IAM path conditions, resource policies and path constraints (SCENARIO.md §3d): a negated operator
 * is the negation of its positive form when the key is present and true when it is absent; an explicit deny wins over
 * any number of allows; a path constraint only ever takes satisfaction away, exactly when the path passes an avoided hop.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulate } from "./index";
import { scenarioOf } from "./test-helpers";
import { conditionHolds, type RequestContext } from "./aws/policy-conditions";
import { evaluateResourcePolicies } from "./aws/resource-policy";
import { AVOIDABLE_HOPS, type ResourcePolicy } from "./scenario/schema";

const octet = fc.integer({ min: 0, max: 255 });
const ipv4 = fc.tuple(octet, octet, octet, octet).map((o) => o.join("."));
const cidr = fc.tuple(ipv4, fc.integer({ min: 0, max: 32 })).map(([a, n]) => `${a}/${n}`);
const ids = fc.constantFrom("vpce-a", "vpce-b", "s3-gw", "kms-ep");

describe("condition operators", () => {
  it("NotIpAddress is the negation of IpAddress when aws:SourceIp is present, and true when it is absent", () => {
    fc.assert(
      fc.property(fc.array(cidr, { minLength: 1, maxLength: 3 }), ipv4, fc.boolean(), (ranges, src, isPresent) => {
        const ctx: RequestContext = isPresent ? { "aws:SourceIp": src } : { "aws:SourceVpce": "vpce-a" };
        const pos = conditionHolds({ IpAddress: { "aws:SourceIp": ranges } }, ctx);
        const neg = conditionHolds({ NotIpAddress: { "aws:SourceIp": ranges } }, ctx);
        if (isPresent) expect(neg).toBe(!pos);
        else expect([pos, neg]).toEqual([false, true]);
      }),
    );
  });

  it("StringNotEquals / StringNotLike negate StringEquals / StringLike on a present key; operators AND together", () => {
    fc.assert(
      fc.property(fc.array(ids, { minLength: 1, maxLength: 3 }), ids, ipv4, (values, id, ip) => {
        const ctx: RequestContext = { "aws:SourceVpce": id, "aws:VpcSourceIp": ip };
        const eq = conditionHolds({ StringEquals: { "aws:SourceVpce": values } }, ctx);
        expect(conditionHolds({ StringNotEquals: { "aws:SourceVpce": values } }, ctx)).toBe(!eq);
        expect(conditionHolds({ StringLike: { "aws:SourceVpce": values } }, ctx)).toBe(eq);
        const both = conditionHolds(
          { StringEquals: { "aws:SourceVpce": values }, IpAddress: { "aws:VpcSourceIp": "0.0.0.0/0" } },
          ctx,
        );
        expect(both).toBe(eq);
      }),
    );
  });
});

describe("resource policies", () => {
  const statement = fc.record({
    effect: fc.constantFrom("allow" as const, "deny" as const),
    actions: fc.constantFrom<string[]>(["s3:*"], ["s3:GetObject"], ["s3:PutObject"], ["*"]),
    resources: fc.constantFrom<string[]>(["arn:aws:s3:::b/*"], ["*"], ["arn:aws:s3:::b/x"]),
  });
  it("an explicit deny that matches wins over any allows; a bucket policy without a matching deny lets the request in", () => {
    fc.assert(
      fc.property(
        fc.array(statement, { maxLength: 5 }),
        fc.constantFrom("s3:GetObject", "s3:PutObject"),
        (sts, action) => {
          const policy: ResourcePolicy = { kind: "bucket", resource: "arn:aws:s3:::b", statements: sts };
          const d = evaluateResourcePolicies({ p: policy }, action, "arn:aws:s3:::b/x", {});
          const denies = sts.some(
            (st) =>
              st.effect === "deny" &&
              st.actions.some((a) => a === "*" || a === "s3:*" || a === action) &&
              st.resources.length > 0,
          );
          expect(d?.decision === "explicit-deny").toBe(denies);
          if (!denies) expect(d).toBeNull();
          // The same statements as a key policy: without a matching allow it is an implicit deny.
          const k = evaluateResourcePolicies({ p: { ...policy, kind: "key" } }, action, "arn:aws:s3:::b/x", {});
          const allows = sts.some(
            (st) => st.effect === "allow" && st.actions.some((a) => a === "*" || a === "s3:*" || a === action),
          );
          expect(k === null).toBe(!denies && allows);
        },
      ),
    );
  });
});

describe("path constraints", () => {
  it("a goal with avoid is met exactly when it is met without and its request passes none of the avoided hops", () => {
    fc.assert(
      fc.property(
        fc.subarray([...AVOIDABLE_HOPS], { minLength: 1 }),
        fc.constantFrom("nat", "gw", "if"),
        (avoid, path) => {
          const s = scenarioOf(
            `
vpc: { cidr: 10.0.0.0/16, region: us-east-1, internetGateway: igw }
subnets:
  public: { cidr: 10.0.0.0/24, routeTable: public-rt }
  private: { cidr: 10.0.1.0/24, routeTable: private-rt }
routeTables:
  public-rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
  private-rt: { routes: [ { to: 0.0.0.0/0, via: nat } ] }
natGateways:
  nat: { subnet: public }
endpoints:
  ${path === "gw" ? "e: { type: gateway, service: s3, routeTables: [private-rt] }" : path === "if" ? "e: { type: interface, service: s3, subnets: [private] }" : "{}"}
hosts:
  app: { subnet: private }
goals:
  - { name: free, from: app, to: s3, app: https }
  - { name: constrained, from: app, to: s3, app: https, avoid: [${avoid.join(", ")}] }
`.replace("endpoints:\n  {}", "endpoints: {}"),
          );
          const flows = simulate(s).flows.filter((f) => f.os === "linux");
          const free = flows.find((f) => f.flow === "free");
          const constrained = flows.find((f) => f.flow === "constrained");
          expect(free?.isSatisfied).toBe(true);
          const passes =
            path === "nat" ? ["nat-gateway", "internet-gateway"] : path === "if" ? ["interface-endpoint"] : [];
          expect(constrained?.isSatisfied).toBe(!passes.some((h) => (avoid as string[]).includes(h)));
          expect(constrained?.verdict).toBe("delivered");
        },
      ),
      { numRuns: 40 },
    );
  });
});
