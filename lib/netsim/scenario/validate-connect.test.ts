/** Impossible connected-network configurations are scenario errors that name the rule forbidding them (SCENARIO.md §4a). */
import { describe, expect, it } from "vitest";
import { parseScenario } from "../authoring";

const errorsOf = (src: string) => {
  const r = parseScenario(src);
  return r.ok ? [] : r.errors.map((e) => `${e.line}: ${e.message}`);
};

const twoVpcs = (extra: string, dataCidr = "10.1.0.0/16", dataRegion = "us-east-1") =>
  [
    "vpc: { name: app, cidr: 10.0.0.0/16 }",
    "vpcs:",
    `  data: { cidr: ${dataCidr}, region: ${dataRegion} }`,
    "subnets:",
    "  app-a: { cidr: 10.0.1.0/24 }",
    "  data-a: { vpc: data, cidr: 10.1.1.0/24 }",
    "hosts:",
    "  web: { subnet: app-a }",
    extra,
    "goals:",
    "  - { from: web, to: internet, app: https }",
  ].join("\n");

describe("connected networks: validation", () => {
  it("accepts two VPCs, a peering and routes on both sides", () => {
    const src = twoVpcs(
      [
        "peerings:",
        "  pcx: { requester: app, accepter: data }",
        "routeTables:",
        "  app-rt: { routes: [ { to: 10.1.0.0/16, via: pcx } ] }",
        "  data-rt: { vpc: data, routes: [ { to: 10.0.0.0/16, via: pcx } ] }",
      ].join("\n"),
    );
    expect(errorsOf(src)).toEqual([]);
  });

  it("rejects a peering between overlapping CIDR blocks, naming the rule", () => {
    const src = twoVpcs("peerings:\n  pcx: { requester: app, accepter: data }", "10.0.0.0/16").replace(
      "10.1.1.0/24",
      "10.0.1.0/24",
    );
    const errors = errorsOf(src);
    expect(errors.join("\n")).toMatch(/overlapping CIDR blocks.*\[VPC-PEER\]/);
  });

  it("rejects a security group reference to a peer VPC's group in another Region", () => {
    const src = twoVpcs(
      [
        "peerings:",
        "  pcx: { requester: app, accepter: data }",
        "securityGroups:",
        "  web-sg: { kind: new }",
        "  db-sg: { vpc: data, inbound: [ { proto: tcp, ports: 5432, from: web-sg } ] }",
      ].join("\n"),
      "10.1.0.0/16",
      "eu-west-1",
    );
    expect(errorsOf(src).join("\n")).toMatch(/another Region.*\[VPC-PEER-SG\]/);
  });

  it("rejects a security group reference to a VPC that is not peered", () => {
    const src = twoVpcs(
      [
        "securityGroups:",
        "  web-sg: { kind: new }",
        "  db-sg: { vpc: data, inbound: [ { proto: tcp, ports: 5432, from: web-sg } ] }",
      ].join("\n"),
    );
    expect(errorsOf(src).join("\n")).toMatch(/not peered.*\[VPC-SGR\]/);
  });

  it("rejects two routes for one destination", () => {
    const src = twoVpcs(
      [
        "peerings:",
        "  pcx: { requester: app, accepter: data }",
        "routeTables:",
        "  app-rt: { routes: [ { to: 10.1.0.0/16, via: pcx }, { to: 10.1.0.0/16, via: local } ] }",
      ].join("\n"),
    );
    expect(errorsOf(src).join("\n")).toMatch(/duplicate route for 10\.1\.0\.0\/16/);
  });

  it("rejects a route to a peering that does not connect the table's VPC, and a TGW without attachment", () => {
    const src = [
      "vpc: { name: a, cidr: 10.0.0.0/16 }",
      "vpcs:",
      "  b: { cidr: 10.1.0.0/16 }",
      "  c: { cidr: 10.2.0.0/16 }",
      "peerings:",
      "  pcx-bc: { requester: b, accepter: c }",
      "transitGateways:",
      "  tgw: { attachments: { att-b: { vpc: b } } }",
      "routeTables:",
      "  a-rt: { routes: [ { to: 10.2.0.0/16, via: pcx-bc }, { to: 10.1.0.0/16, via: tgw } ] }",
      "goals:",
      "  - { from: internet, to: internet, app: https }",
    ].join("\n");
    const text = errorsOf(src).join("\n");
    expect(text).toMatch(/pcx-bc does not connect VPC a/);
    expect(text).toMatch(/no attachment in VPC a.*\[TGW-ATT\]/);
  });

  it("rejects an attachment associated with two transit gateway route tables and bad TGW routes", () => {
    const src = twoVpcs(
      [
        "transitGateways:",
        "  tgw:",
        "    attachments: { att-a: { vpc: app, subnets: [app-a] } }",
        "    routeTables:",
        "      one: { associations: [att-a], routes: [ { to: 10.9.0.0/16, blackhole: true }, { to: 10.9.0.0/16, attachment: att-a } ] }",
        "      two: { associations: [att-a], routes: [ { to: 10.8.0.0/16 } ] }",
      ].join("\n"),
    );
    const text = errorsOf(src).join("\n");
    expect(text).toMatch(/already associated with route table one.*\[TGW-RT\]/);
    expect(text).toMatch(/duplicate route for 10\.9\.0\.0\/16/);
    expect(text).toMatch(/an attachment or `blackhole: true`/);
  });

  it("rejects gateway endpoints for other services and endpoint services behind an ALB", () => {
    const src = twoVpcs(
      [
        "endpoints:",
        "  sqs-gw: { type: gateway, service: sqs }",
        "  if: { type: interface, service: svc }",
        "endpointServices:",
        "  svc: { loadBalancer: alb }",
        "loadBalancers:",
        "  alb: { subnet: app-a, listeners: [ { port: 443, targetPort: 443, targets: [web] } ] }",
      ].join("\n"),
    );
    const text = errorsOf(src).join("\n");
    expect(text).toMatch(/S3 or DynamoDB only.*\[VPCE-GW\]/);
    expect(text).toMatch(/Network Load Balancer.*\[PL-SVC\]/);
    expect(text).toMatch(/at least one subnet.*\[VPCE-IF\]/);
  });

  it("rejects Direct Connect with static routing and on-premises hosts outside their CIDRs", () => {
    const src = [
      "vpc: { cidr: 10.0.0.0/16, vpnGateway: vgw }",
      "onPremises:",
      "  dc:",
      "    cidrs: [172.16.0.0/16]",
      "    connection: { type: direct-connect, gateway: vgw, routing: static }",
      "    hosts: { erp: { ip: 192.168.1.1 } }",
      "goals:",
      "  - { from: internet, to: erp, app: https }",
    ].join("\n");
    const text = errorsOf(src).join("\n");
    expect(text).toMatch(/BGP only.*\[DX-VIF\]/);
    expect(text).toMatch(/outside the on-premises CIDRs/);
  });

  it("keeps a subnet's route table, NACL and groups in its own VPC", () => {
    const src = twoVpcs(
      ["routeTables:", "  data-rt: { vpc: data }", "securityGroups:", "  data-sg: { vpc: data }"].join("\n"),
    )
      .replace("app-a: { cidr: 10.0.1.0/24 }", "app-a: { cidr: 10.0.1.0/24, routeTable: data-rt }")
      .replace("web: { subnet: app-a }", "web: { subnet: app-a, securityGroups: [data-sg] }");
    const text = errorsOf(src).join("\n");
    expect(text).toMatch(/route table data-rt belongs to another VPC/);
    expect(text).toMatch(/security group data-sg belongs to another VPC/);
  });
});
