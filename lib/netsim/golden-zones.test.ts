/**
 * Golden tests for Availability Zones, failures a design must survive, route priority between an on-premises
 * network's connections, and changes that create things (SCENARIO.md §3c, §4b). Each case names the verdict and the
 * reason code or rule that decides it.
 */
import { describe, expect, it } from "vitest";
import { analyzeChoices, explainText, simulate, validateScenario } from "./authoring";
import { scenarioOf, variant } from "./test-helpers";
import type { FlowResult } from "./core/trace";
import type { Scenario } from "./scenario/schema";

const flow = (s: Scenario, name: string, choices: string[] = []): FlowResult => {
  const f = simulate(s, { choices }).flows.find((x) => x.flow === name && x.os === "linux");
  if (!f) throw new Error(`no flow ${name}`);
  return f;
};
const problems = (s: Scenario) => validateScenario(s).map((p) => p.message);

/** An app VPC in three AZs calling a shared VPC through a transit gateway whose app attachment has `subnets`. */
const zoned = (subnets: string, extra = "") =>
  scenarioOf(`
vpc: { name: app, cidr: 10.0.0.0/16 }
vpcs:
  shared: { cidr: 10.100.0.0/16 }
subnets:
  app-a: { cidr: 10.0.1.0/24, availabilityZone: az-a, routeTable: app-rt }
  app-b: { cidr: 10.0.2.0/24, availabilityZone: az-b, routeTable: app-rt }
  app-c: { cidr: 10.0.3.0/24, availabilityZone: az-c, routeTable: app-rt }
  app-a2: { cidr: 10.0.4.0/24, availabilityZone: az-a, routeTable: app-rt }
  api: { vpc: shared, cidr: 10.100.1.0/24, routeTable: s-rt }
routeTables:
  app-rt: { routes: [ { to: 10.100.0.0/16, via: tgw } ] }
  s-rt: { vpc: shared, routes: [ { to: 10.0.0.0/16, via: tgw } ] }
transitGateways:
  tgw:
    attachments:
      att-app: { vpc: app, subnets: [${subnets}] }
      att-shared: { vpc: shared, subnets: [api] }
    routeTables:
      rt: { associations: [att-app, att-shared], propagations: [att-app, att-shared] }
securityGroups:
  app-sg: { kind: new, inbound: [ { proto: tcp, ports: 443, from: 10.100.0.0/16 } ] }
  api-sg: { vpc: shared, kind: new, inbound: [ { proto: tcp, ports: 443, from: 10.0.0.0/16 } ] }
hosts:
  web-a: { subnet: app-a, securityGroups: [app-sg], listens: [https] }
  web-b: { subnet: app-b, securityGroups: [app-sg], listens: [https] }
  web-c: { subnet: app-c, securityGroups: [app-sg], listens: [https] }
  api: { subnet: api, securityGroups: [api-sg], listens: [https] }
goals:
  - { name: call-a, from: web-a, to: api, app: https }
  - { name: call-b, from: web-b, to: api, app: https }
  - { name: call-c, from: web-c, to: api, app: https }
  - { name: push-b, from: api, to: web-b, app: https }
${extra}`);

describe("transit gateway attachment subnets per Availability Zone [TGW-AZ]", () => {
  it("a subnet in an AZ without an attachment subnet cannot reach the transit gateway", () => {
    const s = zoned("app-a");
    expect(flow(s, "call-a").verdict).toBe("delivered");
    const b = flow(s, "call-b");
    expect(b.verdict).toBe("blocked");
    expect(b.counterexample?.reason).toBe("TGW_NO_ATTACHMENT_IN_AZ");
    expect(b.counterexample?.fact).toMatchObject({ code: "tgwNoAttachmentInAz", params: { az: "az-b" } });
  });
  it("the attachment subnet serves every subnet of its AZ, not only itself", () => {
    const s = zoned("app-a2, app-b, app-c");
    for (const f of ["call-a", "call-b", "call-c", "push-b"]) expect(flow(s, f).verdict).toBe("delivered");
  });
  it("traffic from the transit gateway to an AZ without an attachment subnet is dropped too", () => {
    const f = flow(zoned("app-a, app-c"), "push-b");
    expect(f.verdict).toBe("blocked");
    expect(f.counterexample?.reason).toBe("TGW_NO_ATTACHMENT_IN_AZ");
  });
  it("subnets without an AZ keep the old behaviour (any subnet reaches the attachment)", () => {
    const s = variant(zoned("app-a"), (c) => {
      for (const sub of Object.values(c.subnets)) delete sub.availabilityZone;
    });
    expect(flow(s, "call-b").verdict).toBe("delivered");
  });
  it("two attachment subnets in one AZ are refused, naming the rule", () => {
    const bad = variant(zoned("app-a"), (c) => {
      c.transitGateways.tgw!.attachments["att-app"] = { vpc: "app", subnets: ["app-a", "app-a2"] };
    });
    expect(problems(bad).join("\n")).toMatch(
      /app-a and app-a2 are both in az-a: .* one subnet per Availability Zone \[TGW-AZ\]/,
    );
  });
  it("modifyTgwAttachment adds subnets; setApplianceMode changes no reachability", () => {
    const s = zoned(
      "app-a",
      `choices:
  A: [ modifyTgwAttachment: { tgw: tgw, attachment: att-app, addSubnets: [app-b, app-c] } ]
  B: [ setApplianceMode: { tgw: tgw, attachment: att-app, enabled: true } ]
  C: [ modifyTgwAttachment: { tgw: tgw, attachment: att-app, addSubnets: [app-a2] } ]`,
    );
    const a = analyzeChoices(s);
    expect(a.derivedKey).toEqual(["A"]);
    expect(a.choices.B?.verdict).toBe("not-needed");
    expect(a.choices.C?.verdict).toBe("invalid");
    expect(JSON.stringify(a.choices.C?.reason)).toContain("[TGW-AZ]");
  });
});

describe("failures a design must survive (SCENARIO.md §3c)", () => {
  // push-b's destination is one instance: with its AZ down that goal cannot be met, so these cases leave it out.
  const withFailures = (subnets: string, choices = "") =>
    variant(zoned(subnets, `failures: [ { az: az-a }, { az: az-b }, { az: az-c } ]\n${choices}`), (c) => {
      c.goals = c.goals.filter((g) => g.name !== "push-b");
    });
  it("each failure evaluates every goal once more; a goal whose client is down is not asked for", () => {
    const s = withFailures(
      "app-a, app-b, app-c",
      `choices:
  A: [ modifyTgwAttachment: { tgw: tgw, attachment: att-app, addSubnets: [] } ]`,
    );
    expect(analyzeChoices(s).baseline.isGoalMet).toBe(true);
  });
  it("losing the only attachment subnet's AZ fails the other AZs' goals, naming the failure", () => {
    const s = withFailures("app-a");
    const a = analyzeChoices(
      variant(s, (c) => {
        c.choices = {
          A: [
            {
              modifyTgwAttachment: {
                tgw: "tgw",
                attachment: "att-app",
                addSubnets: ["app-b", "app-c"],
                removeSubnets: [],
              },
            },
          ],
        };
      }),
    );
    expect(a.derivedKey).toEqual(["A"]);
    const b = analyzeChoices(
      variant(s, (c) => {
        // every AZ has its own subnet; only the AZ-a one is attached: fine while az-a is up, not when it is down
        c.hosts["web-b"] = { ...c.hosts["web-b"]!, subnet: "app-a2" };
        c.hosts["web-c"] = { ...c.hosts["web-c"]!, subnet: "app-a2" };
        c.choices = { A: [] };
      }),
    );
    expect(b.baseline.isGoalMet).toBe(false);
    const fail = b.baseline.failing.find((f) => f.flow.endsWith("(az-a down)"));
    expect(fail?.fact).toMatchObject({ code: "whenDown", params: { component: "az-a", isAz: true } });
    expect(JSON.stringify(fail?.fact)).toContain("failureNoClient");
  });
  it("simulate() traces every goal under every failure too, and the goal is not met when one fails", () => {
    const r = simulate(withFailures("app-a"), { choices: [] });
    const down = r.flows.filter((f) => f.flow.endsWith("(az-b down)"));
    expect(down.map((f) => f.flow).sort()).toEqual(["call-a (az-b down)", "call-c (az-b down)"]);
    const c = r.flows.find((f) => f.flow === "call-c (az-b down)");
    expect(c?.packets.length).toBeGreaterThan(0);
    expect(c?.summary).toMatchObject({ code: "whenDown", params: { component: "az-b" } });
    expect(r.isGoalMet).toBe(false);
  });
  it("a route to an instance in the failed AZ becomes a blackhole", () => {
    const s = scenarioOf(`
vpc: { cidr: 10.0.0.0/16, internetGateway: igw }
subnets:
  pub-a: { cidr: 10.0.0.0/24, availabilityZone: az-a, routeTable: pub-rt }
  pub-b: { cidr: 10.0.1.0/24, availabilityZone: az-b, routeTable: pub-rt }
  app-b: { cidr: 10.0.11.0/24, availabilityZone: az-b, routeTable: app-rt }
routeTables:
  pub-rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
  app-rt: { routes: [ { to: 0.0.0.0/0, via: nat-a } ] }
natGateways:
  nat-a: { subnet: pub-a }
hosts:
  app: { subnet: app-b }
failures: [ { az: az-a } ]
goals:
  - { name: updates, from: app, to: 203.0.113.10, app: https }
choices:
  A:
    - createNatGateway: { name: nat-b, subnet: pub-b }
    - replaceRoute: { table: app-rt, to: 0.0.0.0/0, via: nat-b }
  B: []
`);
    const a = analyzeChoices(s);
    expect(a.derivedKey).toEqual(["A"]);
    expect(a.baseline.failing[0]?.flow).toBe("updates (az-a down)");
    expect(a.baseline.failing[0]?.fact).toMatchObject({ code: "whenDown", params: { component: "az-a" } });
  });
  it("a goal whose destination is down fails with that reason", () => {
    const s = withFailures("app-a, app-b, app-c");
    const down = variant(s, (c) => {
      c.subnets.api = { ...c.subnets.api!, availabilityZone: "az-c" };
      c.choices = { A: [] };
    });
    const a = analyzeChoices(down);
    expect(JSON.stringify(a.baseline.failing)).toContain("failureHostDown");
  });
});

const hybrid = (connections: string, failures = "", choices = "") =>
  scenarioOf(`
vpc: { cidr: 10.0.0.0/16, vpnGateway: vgw }
subnets:
  app: { cidr: 10.0.1.0/24, routeTable: app-rt }
routeTables:
  app-rt: { routes: [], propagate: [vgw] }
securityGroups:
  app-sg: { kind: new, inbound: [ { proto: tcp, ports: 443, from: 172.16.0.0/16 } ] }
hosts:
  app: { subnet: app, securityGroups: [app-sg], listens: [https] }
onPremises:
  dc:
    cidrs: [172.16.0.0/16]
${connections}
    routesToAws: [10.0.0.0/16]
    hosts:
      erp: { ip: 172.16.5.10, listens: [https] }
${failures}
goals:
  - { name: to-erp, from: app, to: erp, app: https }
  - { name: from-erp, from: erp, to: app, app: https }
${choices}`);
const dxAndVpn = `    connection: { name: dx-1, type: direct-connect, gateway: vgw }
    moreConnections:
      - { name: vpn-1, type: vpn, gateway: vgw, routing: dynamic, customerGateway: cgw-1 }`;
const viaDx = (f: FlowResult) =>
  f.packets[0]?.steps.find((st) => st.fact.code === "vgwOut")?.fact.params?.isDirectConnect;

describe("route priority between an on-premises network's connections [S2S-PRIO]", () => {
  it("Direct Connect is preferred over a BGP VPN for the same prefixes", () => {
    expect(viaDx(flow(hybrid(dxAndVpn), "to-erp"))).toBe(true);
  });
  it("with the Direct Connect connection down the VPN carries the traffic", () => {
    const s = hybrid(dxAndVpn.replace("gateway: vgw }", "gateway: vgw, state: down }"));
    const f = flow(s, "to-erp");
    expect(f.verdict).toBe("delivered");
    expect(viaDx(f)).toBe(false);
  });
  it("every connection down: nothing is carried either way", () => {
    const s = hybrid(
      dxAndVpn.replace("gateway: vgw }", "gateway: vgw, state: down }").replace("cgw-1 }", "cgw-1, state: down }"),
    );
    expect(flow(s, "to-erp").verdict).toBe("blocked");
    const back = flow(s, "from-erp");
    expect(back.counterexample?.reason).toBe("CONNECTION_DOWN");
  });
  it("a VPN backing up Direct Connect survives the loss of the Direct Connect connection", () => {
    const s = hybrid(
      "    connection: { name: dx-1, type: direct-connect, gateway: vgw }",
      "failures: [ { connection: dx-1 } ]",
      `choices:
  A: [ createVpnConnection: { network: dc, name: vpn-1, gateway: vgw, routing: dynamic, customerGateway: cgw-1 } ]
  B: [ createVpnConnection: { network: dc, name: dx-2, type: direct-connect, gateway: vgw, routing: static } ]`,
    );
    const a = analyzeChoices(s);
    expect(a.derivedKey).toEqual(["A"]);
    expect(a.choices.B?.verdict).toBe("invalid");
  });
  it("a second connection on the same customer gateway does not survive that device", () => {
    const s = hybrid(
      "    connection: { name: vpn-1, type: vpn, gateway: vgw, routing: dynamic, customerGateway: cgw-1 }",
      "failures: [ { customerGateway: cgw-1 } ]",
      `choices:
  A: [ createVpnConnection: { network: dc, name: vpn-2, gateway: vgw, routing: dynamic, customerGateway: cgw-1 } ]
  B: [ createVpnConnection: { network: dc, name: vpn-2, gateway: vgw, routing: dynamic, customerGateway: cgw-2 } ]
  C: [ setVpnTunnelOptions: { connection: vpn-1, dpdTimeoutSeconds: 10 } ]`,
    );
    const a = analyzeChoices(s);
    expect(a.derivedKey).toEqual(["B"]);
    expect(a.choices.A?.verdict).toBe("not-needed");
    expect(a.choices.A?.reason.code).toBe("choiceFailsWhenDown");
    expect(a.choices.C?.verdict).toBe("invalid");
  });
});

describe("changes that create things (SCENARIO.md §4b)", () => {
  const twins = (choices: string) =>
    scenarioOf(`
vpc: { name: dev, cidr: 10.0.0.0/16 }
vpcs:
  shared: { cidr: 10.0.0.0/16 }
subnets:
  dev-a: { cidr: 10.0.1.0/24, routeTable: dev-rt }
  git: { vpc: shared, cidr: 10.0.8.0/24, routeTable: shared-rt }
routeTables:
  dev-rt: { routes: [] }
  shared-rt: { vpc: shared, routes: [] }
securityGroups:
  git-sg: { vpc: shared, kind: new, inbound: [ { proto: tcp, ports: 443, from: 10.0.0.0/8 } ] }
hosts:
  dev: { subnet: dev-a }
  git: { subnet: git, securityGroups: [git-sg], listens: [https] }
goals:
  - { name: clone, from: dev, to: git, app: https }
choices:
${choices}`);
  it("a new VPC with a CIDR that overlaps nothing can be peered; an overlapping secondary CIDR block still cannot", () => {
    const s = twins(`  A:
    - createVpc: { name: dev2, cidr: 10.50.0.0/16 }
    - createRouteTable: { name: dev2-rt, vpc: dev2 }
    - createSubnet: { name: dev2-a, vpc: dev2, cidr: 10.50.1.0/24, routeTable: dev2-rt }
    - moveHost: { host: dev, subnet: dev2-a, securityGroups: ["default:dev2"] }
    - createPeering: { name: pcx, requester: dev2, accepter: shared }
    - addRoute: { table: dev2-rt, to: 10.0.0.0/16, via: pcx }
    - addRoute: { table: shared-rt, to: 10.50.0.0/16, via: pcx }
  B:
    - createVpc: { name: dev2, cidr: 10.50.0.0/16 }
    - addVpcCidr: { vpc: dev2, cidr: 10.0.128.0/17 }
    - createPeering: { name: pcx, requester: dev2, accepter: shared }
  C:
    - addVpcCidr: { vpc: dev, cidr: 10.50.0.0/16 }
    - createSubnet: { name: dev-b, cidr: 10.50.1.0/24, routeTable: dev-rt }
  D: [ createVpc: { name: shared, cidr: 10.60.0.0/16 } ]`);
    const a = analyzeChoices(s);
    expect(a.derivedKey).toEqual(["A"]);
    expect(a.choices.B?.verdict).toBe("invalid");
    expect(JSON.stringify(a.choices.B?.reason)).toContain("10.0.128.0/17");
    expect(a.choices.C?.verdict).toBe("not-needed"); // a subnet inside the secondary block is valid
    expect(a.choices.D?.verdict).toBe("invalid");
  });
  it("a transit gateway does not propagate a VPC whose CIDR overlaps one already propagated [TGW-ATT]", () => {
    const s = twins(`  A:
    - createTransitGateway: { name: tgw }
    - createTgwAttachment: { tgw: tgw, name: att-shared, vpc: shared, subnets: [git] }
    - createTgwAttachment: { tgw: tgw, name: att-dev, vpc: dev, subnets: [dev-a] }
    - createTgwRouteTable: { tgw: tgw, table: rt, associations: [att-dev, att-shared], propagations: [att-shared, att-dev] }`);
    const applied = simulate(s, { choices: ["A"] });
    expect(applied.invalid).toEqual([]);
    expect(applied.flows[0]?.verdict).toBe("blocked");
  });
});

describe("load balancers and endpoint services created by a choice [NLB-ALB], [PL-SVC]", () => {
  const saas = (choices: string) =>
    scenarioOf(`
vpc: { name: provider, cidr: 10.0.0.0/16 }
vpcs:
  customer: { cidr: 10.0.0.0/16 }
subnets:
  svc: { cidr: 10.0.1.0/24 }
  app: { cidr: 10.0.11.0/24 }
  cust: { vpc: customer, cidr: 10.0.1.0/24 }
securityGroups:
  alb-sg: { kind: new, inbound: [ { proto: tcp, ports: 443, from: 10.0.1.0/24 } ] }
  api-sg: { kind: new, inbound: [ { proto: tcp, ports: 8443, from: alb-sg } ] }
  ep-sg: { vpc: customer, kind: new, inbound: [ { proto: tcp, ports: 443, from: 10.0.0.0/16 } ] }
hosts:
  api: { subnet: app, securityGroups: [api-sg], listens: [tcp/8443] }
  client: { subnet: cust, securityGroups: ["default:customer"] }
loadBalancers:
  alb: { type: application, scheme: internal, subnet: svc, securityGroups: [alb-sg], listeners: [ { port: 443, proto: https, targetPort: 8443, targets: [api] } ] }
goals:
  - { name: call, from: client, to: api-svc, app: https }
choices:
${choices}`);
  const nlb = (proto: string, port: number, target = "alb") =>
    `    - createLoadBalancer: { name: nlb, type: network, scheme: internal, subnet: svc, listeners: [ { port: 443, proto: ${proto}, targetPort: ${port}, targets: [${target}] } ] }`;
  const service = (lb: string) => `    - createEndpointService: { name: api-svc, loadBalancer: ${lb} }
    - createEndpoint: { name: ep, type: interface, service: api-svc, vpc: customer, subnets: [cust], securityGroups: [ep-sg] }`;
  it("an NLB with the ALB as its target, behind an endpoint service: the ALB then opens its own connection", () => {
    const s = saas(`  A:\n${nlb("tcp", 443)}\n  B:\n${service("nlb")}`);
    const a = analyzeChoices(s, { choose: 2 });
    expect(a.derivedKey).toEqual(["A", "B"]);
    expect(a.choices.A?.reason).toMatchObject({ code: "choiceNeeded" });
    const f = simulate(s, { choices: ["A", "B"] }).flows[0];
    expect(f?.packets.map((p) => p.connection)).toContain("back:alb>api");
  });
  it("an endpoint service on an ALB, an ALB target of a UDP or TLS listener, or on a missing port is refused", () => {
    const onAlb = analyzeChoices(saas(`  A:\n${service("alb")}`)).choices.A?.reason;
    expect(JSON.stringify(onAlb)).toContain("[PL-SVC]");
    expect(onAlb?.params?.kind).toBe("endpointServiceLb");
    expect(explainText(onAlb).en).toContain("needs a Network Load Balancer");
    for (const bad of [nlb("tls", 443), nlb("tcp", 8443)])
      expect(JSON.stringify(analyzeChoices(saas(`  A:\n${bad}\n  B:\n${service("nlb")}`)).choices.A?.reason)).toContain(
        "[NLB-ALB]",
      );
    const albToAlb = `    - createLoadBalancer: { name: alb2, type: application, subnet: svc, listeners: [ { port: 443, targetPort: 443, targets: [alb] } ] }`;
    expect(
      JSON.stringify(analyzeChoices(saas(`  A:\n${albToAlb}\n  B:\n${service("nlb")}`)).choices.A?.reason),
    ).toContain("[NLB-ALB]");
  });
  it("without the endpoint service the flow finds no endpoint (the name a choice creates is accepted)", () => {
    const f = simulate(saas(`  A:\n${nlb("tcp", 443)}\n  B:\n${service("nlb")}`), { choices: ["A"] }).flows[0];
    expect(f?.verdict).toBe("blocked");
    expect(f?.counterexample?.reason).toBe("NO_ENDPOINT");
  });
});

describe("load balancer nodes and targets per Availability Zone [ELB-AZ]", () => {
  const web = (lbSubnets: string, targets: string, failures = "") =>
    scenarioOf(`
vpc: { cidr: 10.0.0.0/16, internetGateway: igw }
subnets:
  pub-a: { cidr: 10.0.0.0/24, availabilityZone: az-a, routeTable: pub-rt }
  pub-b: { cidr: 10.0.1.0/24, availabilityZone: az-b, routeTable: pub-rt }
  app-a: { cidr: 10.0.10.0/24, availabilityZone: az-a }
  app-b: { cidr: 10.0.11.0/24, availabilityZone: az-b }
  app-c: { cidr: 10.0.12.0/24, availabilityZone: az-c }
routeTables:
  pub-rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
securityGroups:
  web-sg: { kind: new, inbound: [ { proto: tcp, ports: 7001, from: 0.0.0.0/0 } ] }
hosts:
  web-a: { subnet: app-a, securityGroups: [web-sg], listens: [tcp/7001] }
  web-b: { subnet: app-b, securityGroups: [web-sg], listens: [tcp/7001] }
  web-c: { subnet: app-c, securityGroups: [web-sg], listens: [tcp/7001] }
loadBalancers:
  nlb: { type: network, subnet: ${lbSubnets.split(",")[0]}, subnets: [${lbSubnets}], listeners: [ { port: 7001, proto: tcp, targetPort: 7001, targets: [${targets}] } ] }
internet:
  partner: { ip: 203.0.113.7 }
${failures}
goals:
  - { name: feed, from: partner, to: nlb, app: tcp/7001 }
`);
  const backs = (s: Scenario) => flow(s, "feed").packets.map((p) => p.connection);
  it("a target in an AZ the load balancer does not enable receives no traffic", () => {
    const s = web("pub-a, pub-b", "web-a, web-c");
    expect(flow(s, "feed").verdict).toBe("delivered");
    expect(backs(s)).toContain("back:web-a");
    expect(backs(s)).not.toContain("back:web-c");
  });
  it("a listener whose every target is outside the enabled AZs forwards nothing", () => {
    const f = flow(web("pub-a, pub-b", "web-c"), "feed");
    expect(f.verdict).toBe("blocked");
    expect(f.counterexample?.reason).toBe("ELB_NO_SERVED_TARGET");
  });
  it("with a target per AZ the service survives an AZ; with a single target it does not", () => {
    const failures = "failures: [ { az: az-a }, { az: az-b } ]";
    expect(analyzeChoices(web("pub-a, pub-b", "web-a, web-b", failures)).baseline.isGoalMet).toBe(true);
    const one = analyzeChoices(web("pub-a, pub-b", "web-a", failures));
    expect([...new Set(one.baseline.failing.map((f) => f.flow))]).toEqual(["feed (az-a down)"]);
    expect(JSON.stringify(one.baseline.failing[0]?.fact)).toContain("lbNoServedTarget");
  });
  it("two subnets of one AZ in a load balancer are refused, naming the rule", () => {
    const s = variant(web("pub-a, pub-b", "web-a"), (c) => {
      c.subnets["pub-a2"] = { cidr: "10.0.2.0/24", availabilityZone: "az-a" };
      c.loadBalancers.nlb!.subnets = ["pub-a", "pub-a2"];
    });
    expect(problems(s).join("\n")).toMatch(/one subnet per Availability Zone \[ELB-AZ\]/);
  });
});
