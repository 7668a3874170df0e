/** Golden tests for seed 003: FTP from a private subnet through a NAT gateway, both subnets' NACLs (RT-7). */
import { describe, expect, it } from "vitest";
import { simulate } from "./index";
import { ftpNat } from "./fixtures/scenarios";
import { scenarioOf, variant } from "./test-helpers";
import type { Scenario } from "./scenario/schema";

const base = scenarioOf(ftpNat);
const flow = (s: Scenario, name: string) => simulate(s).flows.find((f) => f.flow === name);

describe("passive FTP through a NAT gateway", () => {
  it("delivers control and data connections, both ways", () => {
    const f = flow(base, "ftp-passive");
    expect(f?.verdict).toBe("delivered");
    expect(f?.packets.map((p) => `${p.connection}/${p.kind}/${p.disposition}`)).toEqual([
      "control/request/ACCEPTED",
      "control/response/ACCEPTED",
      "data/request/ACCEPTED",
      "data/response/ACCEPTED",
    ]);
  });
  it("crosses the private NACL once and the public NACL twice per packet, and source-NATs at the gateway", () => {
    const steps = flow(base, "ftp-passive")?.packets[0]?.steps ?? [];
    expect(steps.filter((s) => s.component === "network-acl").map((s) => s.node)).toEqual([
      "private-nacl (private)",
      "public-nacl (public)",
      "public-nacl (public)",
    ]);
    const nat = steps.find((s) => s.component === "nat-gateway");
    expect(nat?.action).toBe("TRANSFORMED");
    expect(nat?.before.src).toBe("10.0.1.20");
    expect(nat?.after.src).toBe("10.0.0.10");
    expect(nat?.after.srcPorts).toEqual([{ from: 1024, to: 65535 }]);
    const igw = steps.find((s) => s.component === "internet-gateway");
    expect(igw?.after.src).toBe("52.0.0.10");
  });
  it("fails active mode on the data connection: the server cannot open a connection back in", () => {
    const f = flow(base, "ftp-active");
    expect(f?.verdict).toBe("blocked");
    expect(f?.isSatisfied).toBe(true);
    const data = f?.packets.find((p) => p.connection === "data" && p.kind === "request" && p.steps.length > 1);
    expect(data?.disposition).not.toBe("ACCEPTED");
    expect(f?.counterexample?.reason).toBe("PRIVATE_ADDRESS_ON_INTERNET");
  });
  it("is partial when the public NACL admits only 32768-65535 back to the NAT gateway (counterexample 1024)", () => {
    const s = variant(base, (x) => {
      const r = x.nacls["public-nacl"]?.inbound.find((e) => e.rule === 120);
      if (r) r.ports = "32768-65535";
    });
    const f = flow(s, "ftp-passive");
    expect(f?.verdict).toBe("partial");
    expect(f?.counterexample?.port).toBe(1024);
    expect(f?.counterexample?.variable).toBe("nat-port:control");
    expect(f?.counterexample?.rule?.id).toBe("public-nacl/inbound/*");
  });
  it("is blocked when the private NACL has no inbound rule for the client ephemeral ports", () => {
    const s = variant(base, (x) => {
      const n = x.nacls["private-nacl"];
      if (n) n.inbound = [];
    });
    const f = flow(s, "ftp-passive");
    expect(f?.verdict).toBe("blocked");
    expect(f?.counterexample?.rule?.id).toBe("private-nacl/inbound/*");
  });
  it("blocks replies when the NAT subnet NACL lacks the outbound rule toward the client", () => {
    const s = variant(base, (x) => {
      const n = x.nacls["public-nacl"];
      if (n) n.outbound = n.outbound.filter((r) => r.rule !== 110);
    });
    const f = flow(s, "ftp-passive");
    expect(f?.verdict).toBe("blocked");
    expect(f?.counterexample?.rule?.id).toBe("public-nacl/outbound/*");
  });
  it("refuses connections initiated from the internet to the NAT gateway (RT-6)", () => {
    const s = variant(base, (x) => {
      x.internet.attacker = { ip: "198.51.100.66", os: "linux", listens: "any" };
      x.goals.push({ name: "in", from: "attacker", to: "52.0.0.10", app: "tcp/2000", family: "ipv4" });
    });
    const f = flow(s, "in");
    expect(f?.verdict).toBe("blocked");
    expect(f?.counterexample?.reason).toBe("NAT_NO_SESSION");
  });
});

describe("FTP server on EC2 behind an internet gateway (FTP-3, FTP-5)", () => {
  const server = (sgPorts: string, advertise = "public") =>
    scenarioOf(`
vpc: { cidr: 10.0.0.0/16, internetGateway: igw }
subnets:
  public: { cidr: 10.0.1.0/24, routeTable: public-rt }
routeTables:
  public-rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
securityGroups:
  ftp-sg: { kind: new, inbound: [ { proto: tcp, ports: 21, from: 0.0.0.0/0 }, { proto: tcp, ports: "${sgPorts}", from: 0.0.0.0/0 } ] }
hosts:
  ftp: { subnet: public, ip: 10.0.1.21, elasticIp: 54.1.1.21, securityGroups: [ftp-sg], listens: [ftp, tcp/30000-30100], ftp: { pasvPorts: 30000-30100, advertise: ${advertise} } }
internet:
  client: { ip: 198.51.100.30, os: all }
goals:
  - { name: get, from: client, to: ftp, app: ftp-passive }
`);
  it("needs the passive port range open in the security group, not only port 21", () => {
    const blocked = simulate(server("21")).flows[0];
    expect(blocked?.verdict).toBe("blocked");
    expect(blocked?.counterexample?.reason).toBe("ENI_SG_RULES_MISMATCH");
    expect(blocked?.counterexample?.variable).toBe("pasv-port");
    expect(simulate(server("30000-30100")).flows[0]?.verdict).toBe("delivered");
  });
  it("is partial when the security group opens only part of the passive range", () => {
    const f = simulate(server("30000-30049")).flows[0];
    expect(f?.verdict).toBe("partial");
    expect(f?.counterexample?.port).toBe(30050);
  });
  it("fails when the server advertises its private address in the 227 reply (pasv_address not set)", () => {
    const f = simulate(server("30000-30100", "private")).flows[0];
    expect(f?.counterexample?.reason).toBe("PRIVATE_ADDRESS_ON_INTERNET");
  });
});
