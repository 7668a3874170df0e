/**
 * Property tests for connected networks: peering is never transitive, transit gateway reachability follows
 * associations and propagations exactly, endpoint policies (explicit deny wins, allow needed), and what an NLB target's
 * security group sees with and without client IP preservation.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulate } from "./index";
import { scenarioOf } from "./test-helpers";
import { evaluatePolicy } from "./aws/endpoint-policy";
import type { EndpointPolicy } from "./scenario/schema";

const verdict = (src: string, name: string) =>
  simulate(scenarioOf(src)).flows.find((f) => f.flow === name && f.os === "linux")?.verdict;

describe("peering is not transitive", () => {
  it("A cannot reach C through B whatever the routes say", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 200 }), { minLength: 3, maxLength: 3 }),
        fc.boolean(),
        ([a, b, c], viaDefault) => {
          const src = `
vpc: { name: a, cidr: 10.${a}.0.0/16 }
vpcs:
  b: { cidr: 10.${b}.0.0/16 }
  c: { cidr: 10.${c}.0.0/16 }
subnets:
  sa: { cidr: 10.${a}.1.0/24, routeTable: ra }
  sb: { vpc: b, cidr: 10.${b}.1.0/24, routeTable: rb }
  sc: { vpc: c, cidr: 10.${c}.1.0/24, routeTable: rc }
routeTables:
  ra: { routes: [ { to: ${viaDefault ? "0.0.0.0/0" : `10.${c}.0.0/16`}, via: pab }, { to: 10.${b}.0.0/16, via: pab } ] }
  rb: { vpc: b, routes: [ { to: 10.${a}.0.0/16, via: pab }, { to: 10.${c}.0.0/16, via: pbc } ] }
  rc: { vpc: c, routes: [ { to: 10.${b}.0.0/16, via: pbc }, { to: 10.${a}.0.0/16, via: pbc } ] }
peerings:
  pab: { requester: a, accepter: b }
  pbc: { requester: b, accepter: c }
securityGroups:
  ga: { kind: new, inbound: [ { proto: all, from: 10.0.0.0/8 } ] }
  gb: { vpc: b, kind: new, inbound: [ { proto: all, from: 10.0.0.0/8 } ] }
  gc: { vpc: c, kind: new, inbound: [ { proto: all, from: 10.0.0.0/8 } ] }
hosts:
  ha: { subnet: sa, securityGroups: [ga] }
  hb: { subnet: sb, securityGroups: [gb] }
  hc: { subnet: sc, securityGroups: [gc] }
goals:
  - { name: ab, from: ha, to: hb, app: ssh }
  - { name: bc, from: hb, to: hc, app: ssh }
  - { name: ac, from: ha, to: hc, app: ssh }
`;
          expect(verdict(src, "ab")).toBe("delivered");
          expect(verdict(src, "bc")).toBe("delivered");
          expect(verdict(src, "ac")).toBe("blocked");
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("transit gateway route tables", () => {
  it("X reaches Y iff Y propagates into X's table and X into Y's", () => {
    const atts = ["x", "y"] as const;
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), (shared, yIntoX, xIntoY) => {
        // One shared table or one per attachment; propagations as drawn.
        const tables = shared
          ? `t: { associations: [att-x, att-y], propagations: [${[yIntoX ? "att-y" : "", xIntoY ? "att-x" : ""].filter(Boolean).join(", ")}] }`
          : `tx: { associations: [att-x], propagations: [${yIntoX ? "att-y" : ""}] }
      ty: { associations: [att-y], propagations: [${xIntoY ? "att-x" : ""}] }`;
        const src = `
vpc: { name: x, cidr: 10.1.0.0/16 }
vpcs:
  y: { cidr: 10.2.0.0/16 }
subnets:
  sx: { cidr: 10.1.1.0/24, routeTable: rx }
  sy: { vpc: y, cidr: 10.2.1.0/24, routeTable: ry }
routeTables:
  rx: { routes: [ { to: 10.0.0.0/8, via: tgw } ] }
  ry: { vpc: y, routes: [ { to: 10.0.0.0/8, via: tgw } ] }
transitGateways:
  tgw:
    attachments: { ${atts.map((a) => `att-${a}: { vpc: ${a}, subnets: [s${a}] }`).join(", ")} }
    routeTables:
      ${tables}
securityGroups:
  gx: { kind: new, inbound: [ { proto: all, from: 10.0.0.0/8 } ] }
  gy: { vpc: y, kind: new, inbound: [ { proto: all, from: 10.0.0.0/8 } ] }
hosts:
  hx: { subnet: sx, securityGroups: [gx] }
  hy: { subnet: sy, securityGroups: [gy] }
goals:
  - { name: xy, from: hx, to: hy, app: ssh }
`;
        const shouldWork = yIntoX && xIntoY;
        expect(verdict(src, "xy")).toBe(shouldWork ? "delivered" : "blocked");
      }),
    );
  });
});

describe("endpoint policies", () => {
  const actions = ["s3:GetObject", "s3:PutObject", "s3:*", "*", "s3:Get*"];
  const resources = ["arn:aws:s3:::a/*", "arn:aws:s3:::b/*", "*", "arn:aws:s3:::a/x"];
  const statement = fc.record({
    effect: fc.constantFrom("allow" as const, "deny" as const),
    actions: fc.subarray(actions, { minLength: 1 }),
    resources: fc.subarray(resources, { minLength: 1 }),
  });
  it("an explicit deny wins, otherwise a matching allow is needed; no policy allows everything", () => {
    fc.assert(
      fc.property(
        fc.array(statement, { maxLength: 4 }),
        fc.constantFrom("s3:GetObject", "s3:PutObject"),
        fc.constantFrom("arn:aws:s3:::a/x", "arn:aws:s3:::b/y"),
        (statements, action, resource) => {
          const policy: EndpointPolicy = { statements };
          const d = evaluatePolicy(policy, action, resource);
          const withDeny = evaluatePolicy(
            { statements: [...statements, { effect: "deny", actions: ["*"], resources: ["*"] }] },
            action,
            resource,
          );
          expect(withDeny).toBe("explicit-deny");
          const withAllow = evaluatePolicy(
            { statements: [...statements, { effect: "allow", actions: ["*"], resources: ["*"] }] },
            action,
            resource,
          );
          expect(withAllow).toBe(d === "explicit-deny" ? "explicit-deny" : "allow");
          expect(evaluatePolicy(null, action, resource)).toBe("allow");
        },
      ),
    );
  });
});

describe("Network Load Balancer client IP preservation", () => {
  it("the target's rule must match the client (preserved) or the load balancer (not preserved)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 254 }),
        fc.boolean(),
        fc.constantFrom("203.0.113.0/24", "10.0.0.0/24", "198.51.100.0/24"),
        (host, preserve, allowed) => {
          const src = `
vpc: { cidr: 10.0.0.0/16, internetGateway: igw }
subnets:
  public: { cidr: 10.0.0.0/24, routeTable: public-rt }
  app: { cidr: 10.0.1.0/24 }
routeTables:
  public-rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
securityGroups:
  t-sg: { kind: new, inbound: [ { proto: tcp, ports: 443, from: ${allowed} } ] }
hosts:
  t: { subnet: app, securityGroups: [t-sg], listens: [https] }
loadBalancers:
  nlb: { type: network, subnet: public, preserveClientIp: ${preserve}, listeners: [ { port: 443, proto: tcp, targetPort: 443, targets: [t] } ] }
internet:
  client: { ip: 203.0.113.${host}, os: linux }
goals:
  - { name: f, from: client, to: nlb, app: https }
`;
          const sees = preserve ? "203.0.113.0/24" : "10.0.0.0/24";
          expect(verdict(src, "f")).toBe(allowed === sees ? "delivered" : "blocked");
        },
      ),
      { numRuns: 30 },
    );
  });
});
