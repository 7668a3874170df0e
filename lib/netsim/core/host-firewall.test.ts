import { describe, expect, it } from "vitest";
import { ipFrom, type IpAddress } from "./address";
import { evaluateHostFirewall } from "./host-firewall";
import { portRange } from "./port-set";
import type { HostFirewall } from "../scenario/schema";

const peer = ipFrom("198.51.100.7") as IpAddress;

describe("host firewall (seed 002: local vs remote port)", () => {
  const fw: HostFirewall = {
    inbound: "block",
    outbound: "allow",
    rules: [{ direction: "inbound", action: "allow", proto: "tcp", localPorts: 80 }],
  };
  it("matches the service on the local port, whatever the client port", () => {
    expect(
      evaluateHostFirewall(
        fw,
        "inbound",
        { proto: 6, remote: peer, localPort: 80, remotePort: null },
        "remote",
        portRange(49152, 65535),
      ).allowed,
    ).toEqual([{ from: 49152, to: 65535 }]);
  });
  it("does not confuse a remote port 80 with a local port 80", () => {
    expect(
      evaluateHostFirewall(fw, "inbound", { proto: 6, remote: peer, localPort: 8080, remotePort: 80 }, null, null)
        .isAllowed,
    ).toBe(false);
  });
  it("lets a block rule win over an allow rule", () => {
    const both: HostFirewall = {
      ...fw,
      rules: [...fw.rules, { direction: "inbound", action: "block", proto: "tcp", remotePorts: "1024-5000" }],
    };
    const res = evaluateHostFirewall(
      both,
      "inbound",
      { proto: 6, remote: peer, localPort: 80, remotePort: null },
      "remote",
      portRange(1025, 65535),
    );
    expect(res.allowed).toEqual([{ from: 5001, to: 65535 }]);
    expect(res.blockedBy).toEqual([{ from: 1025, to: 5000 }]);
  });
  it("names the default as the deciding rule when an allow rule matches the fixed side but not the varying port", () => {
    // The allow rule is for remote ports 1024-2000 (it matches local port 80), the client uses 49152-65535: the default blocks.
    const narrow: HostFirewall = {
      inbound: "block",
      outbound: "allow",
      rules: [{ direction: "inbound", action: "allow", proto: "tcp", localPorts: 80, remotePorts: "1024-2000" }],
    };
    const res = evaluateHostFirewall(
      narrow,
      "inbound",
      { proto: 6, remote: peer, localPort: 80, remotePort: null },
      "remote",
      portRange(49152, 65535),
    );
    expect(res.isAllowed).toBe(false);
    expect(res.ruleIndex).toBe("default");
  });
  it("names the allow rule for the allowed part and the default for the blocked part of a partial verdict", () => {
    const narrow: HostFirewall = {
      inbound: "block",
      outbound: "allow",
      rules: [{ direction: "inbound", action: "allow", proto: "tcp", localPorts: 80, remotePorts: "1024-5000" }],
    };
    const res = evaluateHostFirewall(
      narrow,
      "inbound",
      { proto: 6, remote: peer, localPort: 80, remotePort: null },
      "remote",
      portRange(1025, 65535),
    );
    expect(res.ruleIndex).toBe(0);
    expect(res.blockIndex).toBe("default");
  });
});
