/**
 * Regression tests for the defects reported by the question writers (each failed before its fix):
 * routing loops, defence-in-depth layers a flow no longer reaches, per-OS reason texts, DS-Lite, NAT instances,
 * no-op wording, duplicate port forwards, WAN changes.
 */
import { describe, expect, it } from "vitest";
import { analyzeChoices, explainText, parseScenario, simulate } from "./authoring";
import { scenarioOf, variant } from "./test-helpers";
import type { FlowResult } from "./core/trace";

const flow = (r: { flows: FlowResult[] }, name: string) => r.flows.find((f) => f.flow === name);
const allSteps = (f: FlowResult | undefined) => (f?.packets ?? []).flatMap((p) => p.steps);

const natLoop = scenarioOf(`
title: A public NAT gateway placed in a private subnet
vpc: { cidr: 10.0.0.0/16, internetGateway: igw }
subnets:
  web: { cidr: 10.0.1.0/24, routeTable: rt-web }
  app: { cidr: 10.0.2.0/24, routeTable: rt-app }
routeTables:
  rt-web: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
  rt-app: { routes: [ { to: 0.0.0.0/0, via: nat-1 } ] }
natGateways:
  nat-1: { subnet: app, ip: 10.0.2.5, elasticIp: 52.0.0.10 }
securityGroups:
  app-sg: { kind: new }
hosts:
  app1: { subnet: app, ip: 10.0.2.10, os: linux, securityGroups: [app-sg] }
internet:
  api: { ip: 203.0.113.80, listens: [https] }
goals:
  - { name: api, from: app1, to: api, app: https }
choices:
  A: [ replaceRoute: { table: rt-app, to: 0.0.0.0/0, via: igw } ]
  B:
    - createNatGateway: { name: nat-2, subnet: web, elasticIp: 52.0.0.20 }
    - replaceRoute: { table: rt-app, to: 0.0.0.0/0, via: nat-2 }
  C: [ setPublicIp: { host: app1, elasticIp: 54.150.10.21 } ]
  D:
    - deleteNatGateway: { name: nat-1 }
    - createNatGateway: { name: nat-3, subnet: web, elasticIp: 52.0.0.30 }
`);

const natInstance = scenarioOf(`
title: NAT instance for a private subnet
vpc: { cidr: 10.0.0.0/16, internetGateway: igw }
subnets:
  public: { cidr: 10.0.0.0/24, routeTable: public-rt }
  private: { cidr: 10.0.1.0/24, routeTable: private-rt }
routeTables:
  public-rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
  private-rt: { routes: [ { to: 0.0.0.0/0, via: nat-box } ] }
securityGroups:
  nat-sg: { kind: new, inbound: [ { proto: tcp, ports: 443, from: 10.0.1.0/24 } ] }
  app-sg: { kind: new }
hosts:
  nat-box: { subnet: public, ip: 10.0.0.20, elasticIp: 52.0.0.44, sourceDestCheck: false, securityGroups: [nat-sg] }
  app: { subnet: private, ip: 10.0.1.10, securityGroups: [app-sg] }
internet:
  repo: { ip: 203.0.113.80, listens: [https, http] }
goals:
  - { name: updates, from: app, to: repo, app: https }
forbidden:
  - { name: plain-http, from: app, to: repo, app: http }
`);

describe("defect 3: routing loops", () => {
  it("a NAT gateway whose own subnet routes 0.0.0.0/0 back to it ends in a LOOP disposition", () => {
    const f = flow(simulate(natLoop), "api");
    expect(f?.verdict).toBe("blocked");
    expect(f?.packets[0]?.disposition).toBe("LOOP");
    const last = f?.packets[0]?.steps.at(-1);
    expect(last?.action).toBe("LOOP");
    expect(explainText(last?.fact).en).toMatch(/loop/i);
    expect(() => analyzeChoices(natLoop)).not.toThrow();
    expect(analyzeChoices(natLoop).derivedKey).toEqual(["B"]);
  });
  it("a NAT instance whose own subnet routes 0.0.0.0/0 back to it ends in LOOP, without a stack overflow", () => {
    const s = variant(natInstance, (x) => {
      x.routeTables["public-rt"] = { main: false, routes: [{ to: "0.0.0.0/0", via: "nat-box" }] };
    });
    const f = flow(simulate(s), "updates");
    expect(f?.verdict).toBe("blocked");
    expect(f?.packets[0]?.disposition).toBe("LOOP");
  });
});

describe("defect 6: NAT instance (RT-10)", () => {
  it("source-NATs a private subnet's traffic through an instance with the source/destination check off", () => {
    const r = simulate(natInstance);
    const f = flow(r, "updates");
    expect(f?.verdict).toBe("delivered");
    const steps = allSteps(f);
    const snat = steps.find((s) => s.node === "nat-box" && s.action === "TRANSFORMED");
    expect(snat?.after.src).toBe("10.0.0.20");
    expect(steps.some((s) => s.component === "security-group" && s.node.includes("nat-box"))).toBe(true);
    const exit = steps.find((s) => s.action === "EXITS_NETWORK");
    expect(exit?.after.src).toBe("52.0.0.44");
    // Unlike a NAT gateway, the instance's security group filters what it forwards.
    const http = flow(r, "plain-http");
    expect(http?.isSatisfied).toBe(true);
    expect(http?.counterexample?.reason).toBe("ENI_SG_RULES_MISMATCH");
  });
  it("drops forwarded traffic while the source/destination check is on", () => {
    const s = variant(natInstance, (x) => {
      const h = x.hosts["nat-box"];
      if (h) h.sourceDestCheck = true;
    });
    const f = flow(simulate(s), "updates");
    expect(f?.verdict).toBe("blocked");
    expect(explainText(f?.counterexample?.fact).en).toMatch(/source\/destination check/);
  });
  it("classifies disabling the check as the needed choice", () => {
    const s = variant(natInstance, (x) => {
      const h = x.hosts["nat-box"];
      if (h) delete h.sourceDestCheck;
      x.choices = {
        A: [{ setSourceDestCheck: { host: "nat-box", enabled: false } }],
        B: [{ attachSecurityGroup: { host: "nat-box", group: "app-sg" } }],
      };
    });
    const a = analyzeChoices(s);
    expect(a.derivedKey).toEqual(["A"]);
    expect(a.choices.B?.verdict).toBe("not-needed");
  });
});

describe('defect 7: a layer the forbidden flow no longer reaches is not "opened"', () => {
  const s = scenarioOf(`
home:
  wan: { access: pppoe, ipv4: 203.0.113.10 }
  hosts:
    web: { ip: 192.168.1.100, os: linux, listens: [https] }
    game:
      ip: 192.168.1.200
      listens: [tcp/3074]
      firewall: { inbound: block, rules: [ { direction: inbound, action: allow, proto: tcp, localPorts: 3074 } ] }
    pc: { ip: 192.168.1.50 }
  dmz: game
internet:
  player: { ip: 198.51.100.7, os: all }
goals:
  - { name: web, from: player, to: web, app: tcp/8443 }
forbidden:
  - { name: pc-rdp, from: player, to: pc, app: rdp }
choices:
  A: [ setDmz: { host: web } ]
  B: [ addPortForward: { proto: tcp, wanPorts: 8443, host: web, port: 443 } ]
`);
  it("moving the DMZ host so that RDP stops at a host that does not listen is not too permissive", () => {
    const a = analyzeChoices(s);
    expect(a.derivedKey).toEqual(["B"]);
    expect(a.choices.A?.verdict).toBe("not-needed");
  });
});

describe("defect 8: reasons name one OS's ports only", () => {
  const s = scenarioOf(`
home:
  wan: { access: pppoe, ipv4: 203.0.113.10 }
  hosts:
    web: { ip: 192.168.1.100, os: linux, listens: [https], firewall: { inbound: block, rules: [] } }
internet:
  player: { ip: 198.51.100.7, os: all }
goals:
  - { name: web, from: player, to: web, app: https }
choices:
  A: [ addPortForward: { proto: tcp, wanPorts: 443, host: web, port: 443 } ]
  B: [ addFirewallRule: { host: web, rule: { direction: inbound, action: allow, proto: tcp, localPorts: 443 } } ]
`);
  it("a host-firewall reason for Linux lists only Linux client ports", () => {
    const a = analyzeChoices(s);
    expect(a.derivedKey).toEqual(["A", "B"]);
    const why = a.choices.B?.reason.en ?? "";
    expect(why).toMatch(/Linux/);
    expect(why).toContain("32768-60999");
    expect(why).not.toContain("1025-5000");
  });
  it("a NACL reply reason for Windows XP lists only XP ports", () => {
    const q = scenarioOf(`
vpc: { cidr: 10.0.0.0/16, internetGateway: igw }
subnets:
  public: { cidr: 10.0.1.0/24, routeTable: rt, nacl: n }
routeTables:
  rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
securityGroups:
  sg: { kind: new, inbound: [ { proto: tcp, ports: 80, from: 0.0.0.0/0 } ] }
nacls:
  n:
    inbound: [ { rule: 100, proto: tcp, ports: 80, from: 0.0.0.0/0, action: allow } ]
    outbound: [ { rule: 100, proto: tcp, ports: 32768-65535, to: 0.0.0.0/0, action: allow } ]
hosts:
  web: { subnet: public, ip: 10.0.1.10, publicIp: 54.0.0.1, securityGroups: [sg], listens: [http] }
internet:
  client: { ip: 198.51.100.20, os: [windows-xp] }
goals:
  - { name: http, from: client, to: web, app: http }
choices:
  A: [ replaceNaclRule: { nacl: n, outbound: { rule: 100, proto: tcp, ports: 1024-65535, to: 0.0.0.0/0, action: allow } } ]
`);
    const why = analyzeChoices(q).choices.A?.reason.en ?? "";
    expect(why).toContain("1025-5000");
    expect(why).not.toContain("32768");
  });
});

const sgQuestion = scenarioOf(`
vpc: { cidr: 10.0.0.0/16, internetGateway: igw }
subnets:
  public: { cidr: 10.0.1.0/24, routeTable: rt }
routeTables:
  rt: { routes: [ { to: 0.0.0.0/0, via: igw } ] }
natGateways:
  nat: { subnet: public, elasticIp: 52.0.0.9 }
securityGroups:
  sg: { kind: new, inbound: [ { proto: tcp, ports: 80, from: 0.0.0.0/0 }, { proto: tcp, ports: 22, from: 0.0.0.0/0 } ] }
hosts:
  web: { subnet: public, ip: 10.0.1.10, elasticIp: 54.0.0.1, securityGroups: [sg], listens: [http, ssh] }
goals:
  - { name: http, from: internet, to: web, app: http }
forbidden:
  - { name: ssh, from: internet, to: web, app: ssh }
choices:
  A: [ removeSgRule: { group: sg, inbound: { proto: tcp, ports: 22, from: 0.0.0.0/0 } } ]
  B: []
  C: [ setPublicIp: { host: web, elasticIp: 54.0.0.1 } ]
  D: [ attachSecurityGroup: { host: nat, group: sg } ]
`);

describe("defects 5 and 10: reason wording", () => {
  const a = analyzeChoices(sgQuestion);
  it("5a: a choice needed to block a forbidden flow says the request reaches the destination", () => {
    expect(a.derivedKey).toEqual(["A"]);
    const why = a.choices.A?.reason.en ?? "";
    expect(why).not.toMatch(/:\s*$/);
    expect(why).toMatch(/ssh/);
    expect(why).toMatch(/reaches web/);
  });
  it("5b: a security group cannot be attached to a NAT gateway (RT-6)", () => {
    expect(a.choices.D?.verdict).toBe("invalid");
    expect(a.choices.D?.reason.en).toMatch(/NAT gateway takes no security groups/);
    expect(String(a.choices.D?.reason.params?.detail)).toMatch(/NAT gateways? (take|have) no security groups?.*RT-6/);
  });
  it("5c: re-setting the same Elastic IP says the host already has it", () => {
    expect(a.choices.C?.verdict).toBe("not-needed");
    expect(a.choices.C?.reason.en).toMatch(/already has/);
    expect(a.choices.C?.reason.en).not.toMatch(/default allow-all/);
  });
  it("10: an empty choice changes nothing the simulator models", () => {
    expect(a.choices.B?.verdict).toBe("not-needed");
    expect(a.choices.B?.reason.en).toMatch(/changes nothing the simulator models/);
  });
});

const dsLite = scenarioOf(`
home:
  wan: { access: ds-lite, ipv6Prefix: "2001:db8:1234::/56" }
  hosts:
    pc: { ip: 192.168.1.100, os: windows }
    server: { ip: 192.168.1.101, listens: [tcp/25565] }
internet:
  site: { ip: 192.0.2.80, listens: [https] }
  friend: { ip: 198.51.100.7 }
goals:
  - { name: browse, from: pc, to: site, app: https }
forbidden:
  - { name: mc, from: friend, to: server, app: tcp/25565 }
`);

describe("defect 9: DS-Lite (H-5)", () => {
  const r = simulate(dsLite);
  it("the B4 tunnels to the AFTR, which does the NAT44: the internet never sees a private source", () => {
    const f = flow(r, "browse");
    expect(f?.verdict).toBe("delivered");
    const steps = allSteps(f);
    const private4 = /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/;
    for (const s of steps.filter((x) => x.component === "internet")) {
      expect(s.after.src).not.toMatch(private4);
      expect(s.after.dst).not.toMatch(private4);
    }
    expect(steps.some((s) => s.node === "aftr" && s.action === "TRANSFORMED")).toBe(true);
    expect(explainText(steps.find((s) => s.node === "home-router")?.fact).en).toMatch(/tunnel.*AFTR/i);
  });
  it("no trace shows 0.0.0.0 as a destination", () => {
    const f = flow(r, "mc");
    expect(f?.isSatisfied).toBe(true);
    for (const s of allSteps(f)) {
      expect(s.before.dst).not.toBe("0.0.0.0");
      expect(s.after.dst).not.toBe("0.0.0.0");
    }
  });
});

const forwardBase = `
home:
  wan: { access: pppoe, ipv4: 203.0.113.10 }
  hosts:
    a: { ip: 192.168.1.100, listens: [tcp/25565] }
    b: { ip: 192.168.1.101, listens: [tcp/25565] }
  portForwards:
    - { proto: tcp, wanPorts: 25000-26000, host: a }
internet:
  friend: { ip: 198.51.100.7 }
goals:
  - { name: mc, from: friend, to: a, app: tcp/25565 }
`;

describe("defect 11: a second port forward for the same WAN port is invalid", () => {
  it("rejects a forward that overlaps an existing one", () => {
    const s = scenarioOf(
      `${forwardBase}choices:\n  A: [ addPortForward: { proto: tcp, wanPorts: 25565, host: b } ]\n  B: [ addPortForward: { proto: udp, wanPorts: 25565, host: b } ]\n`,
    );
    const a = analyzeChoices(s);
    expect(a.choices.A?.verdict).toBe("invalid");
    expect(a.choices.B?.verdict).not.toBe("invalid");
  });
  it("rejects two forwards for the same port in one choice, and in the scenario itself", () => {
    const s = scenarioOf(
      `${forwardBase.replace("25000-26000", "80")}choices:\n  A: [ addPortForward: { proto: tcp, wanPorts: 25565, host: a }, addPortForward: { proto: tcp, wanPorts: 25565, host: b } ]\n`,
    );
    expect(analyzeChoices(s).choices.A?.verdict).toBe("invalid");
    const bad = parseScenario(
      forwardBase.replace("portForwards:\n", "portForwards:\n    - { proto: tcp, wanPorts: 25565, host: b }\n"),
    );
    expect(bad.ok).toBe(false);
  });
});

describe("defect 12: WAN-side change", () => {
  it("setWan gives the router a global IPv4 address, after which the forward works", () => {
    const s = scenarioOf(`
home:
  wan: { access: pppoe, ipv4: 100.64.12.34 }
  hosts:
    a: { ip: 192.168.1.100, listens: [tcp/25565] }
  portForwards:
    - { proto: tcp, wanPorts: 25565, host: a }
internet:
  friend: { ip: 198.51.100.7 }
goals:
  - { name: mc, from: friend, to: a, app: tcp/25565 }
choices:
  A: [ setWan: { ipv4: 203.0.113.45 } ]
  B: [ setWan: { ipv4: 10.1.2.3 } ]
  C: [ setWan: { ipv4: not-an-address } ]
`);
    expect(flow(simulate(s), "mc")?.counterexample?.reason).toBe("HOME_CGNAT");
    expect(flow(simulate(s, { choices: ["A"] }), "mc")?.verdict).toBe("delivered");
    const a = analyzeChoices(s);
    expect(a.derivedKey).toEqual(["A"]);
    expect(a.choices.B?.verdict).toBe("harmful"); // applied after A it takes the global address away again
    expect(a.choices.C?.verdict).toBe("invalid");
  });
});

describe("defects 1 and 2 (already fixed; guards)", () => {
  it("1: deleting a NAT gateway is a valid choice whose routes become blackholes (RT-9)", () => {
    const s = variant(natLoop, (x) => {
      x.choices = { A: [{ deleteNatGateway: { name: "nat-1" } }] };
    });
    const r = simulate(s, { choices: ["A"] });
    expect(r.invalid).toEqual([]);
    expect(flow(r, "api")?.counterexample?.reason).toBe("BAD_STATE_ROUTE");
  });
  it("2: the default group's implicit allow-all outbound rule can be removed (SG-9, SG-10)", () => {
    const s = variant(natLoop, (x) => {
      x.choices = { A: [{ removeSgRule: { group: "default", outbound: { proto: "all", to: "0.0.0.0/0" } } }] };
    });
    expect(simulate(s, { choices: ["A"] }).invalid).toEqual([]);
  });
});

describe("defect 7: net-0003 choice A", () => {
  it("moving the DMZ host away from the game server breaks the game goals: harmful at the home router", () => {
    const a = analyzeChoices(
      scenarioOf(`
title: Port forward for the web server, DMZ host for everything else
home:
  wan: { access: pppoe, ipv4: 203.0.113.10 }
  lan: { cidr: 192.168.1.0/24 }
  hosts:
    web:
      ip: 192.168.1.100
      os: linux
      listens: [https]
    game:
      ip: 192.168.1.200
      os: windows
      listens: [tcp/3074, udp/3478]
      firewall:
        inbound: block
        rules:
          - { direction: inbound, action: allow, proto: tcp, localPorts: 3074 }
          - { direction: inbound, action: allow, proto: udp, localPorts: 3478 }
    pc:
      ip: 192.168.1.50
      os: windows
internet:
  player: { ip: 198.51.100.7, os: all }
  site: { ip: 192.0.2.80, listens: [https] }
goals:
  - { name: web, from: player, to: web, app: https }
  - { name: game-tcp, from: player, to: game, app: tcp/3074 }
  - { name: game-udp, from: player, to: game, app: udp/3478 }
  - { name: browse, from: pc, to: site, app: https }
forbidden:
  - { name: pc-rdp, from: player, to: pc, app: rdp }
choices:
  A: [ setDmz: { host: web } ]
  B: [ addPortForward: { proto: tcp, wanPorts: 443, host: web, port: 443 } ]
  C: [ addPortForward: { proto: tcp, wanPorts: 3074, host: game, port: 3074 } ]
  D: [ setDmz: { host: game } ]
  E: [ addFilter: { priority: 10, action: pass, proto: tcp, ports: 443 } ]
key: [B, D]
`),
    );
    expect(a.derivedKey).toEqual(["B", "D"]);
    expect(a.choices.A?.verdict).toBe("harmful");
    expect(a.choices.A?.layer).toBe("home-router");
  });
});
