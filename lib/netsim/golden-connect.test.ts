/**
 * Golden tests for connected networks (SCENARIO.md §3b): gateway and interface endpoints, PrivateLink, VPC peering,
 * transit gateway, VPN / Direct Connect, ICMP, Network vs Application Load Balancer. Each case names the verdict and the
 * reason code of the step that decides it.
 */
import { describe, expect, it } from "vitest";
import { analyzeChoices, explainText, simulate } from "./authoring";
import { scenarioOf, variant } from "./test-helpers";
import { threeVpcHub } from "./fixtures/connect";
import type { FlowResult } from "./core/trace";
import type { Scenario } from "./scenario/schema";

const flow = (s: Scenario, name: string, choices: string[] = []): FlowResult => {
  const f = simulate(s, { choices }).flows.find((x) => x.flow === name && (x.os === "linux" || x.os === "windows"));
  if (!f) throw new Error(`no flow ${name}`);
  return f;
};
const reasonOf = (f: FlowResult) => f.counterexample?.reason;
const hub = scenarioOf(threeVpcHub);

const s3 = scenarioOf(`
vpc: { cidr: 10.0.0.0/16, region: us-east-1 }
subnets:
  private: { cidr: 10.0.1.0/24, routeTable: private-rt, nacl: app-nacl }
routeTables:
  private-rt: { routes: [] }
nacls:
  app-nacl: { kind: default }
securityGroups:
  app-sg: { kind: new }
hosts:
  app: { subnet: private, securityGroups: [app-sg] }
endpoints:
  s3-gw:
    type: gateway
    service: s3
    routeTables: [private-rt]
    policy:
      statements:
        - { effect: allow, actions: ["s3:Get*"], resources: ["arn:aws:s3:::reports/*"] }
        - { effect: deny, actions: ["s3:*"], resources: ["arn:aws:s3:::reports/secret/*"] }
goals:
  - { name: read, from: app, to: s3, app: https, resource: "arn:aws:s3:::reports/2026.csv", action: "s3:GetObject" }
forbidden:
  - { name: write, from: app, to: s3, app: https, resource: "arn:aws:s3:::reports/2026.csv", action: "s3:PutObject" }
  - { name: secret, from: app, to: s3, app: https, resource: "arn:aws:s3:::reports/secret/k", action: "s3:GetObject" }
  - { name: other-region, from: app, to: s3, region: eu-west-1, app: https }
`);

describe("gateway endpoints (S3, DynamoDB)", () => {
  it("carry requests by the prefix-list route and apply the endpoint policy", () => {
    const read = flow(s3, "read");
    expect(read.verdict).toBe("delivered");
    const steps = read.packets[0]?.steps ?? [];
    expect(steps.find((x) => x.component === "route-table")?.rule?.id).toMatch(/^private-rt\/pl-[0-9a-f]{8}$/);
    expect(steps.some((x) => x.component === "vpc-endpoint")).toBe(true);
    expect(read.packets[1]?.steps.some((x) => x.fact.code === "gatewayEndpointBack")).toBe(true);
    expect(reasonOf(flow(s3, "write"))).toBe("VPCE_POLICY_DENY");
    const secret = flow(s3, "secret");
    expect(reasonOf(secret)).toBe("VPCE_POLICY_DENY");
    expect(secret.counterexample?.fact.params?.isExplicit).toBe(true);
  });
  it("serve their own Region only: another Region's address takes the default route (none here)", () => {
    expect(reasonOf(flow(s3, "other-region"))).toBe("NO_ROUTE_TO_DESTINATION");
  });
  it("need the route table association", () => {
    const s = variant(s3, (x) => {
      if (x.endpoints["s3-gw"]) x.endpoints["s3-gw"].routeTables = [];
    });
    expect(reasonOf(flow(s, "read"))).toBe("NO_ROUTE_TO_DESTINATION");
  });
  it("still pass network ACLs, which must allow the service's public ranges (they cannot name a prefix list)", () => {
    const vpcOnly = variant(s3, (x) => {
      x.nacls["app-nacl"] = {
        kind: "custom",
        inbound: [{ rule: 100, proto: "all", from: "10.0.0.0/16", action: "allow" }],
        outbound: [{ rule: 100, proto: "all", to: "10.0.0.0/16", action: "allow" }],
      };
    });
    expect(reasonOf(flow(vpcOnly, "read"))).toBe("SUBNET_ACL_RESTRICTION");
    const s3Ranges = variant(vpcOnly, (x) => {
      x.nacls["app-nacl"]?.outbound.push({ rule: 110, proto: "tcp", ports: 443, to: "52.216.0.0/15", action: "allow" });
      x.nacls["app-nacl"]?.inbound.push({
        rule: 110,
        proto: "tcp",
        ports: "1024-65535",
        from: "52.216.0.0/15",
        action: "allow",
      });
    });
    expect(flow(s3Ranges, "read").verdict).toBe("delivered");
  });
  it("work for DynamoDB tables too", () => {
    const s = variant(s3, (x) => {
      x.endpoints["ddb-gw"] = {
        type: "gateway",
        service: "dynamodb",
        routeTables: ["private-rt"],
        subnets: [],
        policy: {
          statements: [
            {
              effect: "allow",
              actions: ["dynamodb:GetItem"],
              resources: ["arn:aws:dynamodb:us-east-1:*:table/orders"],
            },
          ],
        },
      };
      x.goals.push({
        name: "orders",
        from: "app",
        to: "dynamodb",
        app: "https",
        family: "ipv4",
        resource: "arn:aws:dynamodb:us-east-1:111122223333:table/orders",
        action: "dynamodb:GetItem",
      });
    });
    expect(flow(s, "orders").verdict).toBe("delivered");
  });
});

const sqs = scenarioOf(`
vpc: { cidr: 10.0.0.0/16, internetGateway: igw }
subnets:
  public: { cidr: 10.0.0.0/24, routeTable: public-rt }
  private: { cidr: 10.0.1.0/24, routeTable: private-rt }
routeTables:
  public-rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
  private-rt: { routes: [] }
securityGroups:
  app-sg: { kind: new }
  ep-sg: { kind: new, inbound: [ { proto: tcp, ports: 443, from: app-sg } ] }
hosts:
  app: { subnet: private, securityGroups: [app-sg] }
endpoints:
  sqs-ep: { type: interface, service: sqs, subnets: [private], securityGroups: [ep-sg] }
goals:
  - { name: send, from: app, to: sqs, app: https, action: "sqs:SendMessage", resource: "arn:aws:sqs:us-east-1:111122223333:jobs" }
choices:
  A: [ setPrivateDns: { endpoint: sqs-ep, enabled: false } ]
  B: [ createNatGateway: { name: nat, subnet: public } ]
  C: [ addRoute: { table: private-rt, to: 0.0.0.0/0, via: nat } ]
`);

describe("interface endpoints (PrivateLink to AWS services)", () => {
  it("with private DNS, the service name resolves to the endpoint's interface, filtered by its security group", () => {
    const f = flow(sqs, "send");
    expect(f.verdict).toBe("delivered");
    expect(f.packets[0]?.steps.find((x) => x.action === "ORIGINATED")?.after.dst).toBe("10.0.1.12");
    const closed = variant(sqs, (x) => {
      if (x.securityGroups["ep-sg"]) x.securityGroups["ep-sg"].inbound = [];
    });
    expect(reasonOf(flow(closed, "send"))).toBe("ENI_SG_RULES_MISMATCH");
  });
  it("without private DNS, the name resolves to the public endpoint, which then needs a NAT path", () => {
    expect(reasonOf(flow(sqs, "send", ["A"]))).toBe("NO_ROUTE_TO_DESTINATION");
    const viaNat = flow(sqs, "send", ["A", "B", "C"]);
    expect(viaNat.verdict).toBe("delivered");
    expect(viaNat.packets[0]?.steps.some((x) => x.component === "nat-gateway")).toBe(true);
  });
  it("apply the endpoint policy", () => {
    const s = variant(sqs, (x) => {
      if (x.endpoints["sqs-ep"])
        x.endpoints["sqs-ep"].policy = {
          statements: [{ effect: "allow", actions: ["sqs:ReceiveMessage"], resources: ["*"] }],
        };
    });
    expect(reasonOf(flow(s, "send"))).toBe("VPCE_POLICY_DENY");
  });
});

const privateLink = scenarioOf(`
vpc: { name: consumer, cidr: 10.0.0.0/16 }
vpcs:
  provider: { cidr: 10.1.0.0/16 }
subnets:
  app: { cidr: 10.0.1.0/24 }
  svc: { vpc: provider, cidr: 10.1.1.0/24 }
securityGroups:
  client-sg: { kind: new }
  ep-sg: { kind: new, inbound: [ { proto: tcp, ports: 443, from: client-sg } ] }
  api-sg: { vpc: provider, kind: new, inbound: [ { proto: tcp, ports: 443, from: 10.1.1.0/24 } ] }
hosts:
  client: { subnet: app, securityGroups: [client-sg] }
  api: { subnet: svc, securityGroups: [api-sg], listens: [https] }
loadBalancers:
  saas-nlb: { type: network, subnet: svc, scheme: internal, listeners: [ { port: 443, proto: tcp, targetPort: 443, targets: [api] } ] }
endpointServices:
  saas: { loadBalancer: saas-nlb, acceptanceRequired: true, accepted: [saas-ep] }
endpoints:
  saas-ep: { type: interface, service: saas, subnets: [app], securityGroups: [ep-sg] }
goals:
  - { name: call, from: client, to: saas, app: https }
`);

describe("PrivateLink endpoint services behind a Network Load Balancer", () => {
  it("reach the provider's target, which sees the load balancer's address", () => {
    const f = flow(privateLink, "call");
    expect(f.verdict).toBe("delivered");
    const back = f.packets.find((p) => p.connection === "back:api" && p.kind === "request");
    expect(back?.steps[0]?.before.src).toBe("10.1.1.12");
    const onlyConsumer = variant(privateLink, (x) => {
      if (x.securityGroups["api-sg"])
        x.securityGroups["api-sg"].inbound = [{ proto: "tcp", ports: 443, from: "10.0.1.0/24" }];
    });
    expect(reasonOf(flow(onlyConsumer, "call"))).toBe("ENI_SG_RULES_MISMATCH");
  });
  it("carry nothing until the provider accepts the endpoint connection", () => {
    const pending = variant(privateLink, (x) => {
      if (x.endpointServices.saas) x.endpointServices.saas.accepted = [];
    });
    expect(reasonOf(flow(pending, "call"))).toBe("VPCE_NOT_ACCEPTED");
  });
  it("need an interface endpoint in the client's VPC", () => {
    const none = variant(privateLink, (x) => {
      x.endpoints = {};
    });
    expect(reasonOf(flow(none, "call"))).toBe("NO_ENDPOINT");
  });
});

const peering = scenarioOf(`
vpc: { name: a, cidr: 10.0.0.0/16, internetGateway: igw }
vpcs:
  b: { cidr: 10.1.0.0/16 }
  c: { cidr: 10.2.0.0/16 }
subnets:
  a-pub: { cidr: 10.0.0.0/24, routeTable: a-rt }
  b1: { vpc: b, cidr: 10.1.1.0/24, routeTable: b-rt }
  c1: { vpc: c, cidr: 10.2.1.0/24, routeTable: c-rt }
routeTables:
  a-rt: { routes: [ { to: 0.0.0.0/0, via: igw }, { to: 10.1.0.0/16, via: pcx-ab }, { to: 10.2.0.0/16, via: pcx-ab } ] }
  b-rt: { vpc: b, routes: [ { to: 10.0.0.0/16, via: pcx-ab }, { to: 10.2.0.0/16, via: pcx-bc }, { to: 0.0.0.0/0, via: pcx-ab } ] }
  c-rt: { vpc: c, routes: [ { to: 10.1.0.0/16, via: pcx-bc } ] }
peerings:
  pcx-ab: { requester: a, accepter: b }
  pcx-bc: { requester: b, accepter: c }
natGateways:
  nat: { subnet: a-pub }
securityGroups:
  a-sg: { kind: new, inbound: [ { proto: all, from: 10.0.0.0/8 } ] }
  b-sg: { vpc: b, kind: new, inbound: [ { proto: all, from: a-sg }, { proto: icmp, icmp: { type: 8 }, from: 10.0.0.0/16 } ] }
  c-sg: { vpc: c, kind: new, inbound: [ { proto: all, from: 10.0.0.0/8 } ] }
hosts:
  web: { subnet: a-pub, securityGroups: [a-sg] }
  db: { subnet: b1, securityGroups: [b-sg] }
  c-host: { subnet: c1, securityGroups: [c-sg] }
internet:
  repo: { ip: 203.0.113.80 }
goals:
  - { name: sql, from: web, to: db, app: postgres }
  - { name: ping, from: web, to: db, app: ping }
forbidden:
  - { name: transitive, from: web, to: c-host, app: ssh }
  - { name: edge, from: db, to: repo, app: https }
`);

describe("VPC peering", () => {
  it("delivers with routes on both sides and a security group referencing the peer's group", () => {
    expect(flow(peering, "sql").verdict).toBe("delivered");
    const noReturn = variant(peering, (x) => {
      if (x.routeTables["b-rt"]) x.routeTables["b-rt"].routes = [];
    });
    const f = flow(noReturn, "sql");
    expect(f.verdict).toBe("blocked");
    expect(f.counterexample?.packet).toBe(1);
    expect(reasonOf(f)).toBe("NO_ROUTE_TO_DESTINATION");
  });
  it("is not transitive", () => {
    const f = flow(peering, "transitive");
    expect(f.isSatisfied).toBe(true);
    expect(reasonOf(f)).toBe("TRANSIT_NOT_SUPPORTED");
  });
  it("gives no edge-to-edge routing through the peer's gateways", () => {
    expect(reasonOf(flow(peering, "edge"))).toBe("TRANSIT_NOT_SUPPORTED");
  });
  it("carries nothing while pending acceptance", () => {
    const s = variant(peering, (x) => {
      if (x.peerings["pcx-ab"]) x.peerings["pcx-ab"].status = "pending-acceptance";
    });
    expect(reasonOf(flow(s, "sql"))).toBe("BAD_STATE_VPC_PEERING");
  });
  it("rejects a peering between overlapping VPCs as an invalid choice", () => {
    const s = variant(peering, (x) => {
      x.vpcs.d = { cidr: "10.0.0.0/16" };
      x.choices = { A: [{ createPeering: { name: "pcx-ad", requester: "a", accepter: "d", status: "active" } }] };
    });
    const a = analyzeChoices(s);
    expect(a.choices.A?.verdict).toBe("invalid");
    expect(a.choices.A?.reason.params?.kind).toBe("peeringOverlap");
  });
});

describe("ICMP through security groups (stateful) and network ACLs (stateless)", () => {
  it("lets the echo reply out by connection tracking but needs a NACL rule for it", () => {
    expect(flow(peering, "ping").verdict).toBe("delivered");
    const s = variant(peering, (x) => {
      x.nacls["b-nacl"] = {
        kind: "custom",
        vpc: "b",
        inbound: [{ rule: 100, proto: "icmp", icmp: { type: 8, code: -1 }, from: "10.0.0.0/16", action: "allow" }],
        outbound: [{ rule: 100, proto: "tcp", ports: "1024-65535", to: "10.0.0.0/16", action: "allow" }],
      };
      if (x.subnets.b1) x.subnets.b1.nacl = "b-nacl";
    });
    const f = flow(s, "ping");
    expect(f.verdict).toBe("blocked");
    expect(f.counterexample?.packet).toBe(1);
    expect(reasonOf(f)).toBe("SUBNET_ACL_RESTRICTION");
    const sgStep = f.packets[1]?.steps.find((x) => x.component === "security-group");
    expect(sgStep?.reason).toBe("SESSION_MATCHED");
  });
  it("a NAT gateway in a subnet without an internet route has no way out", () => {
    const s = scenarioOf(`
vpc: { cidr: 10.0.0.0/16, internetGateway: igw }
subnets:
  public: { cidr: 10.0.0.0/24, routeTable: public-rt }
  private: { cidr: 10.0.1.0/24, routeTable: private-rt }
routeTables:
  public-rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
  private-rt: { routes: [ { to: 0.0.0.0/0, via: nat } ] }
natGateways:
  nat: { subnet: private }
hosts:
  app: { subnet: private }
goals:
  - { name: ping, from: app, to: 8.8.8.8, app: ping }
`);
    const f = flow(s, "ping");
    expect(f.verdict).toBe("blocked");
    expect(f.packets[0]?.disposition).toBe("LOOP");
  });
});

describe("transit gateway", () => {
  it("routes spokes to the shared-services VPC and on premises, and keeps spokes apart", () => {
    for (const name of ["dns-a", "dns-b", "ping-a", "erp", "admin", "updates", "queue"])
      expect(flow(hub, name).verdict, name).toBe("delivered");
    const isolated = flow(hub, "spoke-to-spoke");
    expect(isolated.isSatisfied).toBe(true);
    expect(isolated.packets[0]?.disposition).toBe("NULL_ROUTED");
  });
  it("needs the propagation into the associated route table", () => {
    const s = variant(hub, (x) => {
      const t = x.transitGateways.tgw?.routeTables.services;
      if (t) t.propagations = t.propagations.filter((a) => a !== "att-a");
    });
    const f = flow(s, "dns-a");
    expect(f.counterexample?.packet).toBe(1);
    expect(reasonOf(f)).toBe("TGW_RTB_CANNOT_ROUTE");
  });
  it("routes nothing for an attachment without an association", () => {
    const s = variant(hub, (x) => {
      const t = x.transitGateways.tgw?.routeTables.spokes;
      if (t) t.associations = ["att-b"];
    });
    expect(reasonOf(flow(s, "dns-a"))).toBe("TGW_RTB_CANNOT_ROUTE");
  });
  it("needs the VPC route table to point at the transit gateway", () => {
    const s = variant(hub, (x) => {
      if (x.routeTables["a-rt"]) x.routeTables["a-rt"].routes = [];
    });
    expect(reasonOf(flow(s, "dns-a"))).toBe("NO_ROUTE_TO_DESTINATION");
  });
});

// Network ACLs on the way through a transit gateway [TGW-NACL] (docs.aws.amazon.com/vpc/latest/tgw/tgw-nacls.html).
const tgwNacl = (appNacl: string, sameSubnet: boolean) =>
  scenarioOf(`
vpc: { name: a, cidr: 10.1.0.0/16 }
vpcs:
  b: { cidr: 10.2.0.0/16 }
subnets:
  app: { cidr: 10.1.1.0/24, routeTable: a-rt, nacl: app-nacl }
  tgw-a: { cidr: 10.1.9.0/28, routeTable: a-rt }
  b1: { vpc: b, cidr: 10.2.1.0/24, routeTable: b-rt }
routeTables:
  a-rt: { routes: [ { to: 10.2.0.0/16, via: tgw } ] }
  b-rt: { vpc: b, routes: [ { to: 10.1.0.0/16, via: tgw } ] }
nacls:
  app-nacl: ${appNacl}
transitGateways:
  tgw:
    attachments:
      att-a: { vpc: a, subnets: [${sameSubnet ? "app" : "tgw-a"}] }
      att-b: { vpc: b, subnets: [b1] }
    routeTables:
      rt: { associations: [att-a, att-b], propagations: [att-a, att-b] }
securityGroups:
  open: { kind: new, inbound: [ { proto: all, from: 10.0.0.0/8 } ] }
  open-b: { vpc: b, kind: new, inbound: [ { proto: all, from: 10.0.0.0/8 } ] }
hosts:
  app-host: { subnet: app, securityGroups: [open] }
  b-host: { subnet: b1, securityGroups: [open-b], listens: [https] }
goals:
  - { name: call, from: app-host, to: b-host, app: https }
`);
const ALLOW_ALL = "[ { rule: 100, proto: all, to: 0.0.0.0/0, action: allow } ]";
const ALLOW_ALL_IN = "[ { rule: 100, proto: all, from: 0.0.0.0/0, action: allow } ]";

describe("network ACLs and a transit gateway attachment (tgw-nacls.html)", () => {
  it("an instance in the attachment's own subnet still passes that subnet's outbound rules", () => {
    const denyOut = `{ kind: custom, inbound: ${ALLOW_ALL_IN}, outbound: [ { rule: 100, proto: all, to: 10.2.0.0/16, action: deny }, { rule: 200, proto: all, to: 0.0.0.0/0, action: allow } ] }`;
    for (const same of [true, false]) {
      const f = flow(tgwNacl(denyOut, same), "call");
      expect(f.counterexample?.packet, `same subnet: ${same}`).toBe(0);
      expect(reasonOf(f)).toBe("SUBNET_ACL_RESTRICTION");
    }
  });
  it("same subnet: the inbound rules see the instance's own address on the way to the attachment", () => {
    const onlyFromB = `{ kind: custom, inbound: [ { rule: 100, proto: all, from: 10.2.0.0/16, action: allow } ], outbound: ${ALLOW_ALL} }`;
    const f = flow(tgwNacl(onlyFromB, true), "call");
    expect(f.counterexample?.packet).toBe(0);
    expect(reasonOf(f)).toBe("SUBNET_ACL_RESTRICTION");
    // In different subnets the instance's own subnet does not see its request inbound, only the reply (from b).
    expect(flow(tgwNacl(onlyFromB, false), "call").verdict).toBe("delivered");
  });
  it("same subnet: traffic from the attachment to the instances is not evaluated", () => {
    const onlyFromA = `{ kind: custom, inbound: [ { rule: 100, proto: all, from: 10.1.0.0/16, action: allow } ], outbound: ${ALLOW_ALL} }`;
    expect(flow(tgwNacl(onlyFromA, true), "call").verdict).toBe("delivered");
    const f = flow(tgwNacl(onlyFromA, false), "call");
    expect(f.counterexample?.packet).toBe(1);
    expect(reasonOf(f)).toBe("SUBNET_ACL_RESTRICTION");
  });
});

const vpn = scenarioOf(`
vpc: { cidr: 10.0.0.0/16, vpnGateway: vgw }
vpcs:
  peer: { cidr: 10.1.0.0/16 }
subnets:
  private: { cidr: 10.0.1.0/24, routeTable: private-rt }
  p1: { vpc: peer, cidr: 10.1.1.0/24 }
routeTables:
  private-rt: { propagate: [vgw], routes: [ { to: 10.1.0.0/16, via: pcx } ] }
peerings:
  pcx: { requester: vpc, accepter: peer }
securityGroups:
  app-sg: { kind: new, inbound: [ { proto: tcp, ports: 22, from: 172.16.0.0/16 } ] }
hosts:
  app: { subnet: private, securityGroups: [app-sg] }
  peer-host: { subnet: p1 }
onPremises:
  dc:
    cidrs: [172.16.0.0/16]
    connection: { type: vpn, gateway: vgw, routing: static, staticRoutes: [172.16.0.0/16] }
    routesToAws: [10.0.0.0/8]
    hosts:
      erp: { ip: 172.16.5.10, listens: [https] }
      admin: { ip: 172.16.9.9 }
goals:
  - { name: erp, from: app, to: erp, app: https }
  - { name: ssh, from: admin, to: app, app: ssh }
forbidden:
  - { name: to-peer, from: admin, to: peer-host, app: ssh }
`);

describe("Site-to-Site VPN and Direct Connect", () => {
  it("reaches on premises by a propagated route and comes back by the customer router's route", () => {
    const f = flow(vpn, "erp");
    expect(f.verdict).toBe("delivered");
    expect(f.packets[0]?.steps.find((x) => x.component === "route-table")?.rule?.text).toMatch(/propagated/);
    expect(flow(vpn, "ssh").verdict).toBe("delivered");
  });
  it("without propagation or a static route, the VPC has no route to on premises", () => {
    const s = variant(vpn, (x) => {
      if (x.routeTables["private-rt"]) x.routeTables["private-rt"].propagate = [];
    });
    expect(reasonOf(flow(s, "erp"))).toBe("NO_ROUTE_TO_DESTINATION");
    const withStatic = variant(s, (x) => {
      x.routeTables["private-rt"]?.routes.push({ to: "172.16.0.0/16", via: "vgw" });
    });
    expect(flow(withStatic, "erp").verdict).toBe("delivered");
  });
  it("a static VPN carries only its static routes", () => {
    const s = variant(vpn, (x) => {
      if (x.onPremises.dc) x.onPremises.dc.connection.staticRoutes = ["172.16.9.0/24"];
      x.routeTables["private-rt"]?.routes.push({ to: "172.16.0.0/16", via: "vgw" });
    });
    expect(reasonOf(flow(s, "erp"))).toBe("VPN_NO_ROUTE");
  });
  it("the return path needs the customer router's route to the VPC (BGP learns it)", () => {
    const s = variant(vpn, (x) => {
      if (x.onPremises.dc) x.onPremises.dc.routesToAws = [];
    });
    const f = flow(s, "erp");
    expect(f.counterexample?.packet).toBe(1);
    expect(reasonOf(f)).toBe("NO_ROUTE_TO_DESTINATION");
    const bgp = variant(s, (x) => {
      if (x.onPremises.dc) x.onPremises.dc.connection.routing = "dynamic";
    });
    expect(flow(bgp, "erp").verdict).toBe("delivered");
    const dx = variant(s, (x) => {
      if (x.onPremises.dc) x.onPremises.dc.connection = { type: "direct-connect", gateway: "vgw", staticRoutes: [] };
    });
    expect(flow(dx, "erp").verdict).toBe("delivered");
  });
  it("the VPN_NO_ROUTE reason names the connection's routing (saa-5024 D: BGP, not static)", () => {
    const toInternet = (routing: "static" | "dynamic") =>
      variant(vpn, (x) => {
        if (x.onPremises.dc) x.onPremises.dc.connection.routing = routing;
        x.routeTables["private-rt"]?.routes.push({ to: "0.0.0.0/0", via: "vgw" });
        x.internet = { repo: { ip: "203.0.113.80", os: "linux", listens: ["https"] } };
        x.goals.push({ name: "repo", from: "app", to: "repo", app: "https", family: "ipv4" });
      });
    const bgp = flow(toInternet("dynamic"), "repo");
    expect(reasonOf(bgp)).toBe("VPN_NO_ROUTE");
    const bgpText = explainText(bgp.counterexample?.fact);
    expect(bgpText.en).not.toMatch(/static routing/);
    expect(bgpText.en).toMatch(/BGP/);
    expect(bgpText.ja).toMatch(/BGP/);
    const staticText = explainText(flow(toInternet("static"), "repo").counterexample?.fact);
    expect(staticText.en).toMatch(/static routing/);
  });
  it("a missing customer-router route is the forward path when on premises starts the flow (saa-5025 C)", () => {
    const s = variant(vpn, (x) => {
      if (x.onPremises.dc) x.onPremises.dc.routesToAws = [];
    });
    const forward = flow(s, "ssh");
    expect(forward.counterexample?.packet).toBe(0);
    const fwd = explainText(forward.counterexample?.fact);
    expect(fwd.en).not.toMatch(/return path/);
    expect(fwd.en).toMatch(/forward path/);
    expect(fwd.ja).not.toMatch(/戻りの経路/);
    const back = explainText(flow(s, "erp").counterexample?.fact);
    expect(back.en).toMatch(/return path/);
    expect(back.ja).toMatch(/戻りの経路/);
  });
  it("does not carry on-premises traffic on to a peered VPC", () => {
    expect(reasonOf(flow(vpn, "to-peer"))).toBe("TRANSIT_NOT_SUPPORTED");
  });
});

const lbs = scenarioOf(`
vpc: { cidr: 10.0.0.0/16, internetGateway: igw }
subnets:
  public: { cidr: 10.0.0.0/24, routeTable: public-rt }
  app: { cidr: 10.0.1.0/24, nacl: app-nacl }
routeTables:
  public-rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
nacls:
  app-nacl: { kind: default }
securityGroups:
  alb-sg: { kind: new, inbound: [ { proto: tcp, ports: 443, from: 0.0.0.0/0 } ] }
  tcp-sg: { kind: new, inbound: [ { proto: tcp, ports: 443, from: 203.0.113.0/24 } ] }
  web-sg: { kind: new, inbound: [ { proto: tcp, ports: 8443, from: 203.0.113.0/24 } ] }
hosts:
  tcp-svc: { subnet: app, securityGroups: [tcp-sg], listens: [https] }
  web: { subnet: app, securityGroups: [web-sg], listens: [tcp/8443] }
loadBalancers:
  nlb: { type: network, subnet: public, listeners: [ { port: 443, proto: tcp, targetPort: 443, targets: [tcp-svc] } ] }
  alb: { type: application, subnet: public, securityGroups: [alb-sg], listeners: [ { port: 443, proto: https, targetPort: 8443, targets: [web] } ] }
internet:
  partner: { ip: 203.0.113.50, os: linux }
goals:
  - { name: via-nlb, from: partner, to: nlb, app: https }
  - { name: via-alb, from: partner, to: alb, app: https }
`);

describe("Network Load Balancer vs Application Load Balancer", () => {
  it("the NLB target sees the client's address; the ALB target sees the ALB's", () => {
    const n = flow(lbs, "via-nlb");
    expect(n.verdict).toBe("delivered");
    expect(n.packets.find((p) => p.connection === "back:tcp-svc")?.steps[0]?.before.src).toBe("203.0.113.50");
    const a = flow(lbs, "via-alb");
    expect(a.verdict).toBe("blocked");
    expect(reasonOf(a)).toBe("ENI_SG_RULES_MISMATCH");
  });
  it("without client IP preservation the NLB target sees the load balancer", () => {
    const s = variant(lbs, (x) => {
      if (x.loadBalancers.nlb) x.loadBalancers.nlb.preserveClientIp = false;
    });
    expect(reasonOf(flow(s, "via-nlb"))).toBe("ENI_SG_RULES_MISMATCH");
  });
  it("the target's network ACL must admit the client's address when it is preserved", () => {
    const s = variant(lbs, (x) => {
      x.nacls["app-nacl"] = {
        kind: "custom",
        inbound: [{ rule: 100, proto: "all", from: "10.0.0.0/16", action: "allow" }],
        outbound: [{ rule: 100, proto: "all", to: "0.0.0.0/0", action: "allow" }],
      };
    });
    expect(reasonOf(flow(s, "via-nlb"))).toBe("SUBNET_ACL_RESTRICTION");
  });
  it("a target rule may reference the NLB's security group", () => {
    const s = variant(lbs, (x) => {
      x.securityGroups["nlb-sg"] = {
        kind: "new",
        inbound: [{ proto: "tcp", ports: 443, from: "0.0.0.0/0" }],
        outbound: [],
      };
      if (x.loadBalancers.nlb) x.loadBalancers.nlb.securityGroups = ["nlb-sg"];
      if (x.securityGroups["tcp-sg"])
        x.securityGroups["tcp-sg"].inbound = [{ proto: "tcp", ports: 443, from: "nlb-sg" }];
    });
    expect(flow(s, "via-nlb").verdict).toBe("delivered");
  });
});
