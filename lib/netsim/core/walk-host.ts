/**
 * Steps every kind of host takes, in AWS and at home: its own stateful firewall (seed 002) and whether it listens on
 * the destination port. Each narrows the packet's variable port or drops it.
 */
import { evaluateHostFirewall } from "./host-firewall";
import { fact } from "./fact";
import { hasPort, intersect, isEmpty, subtract, type PortSet } from "./port-set";
import { PROTO } from "./rules";
import { drop, narrow, record, shownPorts, termPorts, unionAll, type Pkt, type Walk } from "./walk-state";
import type { HostFirewall } from "../scenario/schema";
import type { RuleRef } from "./trace";

type Dir = "inbound" | "outbound";

/** Host firewall (seed 002), stateful: replies to connections it has seen pass. */
export function firewallStep(w: Walk, eni: { name: string; firewall: HostFirewall | null }, dir: Dir, p: Pkt): boolean {
  const fw = eni.firewall;
  if (!fw) return true;
  const node = `firewall (${eni.name})`;
  const key = `fw|${eni.name}|${w.cur.conn}`;
  if (w.cur.kind === "response" && w.sessions.has(key)) {
    record(w, node, "host-firewall", "MATCHED_SESSION", p, p, { reason: "SESSION_MATCHED" }, () =>
      fact("firewallSession", { host: eni.name }),
    );
    return true;
  }
  const local = dir === "inbound" ? p.dport : p.sport;
  const remote = dir === "inbound" ? p.sport : p.dport;
  const varSide = local?.kind === "var" ? "local" : remote?.kind === "var" ? "remote" : null;
  const varTerm = varSide === "local" ? local : varSide === "remote" ? remote : null;
  const res = evaluateHostFirewall(
    fw,
    dir,
    {
      proto: PROTO[p.proto],
      remote: dir === "inbound" ? p.src : p.dst,
      localPort: local?.kind === "fixed" ? local.port : null,
      remotePort: remote?.kind === "fixed" ? remote.port : null,
    },
    varSide,
    termPorts(w, varTerm),
  );
  const refOf = (index: number | "default"): RuleRef => ({
    kind: "firewall",
    id: `${eni.name}/${dir}/${index}`,
    text: index === "default" ? `default ${dir} ${fw[dir]}` : `rule ${index}`,
  });
  const ruleRef = refOf(res.ruleIndex);
  // Captured now, shown when a fact is read (clipped to one OS's client ports when read per OS).
  const localNow = termPorts(w, local);
  const remoteNow = termPorts(w, remote);
  const about = () => ({
    host: eni.name,
    dir,
    local: shownPorts(w, local, localNow),
    remote: shownPorts(w, remote, remoteNow),
    rule: res.ruleIndex === "default" ? null : res.ruleIndex + 1,
    isDefault: res.ruleIndex === "default",
  });
  if (!res.isAllowed && varTerm?.kind === "var") {
    // Every value of the varying port is blocked: record it per port so the counterexample names one.
    const blocked = () => fact("firewallBlock", about());
    const seq = record(
      w,
      node,
      "host-firewall",
      "DENIED",
      p,
      p,
      { rule: ruleRef, reason: "HOST_FIREWALL_BLOCK" },
      blocked,
    );
    return narrow(
      w,
      varTerm.id,
      [],
      [
        {
          ports: termPorts(w, varTerm) ?? [],
          rule: ruleRef,
          reason: "HOST_FIREWALL_BLOCK",
          node,
          component: "host-firewall",
          step: seq,
          fact: blocked,
        },
      ],
    );
  }
  if (!res.isAllowed)
    return drop(w, node, "host-firewall", "DENIED", p, { rule: ruleRef, reason: "HOST_FIREWALL_BLOCK" }, () =>
      fact("firewallBlock", about()),
    );
  const seq = record(w, node, "host-firewall", "PERMITTED", p, p, { rule: ruleRef }, () =>
    fact("firewallAllow", about()),
  );
  w.sessions.add(key);
  if (varTerm?.kind === "var" && res.blockedBy && !isEmpty(res.blockedBy)) {
    const blockedPorts = res.blockedBy;
    const blockRef = refOf(res.blockIndex);
    return narrow(w, varTerm.id, res.allowed ?? [], [
      {
        ports: blockedPorts,
        rule: blockRef,
        reason: "HOST_FIREWALL_BLOCK",
        node,
        component: "host-firewall",
        step: seq,
        fact: () =>
          fact("firewallBlockPorts", {
            host: eni.name,
            ports: shownPorts(w, varTerm, blockedPorts),
            rule: res.blockIndex === "default" ? null : res.blockIndex + 1,
            isDefault: res.blockIndex === "default",
          }),
      },
    ]);
  }
  return true;
}

/** Does an endpoint listen on the packet's destination port? Narrows a variable port (FTP passive range). */
export function listenStep(
  w: Walk,
  name: string,
  listens: "any" | { proto: string; ports: PortSet }[],
  p: Pkt,
): boolean {
  if (listens === "any" || p.proto === "icmp" || p.proto === "icmpv6") return true;
  const set = unionAll(listens.filter((l) => l.proto === p.proto).map((l) => l.ports));
  const dp = termPorts(w, p.dport) ?? [];
  const ok = p.dport?.kind === "fixed" ? hasPort(set, p.dport.port) : !isEmpty(dp);
  if (!ok || (p.dport?.kind === "var" && isEmpty(intersect(dp, set)))) {
    return drop(w, name, "instance", "DENIED", p, { reason: "NOT_LISTENING" }, () =>
      fact("notListening", { host: name, proto: p.proto.toUpperCase(), ports: shownPorts(w, p.dport, dp) }),
    );
  }
  if (p.dport?.kind === "var") {
    const inter = intersect(dp, set);
    const rest = subtract(dp, set);
    if (!isEmpty(rest))
      return narrow(w, p.dport.id, inter, [
        {
          ports: rest,
          reason: "NOT_LISTENING",
          node: name,
          component: "instance",
          step: w.cur.count,
          fact: () =>
            fact("notListening", { host: name, proto: p.proto.toUpperCase(), ports: shownPorts(w, p.dport, rest) }),
        },
      ]);
  }
  return true;
}
