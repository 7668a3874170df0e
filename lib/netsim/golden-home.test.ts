/** Golden tests for seed 004: home router port forwarding, DMZ, filters, WAN address kinds, MAP-E, IPv6. */
import { describe, expect, it } from "vitest";
import { simulate } from "./index";
import { analyzeChoices } from "./analyze";
import { homeForward } from "./fixtures/scenarios";
import { scenarioOf, variant } from "./test-helpers";
import { mapEPortSet } from "./home/port-set-map-e";
import { hasPort, size } from "./core/port-set";
import type { Scenario } from "./scenario/schema";

const base = scenarioOf(homeForward);
const game = (s: Scenario, choices: string[]) => simulate(s, { choices }).flows.find((f) => f.flow === "game");

describe("home router", () => {
  it("forwards the port once a pass filter precedes the drop filter", () => {
    expect(game(base, ["A"])?.verdict).toBe("blocked");
    expect(game(base, ["A"])?.counterexample?.reason).toBe("HOME_FILTER_DROP");
    const ok = game(base, ["A", "C"]);
    expect(ok?.verdict).toBe("delivered");
    const t = ok?.packets[0]?.steps.find((s) => s.action === "TRANSFORMED");
    expect(t?.rule?.kind).toBe("port-forward");
    expect(t?.after.dst).toBe("192.168.1.100");
  });
  it("sends unmatched inbound traffic to the DMZ host", () => {
    const t = game(base, ["B", "C"])?.packets[0]?.steps.find((s) => s.action === "TRANSFORMED");
    expect(t?.rule?.kind).toBe("dmz");
  });
  it("drops unsolicited inbound traffic with neither a forward nor a DMZ host (H-1)", () => {
    expect(game(base, ["C"])?.counterexample?.reason).toBe("HOME_NO_MAPPING");
  });
  it("derives the forward and the filter as the key, the DMZ as too permissive", () => {
    const a = analyzeChoices(base);
    expect(a.derivedKey).toEqual(["A", "C"]);
    expect(a.choices.B?.verdict).toBe("too-permissive");
    expect(a.choices.D?.verdict).toBe("not-needed");
  });
  it("cannot forward behind a private or CGNAT WAN address (H-3)", () => {
    for (const wan of ["10.20.30.40", "100.64.12.34"]) {
      const s = variant(base, (x) => {
        if (x.home) x.home.wan.ipv4 = wan;
      });
      expect(game(s, ["A", "C"])?.counterexample?.reason).toBe("HOME_CGNAT");
    }
  });
  it("does not count a flow to one LAN host as delivered when the forward or DMZ sends it to another", () => {
    const s = variant(base, (x) => {
      if (x.home) x.home.hosts.console = { ip: "192.168.1.50", os: "linux", listens: "any" };
    });
    const fwd = variant(s, (x) => {
      x.choices.A = [{ addPortForward: { proto: "tcp", wanPorts: 44249, host: "console", port: 44249 } }];
      x.choices.B = [{ setDmz: { host: "console" } }];
    });
    for (const letter of ["A", "B"]) {
      const f = game(fwd, [letter, "C"]);
      expect(f?.verdict, letter).toBe("blocked");
      expect(f?.counterexample?.fact.code, letter).toBe("homeOtherHost");
      expect(f?.isSatisfied).toBe(false);
    }
    expect(game(s, ["A", "C"])?.verdict).toBe("delivered");
  });
  it("cannot forward with DS-Lite (H-5)", () => {
    const s = variant(base, (x) => {
      if (x.home) x.home.wan.access = "ds-lite";
    });
    expect(game(s, ["A", "C"])?.counterexample?.reason).toBe("HOME_NO_IPV4");
  });
  it("forwards only ports inside the MAP-E port set (H-6)", () => {
    const set = mapEPortSet(6, 8, 18);
    expect(size(set)).toBe(63 * 4);
    expect(hasPort(set, 1023)).toBe(false);
    const inside = set[0]?.from ?? 0;
    const mk = (port: number) =>
      variant(base, (x) => {
        if (!x.home) return;
        x.home.wan.access = "map-e";
        x.home.wan.mapE = { psidOffset: 6, psidLength: 8, psid: 18 };
        x.home.filters = [];
        x.home.hosts.server = { ...x.home.hosts.server, ip: "192.168.1.100", os: "windows", listens: "any" };
        x.goals = [{ name: "game", from: "friend", to: "server", app: `tcp/${port}`, family: "ipv4" }];
        x.choices.A = [{ addPortForward: { proto: "tcp", wanPorts: port, host: "server" } }];
      });
    expect(game(mk(inside), ["A"])?.verdict).toBe("delivered");
    expect(game(mk(44249), ["A"])?.counterexample?.reason).toBe("HOME_PORT_OUTSIDE_PSID");
  });
  it("needs an IPv6 pinhole, not a port forward, over IPv6 (H-4)", () => {
    const s = variant(base, (x) => {
      x.goals = [{ name: "game", from: "friend", to: "server", app: "tcp/44249", family: "ipv6" }];
    });
    expect(game(s, ["A", "C"])?.counterexample?.reason).toBe("HOME_IPV6_FIREWALL");
    const ok = game(s, ["D"]);
    expect(ok?.verdict).toBe("delivered");
    expect(ok?.packets[0]?.steps.some((st) => st.action === "TRANSFORMED")).toBe(false);
  });
});

describe("LAN host firewall (seed 002: local port vs remote port)", () => {
  const lan = scenarioOf(`
home:
  wan: { access: pppoe, ipv4: 203.0.113.10 }
  hosts:
    app: { ip: 192.168.1.20, os: windows, listens: [tcp/8080, rdp], firewall: { inbound: block, outbound: allow } }
    colleague: { ip: 192.168.1.30, os: windows }
goals:
  - { name: web-app, from: colleague, to: app, app: tcp/8080 }
forbidden:
  - { name: rdp, from: colleague, to: app, app: rdp }
choices:
  A: [ addFirewallRule: { host: app, rule: { direction: inbound, action: allow, proto: tcp, localPorts: 8080, remotePorts: all } } ]
  B: [ addFirewallRule: { host: app, rule: { direction: inbound, action: allow, proto: tcp, localPorts: all, remotePorts: 8080 } } ]
`);
  it("opens the service with a local-port rule; a remote-port rule does not match the client's ephemeral port", () => {
    const a = analyzeChoices(lan);
    expect(a.derivedKey).toEqual(["A"]);
    expect(a.choices.B?.verdict).toBe("not-needed");
    expect(a.choices.B?.counterexample?.port).toBe(49152);
  });
  it("talks directly on the LAN without the router", () => {
    const f = simulate(lan, { choices: ["A"] }).flows.find((x) => x.flow === "web-app");
    expect(f?.verdict).toBe("delivered");
    expect(f?.packets[0]?.steps.some((s) => s.component === "home-router")).toBe(false);
  });
});
