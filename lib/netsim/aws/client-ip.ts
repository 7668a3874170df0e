/**
 * What the application behind a load balancer learns about the client's address (SCENARIO.md §3d). An Application
 * Load Balancer is a proxy: its target's connection comes from the load balancer's own address, and the client's
 * address travels in the X-Forwarded-For header (added by default, `xffHeader: append`) [ALB-XFF]. A Network Load
 * Balancer with client IP preservation keeps the client's address as the packet's source [NLB-IP]; without it the
 * source is the load balancer's, and a proxy protocol v2 header (target group attribute) can carry the client's
 * address instead [NLB-PP]. An application that reads a header the load balancer does not send learns nothing, and one
 * that does not expect a proxy protocol header cannot parse the requests that start with it [NLB-PP].
 */
import type { ClientIpSource } from "./schema-policy";
import type { LoadBalancer } from "./schema";
import type { Host, Scenario } from "../scenario/schema";

export type ObservationModel = {
  lbs: Record<string, Pick<LoadBalancer, "xffHeader" | "proxyProtocol" | "accelerator">>;
  hosts: Record<string, ClientIpSource>;
};

/** The settings the observation needs, kept on the model (not compiled: choices that change them stay cheap). */
export function observationOf(s: Scenario): ObservationModel {
  const lbs: ObservationModel["lbs"] = {};
  for (const [name, lb] of Object.entries(s.loadBalancers))
    lbs[name] = {
      ...(lb.xffHeader ? { xffHeader: lb.xffHeader } : {}),
      ...(lb.proxyProtocol !== undefined ? { proxyProtocol: lb.proxyProtocol } : {}),
      ...(lb.accelerator ? { accelerator: lb.accelerator } : {}),
    };
  const hosts: ObservationModel["hosts"] = {};
  for (const [name, h] of Object.entries(s.hosts) as [string, Host][]) if (h.clientIpFrom) hosts[name] = h.clientIpFrom;
  return { lbs, hosts };
}

/** `setClientIpSource`: the application now reads the client's address from the packet, X-Forwarded-For or proxy protocol. */
export function applyClientIpSource(s: Scenario, c: { host: string; from: ClientIpSource }): string | null {
  const h = s.hosts[c.host];
  if (!h) return `host "${c.host}" does not exist`;
  s.hosts = { ...s.hosts, [c.host]: { ...h, clientIpFrom: c.from } };
  return null;
}

type LbAttributes = {
  loadBalancer: string;
  xffHeader?: "append" | "preserve" | "remove";
  proxyProtocol?: boolean;
  accessLogs?: boolean;
};

/** `setLoadBalancerAttributes`: X-Forwarded-For processing, proxy protocol v2, access logs. */
export function applyLoadBalancerAttributes(s: Scenario, c: LbAttributes): string | null {
  const { loadBalancer, ...attributes } = c;
  const lb = s.loadBalancers[loadBalancer];
  if (!lb) return `load balancer "${loadBalancer}" does not exist`;
  s.loadBalancers = { ...s.loadBalancers, [loadBalancer]: { ...lb, ...attributes } };
  return null;
}

/** `setAccelerator`: a Global Accelerator with this load balancer as its endpoint, with or without client IP preservation. */
export function applyAccelerator(s: Scenario, c: { loadBalancer: string; preserveClientIp: boolean }): string | null {
  const lb = s.loadBalancers[c.loadBalancer];
  if (!lb) return `load balancer "${c.loadBalancer}" does not exist`;
  s.loadBalancers = {
    ...s.loadBalancers,
    [c.loadBalancer]: { ...lb, accelerator: { preserveClientIp: c.preserveClientIp } },
  };
  return null;
}

/** `replaceLoadBalancer`: a load balancer of another type with the same name, listeners, targets and associations. */
export function applyReplaceLoadBalancer(
  s: Scenario,
  c: { loadBalancer: string; type: "application" | "network"; preserveClientIp?: boolean },
): string | null {
  const lb = s.loadBalancers[c.loadBalancer];
  if (!lb) return `load balancer "${c.loadBalancer}" does not exist`;
  const { xffHeader: _x, proxyProtocol: _p, preserveClientIp: _c, ...kept } = lb;
  const listeners = lb.listeners.map((l) => ({
    ...l,
    proto: c.type === "network" ? (l.proto === "https" ? "tls" : l.proto === "http" ? "tcp" : l.proto) : l.proto,
  }));
  s.loadBalancers = {
    ...s.loadBalancers,
    [c.loadBalancer]: {
      ...kept,
      type: c.type,
      listeners,
      ...(c.preserveClientIp !== undefined ? { preserveClientIp: c.preserveClientIp } : {}),
    },
  };
  return null;
}

/** Settings a load balancer of this type cannot have, each naming its rule. */
export function validateObservation(s: Scenario): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  for (const [name, lb] of Object.entries(s.loadBalancers)) {
    const path = ["loadBalancers", name];
    if (lb.webAcl !== undefined && lb.type !== "application")
      out.push({
        path: [...path, "webAcl"],
        message: `an AWS WAF web ACL can be associated with an Application Load Balancer, not a ${lb.type} load balancer [WAF-RES]`,
      });
    if (lb.xffHeader !== undefined && lb.type !== "application")
      out.push({
        path: [...path, "xffHeader"],
        message: "X-Forwarded-For processing is an Application Load Balancer attribute [ALB-XFF]",
      });
    if (lb.proxyProtocol !== undefined && lb.type !== "network")
      out.push({
        path: [...path, "proxyProtocol"],
        message: "proxy protocol v2 is a Network Load Balancer target group attribute [NLB-PP]",
      });
  }
  s.forbidden.forEach((f, i) => {
    if (f.avoid !== undefined || f.observe !== undefined)
      out.push({
        path: ["forbidden", i, f.avoid !== undefined ? "avoid" : "observe"],
        message: "avoid and observe are requirements on goals; a forbidden flow only has to stay blocked",
      });
  });
  return out;
}
