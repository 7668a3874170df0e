/** Trace-level tests of the VPC components: routes, gateways, SG tracking and references, NACL placement, ELB, IPv6. */
import { describe, expect, it } from "vitest";
import { simulate } from "../index";
import { scenarioOf } from "../test-helpers";

const base = `
vpc: { cidr: 10.0.0.0/16, ipv6Cidr: "2600:1f18:aaaa:bb00::/56", internetGateway: igw, egressOnlyInternetGateway: eigw }
subnets:
  public:  { cidr: 10.0.1.0/24, ipv6Cidr: "2600:1f18:aaaa:bb01::/64", routeTable: public-rt }
  private: { cidr: 10.0.2.0/24, ipv6Cidr: "2600:1f18:aaaa:bb02::/64", routeTable: private-rt }
routeTables:
  public-rt: { routes: [ { to: 0.0.0.0/0, via: igw }, { to: "::/0", via: igw } ] }
  private-rt: { routes: [ { to: "::/0", via: eigw }, { to: 203.0.113.0/24, via: nat-old, blackhole: true } ] }
securityGroups:
  web-sg: { kind: new, inbound: [ { proto: tcp, ports: 80, from: 0.0.0.0/0 }, { proto: tcp, ports: 22, from: 198.51.100.9/32 } ] }
  db-sg:  { kind: new, inbound: [ { proto: tcp, ports: 5432, from: web-sg } ] }
hosts:
  web:   { subnet: public, ip: 10.0.1.10, publicIp: 54.1.1.10, securityGroups: [web-sg] }
  web2:  { subnet: public, ip: 10.0.1.11, securityGroups: [web-sg] }
  db:    { subnet: private, ip: 10.0.2.10, ipv6: "2600:1f18:aaaa:bb02::10", securityGroups: [db-sg] }
  other: { subnet: private, ip: 10.0.2.11, securityGroups: [db-sg] }
internet:
  client: { ip: 198.51.100.9, ipv6: "2001:db8::9", os: linux }
  api: { ip: 203.0.113.5, ipv6: "2001:db8::5" }
`;
const run = (goals: string, extra = "") => simulate(scenarioOf(base + extra + `goals:\n${goals}`)).flows;
const steps = (f: ReturnType<typeof run>[number] | undefined, packet = 0) => f?.packets[packet]?.steps ?? [];

describe("VPC components", () => {
  it("skips NACLs inside one subnet but still evaluates security groups (NACL-6, SG-16)", () => {
    const [f] = run("  - { from: web2, to: web, app: ssh }");
    expect(steps(f).some((s) => s.reason === "SAME_SUBNET_NO_NACL")).toBe(true);
    expect(steps(f).some((s) => s.component === "network-acl" && s.action === "PERMITTED")).toBe(false);
    expect(f?.counterexample?.reason).toBe("ENI_SG_RULES_MISMATCH");
  });
  it("matches a security group reference by the members' private IPs (SG-13)", () => {
    const [ok, bad] = run("  - { from: web, to: db, app: postgres }\n  - { from: other, to: db, app: postgres }");
    expect(ok?.verdict).toBe("delivered");
    expect(
      steps(ok)
        .filter((s) => s.component === "network-acl")
        .map((s) => s.node),
    ).toEqual(["default (public)", "default (private)"]);
    expect(bad?.verdict).toBe("blocked");
  });
  it("drops traffic on a blackhole route (RT-9)", () => {
    const [f] = run("  - { from: db, to: api, app: https }");
    expect(f?.counterexample?.reason).toBe("BAD_STATE_ROUTE");
  });
  it("has no IPv4 route to the internet from the private subnet (RT-1)", () => {
    const [f] = run("  - { from: db, to: 8.8.8.8, app: dns }");
    expect(f?.counterexample?.reason).toBe("NO_ROUTE_TO_DESTINATION");
  });
  it("lets IPv6 out through the egress-only gateway and its replies back, but not inbound connections (RT-8)", () => {
    const [out, inbound] = run(
      "  - { from: db, to: api, app: https, family: ipv6 }\n  - { from: client, to: db, app: postgres, family: ipv6 }",
    );
    expect(out?.verdict).toBe("delivered");
    expect(steps(out, 1).find((s) => s.component === "egress-only-internet-gateway")?.action).toBe("MATCHED_SESSION");
    expect(inbound?.counterexample?.reason).toBe("EIGW_NO_SESSION");
  });
  it("needs a public IP behind the internet gateway (RT-4, RT-5)", () => {
    const [out, inbound] = run("  - { from: web2, to: api, app: https }\n  - { from: client, to: web2, app: http }");
    expect(out?.counterexample?.reason).toBe("NO_PUBLIC_ADDRESS");
    expect(inbound?.counterexample?.reason).toBe("IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS");
  });
  it("fails the reply of an instance with a public IP in a subnet without an IGW route (RT-4)", () => {
    const flows = run("  - { from: client, to: db, app: postgres }", "").length;
    expect(flows).toBe(1);
    const s = scenarioOf(
      base
        .replace(
          "db:    { subnet: private, ip: 10.0.2.10,",
          "db:    { subnet: private, ip: 10.0.2.10, publicIp: 54.1.1.20,",
        )
        .replace("[ { proto: tcp, ports: 5432, from: web-sg } ]", "[ { proto: tcp, ports: 5432, from: 0.0.0.0/0 } ]") +
        "goals:\n  - { from: client, to: db, app: postgres }",
    );
    const f = simulate(s).flows[0];
    expect(f?.packets[0]?.disposition).toBe("ACCEPTED");
    expect(f?.packets[1]?.disposition).toBe("NO_ROUTE");
  });
  it("marks a flow allowed from anywhere with an allow-all outbound rule as untracked, and SSH from a /32 as tracked (SG-3)", () => {
    const [http, ssh] = run("  - { from: client, to: web, app: http }\n  - { from: client, to: web, app: ssh }");
    expect(steps(http, 1).find((s) => s.component === "security-group")?.reason).toBe("SG_UNTRACKED");
    expect(steps(ssh, 1).find((s) => s.component === "security-group")?.action).toBe("MATCHED_SESSION");
  });
  it("lets replies out of a group with no outbound rules, but blocks connections it starts (SG-1, SG-9)", () => {
    const noOut = base.replace("web-sg: { kind: new, inbound:", "web-sg: { kind: custom, inbound:");
    const s = scenarioOf(
      noOut + "goals:\n  - { from: client, to: web, app: http }\n  - { from: web, to: api, app: https }",
    );
    const [inbound, outbound] = simulate(s).flows;
    expect(inbound?.verdict).toBe("delivered");
    expect(steps(inbound, 1).find((st) => st.component === "security-group")?.action).toBe("MATCHED_SESSION");
    expect(outbound?.counterexample?.reason).toBe("ENI_SG_RULES_MISMATCH");
  });
  it("does not filter the Amazon DNS resolver (SG-15, NACL-10)", () => {
    const s = scenarioOf(
      base
        .replace("  web-sg: {", "  locked: { kind: custom }\n  web-sg: {")
        .replace(
          "web2:  { subnet: public, ip: 10.0.1.11, securityGroups: [web-sg] }",
          "web2:  { subnet: public, ip: 10.0.1.11, securityGroups: [locked] }",
        ) + "goals:\n  - { from: web2, to: amazon-dns, app: dns }",
    );
    const f = simulate(s).flows[0];
    expect(f?.verdict).toBe("delivered");
    expect(steps(f).at(-1)?.reason).toBe("AWS_SERVICE_EXEMPT");
    expect(steps(f).at(-1)?.after.dst).toBe("10.0.0.2");
  });
});

describe("load balancer as a proxy (ELB-1) and AWS initiators", () => {
  const lb = `
vpc: { cidr: 10.0.0.0/16, internetGateway: igw }
subnets:
  public: { cidr: 10.0.1.0/24, routeTable: public-rt }
  app: { cidr: 10.0.2.0/24, nacl: app-nacl }
routeTables:
  public-rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
securityGroups:
  alb-sg: { kind: new, inbound: [ { proto: tcp, ports: 80, from: 0.0.0.0/0 } ] }
  app-sg: { kind: new, inbound: [ { proto: tcp, ports: 8080, from: alb-sg } ] }
nacls:
  app-nacl:
    inbound: [ { rule: 100, proto: tcp, ports: 8080, from: 10.0.1.0/24, action: allow } ]
    outbound: [ { rule: 100, proto: tcp, ports: PORTS, to: 10.0.1.0/24, action: allow } ]
loadBalancers:
  alb: { subnet: public, publicIp: 54.1.2.3, securityGroups: [alb-sg], listeners: [ { port: 80, targetPort: 8080, targets: [app1] } ] }
hosts:
  app1: { subnet: app, ip: 10.0.2.10, securityGroups: [app-sg], listens: [tcp/8080] }
goals:
  - { name: web, from: internet, to: alb, app: http }
`;
  it("opens a second connection from the load balancer, with ports 1024-65535 toward the target", () => {
    const f = simulate(scenarioOf(lb.replace("PORTS", "1024-65535"))).flows[0];
    expect(f?.verdict).toBe("delivered");
    expect(f?.packets.map((p) => `${p.connection}/${p.kind}`)).toEqual([
      "front/request",
      "back:app1/request",
      "back:app1/response",
      "front/response",
    ]);
  });
  it("is partial when the target subnet returns only 32768-65535 to the load balancer (counterexample 1024)", () => {
    const f = simulate(scenarioOf(lb.replace("PORTS", "32768-65535"))).flows[0];
    expect(f?.verdict).toBe("partial");
    expect(f?.counterexample?.port).toBe(1024);
    expect(f?.counterexample?.variable).toBe("elb-port:app1");
  });
  it("uses 1024-65535 for a Lambda function as the client", () => {
    const s = scenarioOf(
      lb.replace("PORTS", "1024-65535") + "  - { name: fn, from: internet, to: alb, app: http, os: lambda }\n",
    );
    const fn = simulate(s).flows.find((x) => x.flow === "fn");
    expect(fn?.variables.find((v) => v.id === "client-port")?.full).toEqual([{ from: 1024, to: 65535 }]);
  });
});
