/**
 * Relations between choices used by the analysis: which layer a change acts on, whether two changes act on
 * the same component, and whether one choice is a strictly narrower version of another (same operation,
 * same target, rule contained: protocol, ports, CIDR, ICMP type).
 */
import { cidrCovers, cidrFrom } from "../core/cidr";
import { isSubset, parsePortSpec, ALL_PORTS } from "../core/port-set";
import { compileNaclRule, compileSgRule, type CompiledNaclRule, type CompiledSgRule } from "../core/rules";
import type { Change, NaclRule, SgRule } from "../scenario/schema";
import type { Layer } from "./results";

export function opOf(c: Change): string {
  return Object.keys(c)[0] ?? "";
}

const LAYER_BY_OP: Record<string, Layer> = {
  addSgRule: "security-group",
  removeSgRule: "security-group",
  createSecurityGroup: "security-group",
  attachSecurityGroup: "security-group",
  detachSecurityGroup: "security-group",
  addNaclRule: "network-acl",
  replaceNaclRule: "network-acl",
  removeNaclRule: "network-acl",
  createNacl: "network-acl",
  associateNacl: "network-acl",
  addRoute: "route-table",
  replaceRoute: "route-table",
  removeRoute: "route-table",
  associateRouteTable: "route-table",
  setPublicIp: "gateway",
  setSourceDestCheck: "gateway",
  attachInternetGateway: "gateway",
  detachInternetGateway: "gateway",
  createNatGateway: "gateway",
  deleteNatGateway: "gateway",
  setHostFirewall: "host-firewall",
  addFirewallRule: "host-firewall",
  setListens: "host-firewall",
  addPortForward: "home-router",
  removePortForward: "home-router",
  setDmz: "home-router",
  addFilter: "home-router",
  removeFilter: "home-router",
  addPinhole: "home-router",
  setIpv6Firewall: "home-router",
  setWan: "home-router",
};

export function layerOfChange(c: Change): Layer | undefined {
  return LAYER_BY_OP[opOf(c)];
}

/** "Component" a change acts on: e.g. "nacl:web-nacl:outbound", "sg:web-sg:inbound", "rt:private-rt". */
export function targetOf(c: Change): string {
  const op = opOf(c);
  const v = (c as Record<string, Record<string, unknown> | undefined>)[op] ?? {};
  const dir = v.inbound !== undefined ? "inbound" : v.outbound !== undefined ? "outbound" : "";
  if (op.endsWith("SgRule")) return `sg:${String(v.group)}:${dir}`;
  if (op.endsWith("NaclRule")) return `nacl:${String(v.nacl)}:${dir}`;
  if (op.endsWith("Route")) return `rt:${String(v.table)}`;
  if (op === "addFirewallRule" || op === "setHostFirewall") {
    const r = v.rule as { direction?: string } | undefined;
    return `fw:${String(v.host)}:${r?.direction ?? ""}`;
  }
  if (op === "setPublicIp") return `eip:${String(v.host)}`;
  if (op === "addPortForward" || op === "setDmz") return `home:inbound-mapping`;
  if (op === "addFilter" || op === "removeFilter") return "home:filter";
  return `${op}:${JSON.stringify(v)}`;
}

function sgContained(inner: CompiledSgRule, outer: CompiledSgRule): boolean {
  if (outer.proto !== -1 && outer.proto !== inner.proto) return false;
  if (!isSubset(inner.ports, outer.ports)) return false;
  if (outer.icmpType !== -1 && outer.icmpType !== inner.icmpType) return false;
  if (outer.peer.kind === "cidr" && inner.peer.kind === "cidr") return cidrCovers(outer.peer.cidr, inner.peer.cidr);
  return outer.peer.kind === "sg" && inner.peer.kind === "sg" && outer.peer.group === inner.peer.group;
}

function naclContained(inner: CompiledNaclRule, outer: CompiledNaclRule): boolean {
  return (
    inner.allow === outer.allow &&
    (outer.proto === -1 || outer.proto === inner.proto) &&
    isSubset(inner.ports, outer.ports) &&
    (outer.icmpType === -1 || outer.icmpType === inner.icmpType) &&
    cidrCovers(outer.cidr, inner.cidr)
  );
}

/** Is change `inner` contained in change `outer` (same op, same target)? */
function changeContained(inner: Change, outer: Change): boolean {
  const op = opOf(inner);
  if (op === "addPortForward" && opOf(outer) === "setDmz") return outer.setDmz?.host === inner.addPortForward?.host; // a DMZ host receives every unmatched port
  if (op !== opOf(outer) || targetOf(inner) !== targetOf(outer)) return false;
  if (op === "addSgRule") {
    const dir = inner.addSgRule?.inbound ? "inbound" : "outbound";
    const a = compileSgRule((inner.addSgRule?.[dir] ?? {}) as SgRule, "", dir, 0);
    const b = compileSgRule((outer.addSgRule?.[dir] ?? {}) as SgRule, "", dir, 0);
    return a !== null && b !== null && (inner.addSgRule?.[dir]?.action ?? "allow") === "allow" && sgContained(a, b);
  }
  if (op === "addNaclRule" || op === "replaceNaclRule") {
    const pick = (c: Change) => (c.addNaclRule ?? c.replaceNaclRule) as { inbound?: NaclRule; outbound?: NaclRule };
    const a = pick(inner).inbound ?? pick(inner).outbound;
    const b = pick(outer).inbound ?? pick(outer).outbound;
    const ca = a ? compileNaclRule(a) : null;
    const cb = b ? compileNaclRule(b) : null;
    return ca !== null && cb !== null && ca.allow && naclContained(ca, cb);
  }
  if (op === "addRoute") {
    const a = cidrFrom(inner.addRoute?.to ?? "");
    const b = cidrFrom(outer.addRoute?.to ?? "");
    return a !== null && b !== null && inner.addRoute?.via === outer.addRoute?.via && cidrCovers(b, a);
  }
  if (op === "addPortForward" || op === "addFilter" || op === "addPinhole") {
    const portsOf = (c: Change) =>
      parsePortSpec(String(c.addPortForward?.wanPorts ?? c.addFilter?.ports ?? c.addPinhole?.ports ?? "all")) ??
      ALL_PORTS;
    return (
      (op !== "addFilter" || inner.addFilter?.action === outer.addFilter?.action) &&
      isSubset(portsOf(inner), portsOf(outer))
    );
  }
  return false;
}

/** True when choice `narrow` does what `wide` does with strictly less: every change contained, not all equal. */
export function isNarrowerChoice(narrow: readonly Change[], wide: readonly Change[]): boolean {
  if (narrow.length !== wide.length || narrow.length === 0) return false;
  const contained = narrow.every((c, i) => {
    const o = wide[i];
    return o !== undefined && changeContained(c, o);
  });
  const equal = narrow.every((c, i) => {
    const o = wide[i];
    return o !== undefined && changeContained(o, c) && opOf(o) === opOf(c);
  });
  return contained && !equal;
}

/** Do two choices act on the same component (so one may stand in for the other)? */
export function isSameTarget(a: readonly Change[], b: readonly Change[]): boolean {
  return a.some((x) => b.some((y) => targetOf(x) === targetOf(y)));
}
