/**
 * Property tests for Availability Zones and redundant connections: a subnet reaches a transit gateway exactly when the
 * attachment has a subnet in its AZ, and the gateway always uses the most preferred connection that is up
 * (Direct Connect, then static VPN, then BGP VPN) [TGW-AZ], [S2S-PRIO].
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeChoices, simulate } from "./authoring";
import { scenarioOf } from "./test-helpers";
import { preferredConnection } from "./aws/zones";
import type { OnPremConnection } from "./aws/schema-connect";

const AZS = ["az-a", "az-b", "az-c"] as const;

const hub = (attached: readonly string[], failed: readonly string[]) =>
  scenarioOf(`
vpc: { name: app, cidr: 10.0.0.0/16 }
vpcs:
  shared: { cidr: 10.100.0.0/16 }
subnets:
${AZS.map((az, i) => `  s${i}: { cidr: 10.0.${i + 1}.0/24, availabilityZone: ${az}, routeTable: rt }`).join("\n")}
  api: { vpc: shared, cidr: 10.100.1.0/24, routeTable: s-rt }
routeTables:
  rt: { routes: [ { to: 10.100.0.0/16, via: tgw } ] }
  s-rt: { vpc: shared, routes: [ { to: 10.0.0.0/16, via: tgw } ] }
transitGateways:
  tgw:
    attachments:
      att-app: { vpc: app, subnets: [${attached.map((az) => `s${AZS.indexOf(az as (typeof AZS)[number])}`).join(", ")}] }
      att-shared: { vpc: shared, subnets: [api] }
    routeTables:
      rt: { associations: [att-app, att-shared], propagations: [att-app, att-shared] }
securityGroups:
  api-sg: { vpc: shared, kind: new, inbound: [ { proto: tcp, ports: 443, from: 10.0.0.0/16 } ] }
hosts:
${AZS.map((_, i) => `  h${i}: { subnet: s${i} }`).join("\n")}
  api: { subnet: api, securityGroups: [api-sg], listens: [https] }
failures: [${failed.map((az) => `{ az: ${az} }`).join(", ")}]
goals:
${AZS.map((_, i) => `  - { name: g${i}, from: h${i}, to: api, app: https }`).join("\n")}
`);

describe("transit gateway reachability follows the attachment's AZs", () => {
  it("a subnet's traffic reaches the API exactly when the attachment has a subnet in its AZ", () => {
    fc.assert(
      fc.property(fc.subarray([...AZS], { minLength: 1 }), (attached) => {
        const flows = simulate(hub(attached, [])).flows;
        AZS.forEach((az, i) => {
          const f = flows.find((x) => x.flow === `g${i}`);
          expect(f?.verdict).toBe(attached.includes(az) ? "delivered" : "blocked");
          if (!attached.includes(az)) expect(f?.counterexample?.reason).toBe("TGW_NO_ATTACHMENT_IN_AZ");
        });
      }),
      { numRuns: 20 },
    );
  });
  it("the goals survive losing one AZ exactly when every AZ has an attachment subnet", () => {
    fc.assert(
      fc.property(
        fc.subarray([...AZS], { minLength: 1 }),
        fc.subarray([...AZS], { minLength: 1, maxLength: 1 }),
        (attached, failed) => {
          const ok = analyzeChoices(hub(attached, failed)).baseline.isGoalMet;
          expect(ok).toBe(attached.length === AZS.length);
        },
      ),
      { numRuns: 20 },
    );
  });
});

const connection = fc.record({
  type: fc.constantFrom("vpn" as const, "direct-connect" as const),
  gateway: fc.constant("vgw"),
  routing: fc.constantFrom("static" as const, "dynamic" as const),
  staticRoutes: fc.constant([] as string[]),
  state: fc.constantFrom("up" as const, "down" as const),
});
const rank = (c: OnPremConnection) => (c.type === "direct-connect" ? 0 : c.routing === "dynamic" ? 2 : 1);

describe("the gateway's choice among a network's connections [S2S-PRIO]", () => {
  it("is the first most preferred connection that is up, or none when all are down", () => {
    fc.assert(
      fc.property(fc.array(connection, { minLength: 1, maxLength: 5 }), (list) => {
        const [first, ...more] = list as [OnPremConnection, ...OnPremConnection[]];
        const chosen = preferredConnection({
          cidrs: ["172.16.0.0/16"],
          connection: first,
          moreConnections: more,
          hosts: {},
        });
        const up = list.filter((c) => c.state === "up");
        const best = Math.min(...up.map(rank));
        expect(chosen).toBe(up.length === 0 ? null : up.find((c) => rank(c) === best));
      }),
    );
  });
});
