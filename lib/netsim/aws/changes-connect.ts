/**
 * Choice changes for connected networks (SCENARIO.md §4a): peering connections, VPC endpoints and their policies,
 * transit gateway associations, propagations and routes, VPN routes, NLB client IP preservation. Applied in place on
 * sections changes.ts has already copied; returns an English reason when AWS cannot do it, `undefined` when the
 * change is not one of these.
 */
import { cidrFrom, cidrToString } from "../core/cidr";
import type { Change, Scenario } from "../scenario/schema";
import { applyFlowEndpoint, applyFlowRequest, applyResourcePolicy } from "./resource-policy";
import {
  applyAccelerator,
  applyClientIpSource,
  applyLoadBalancerAttributes,
  applyReplaceLoadBalancer,
} from "./client-ip";

/** Sections each operation may modify (copy on write, see changes.ts). */
export const CONNECT_SECTIONS: Record<string, readonly (keyof Scenario)[]> = {
  createPeering: ["peerings"],
  acceptPeering: ["peerings"],
  deletePeering: ["peerings", "routeTables"],
  createEndpoint: ["endpoints"],
  deleteEndpoint: ["endpoints"],
  setEndpointPolicy: ["endpoints"],
  setPrivateDns: ["endpoints"],
  associateEndpointRouteTable: ["endpoints"],
  createTgwAttachment: ["transitGateways"],
  associateTgwRouteTable: ["transitGateways"],
  enableTgwPropagation: ["transitGateways"],
  addTgwRoute: ["transitGateways"],
  removeTgwRoute: ["transitGateways"],
  enableRoutePropagation: ["routeTables"],
  addVpnStaticRoute: ["onPremises"],
  setOnPremRoutesToAws: ["onPremises"],
  setPreserveClientIp: ["loadBalancers"],
  acceptEndpointConnection: ["endpointServices"],
  setResourcePolicy: ["resourcePolicies"],
  setFlowEndpoint: ["goals", "forbidden"],
  setFlowRequest: ["goals", "forbidden"],
  setClientIpSource: ["hosts"],
  setLoadBalancerAttributes: ["loadBalancers"],
  replaceLoadBalancer: ["loadBalancers"],
  setAccelerator: ["loadBalancers"],
};

const same = (a: string, b: string) => {
  const x = cidrFrom(a);
  const y = cidrFrom(b);
  return x !== null && y !== null && cidrToString(x) === cidrToString(y);
};

export function applyConnect(s: Scenario, c: Change): string | null | undefined {
  if (c.setResourcePolicy) return applyResourcePolicy(s, c.setResourcePolicy);
  if (c.setFlowEndpoint) return applyFlowEndpoint(s, c.setFlowEndpoint);
  if (c.setFlowRequest) return applyFlowRequest(s, c.setFlowRequest);
  if (c.setClientIpSource) return applyClientIpSource(s, c.setClientIpSource);
  if (c.setLoadBalancerAttributes) return applyLoadBalancerAttributes(s, c.setLoadBalancerAttributes);
  if (c.replaceLoadBalancer) return applyReplaceLoadBalancer(s, c.replaceLoadBalancer);
  if (c.setAccelerator) return applyAccelerator(s, c.setAccelerator);
  if (c.createPeering) {
    const { name, ...p } = c.createPeering;
    if (s.peerings[name]) return `peering connection "${name}" already exists`;
    s.peerings[name] = p;
    return null;
  }
  if (c.acceptPeering || c.deletePeering) {
    const name = (c.acceptPeering ?? c.deletePeering)?.name ?? "";
    const p = s.peerings[name];
    if (!p) return `peering connection "${name}" does not exist`;
    if (c.acceptPeering) p.status = "active";
    else {
      delete s.peerings[name];
      for (const t of Object.values(s.routeTables))
        t.routes = t.routes.map((r) => (r.via === name ? { ...r, blackhole: true } : r)); // RT-9
    }
    return null;
  }
  if (c.createEndpoint) {
    const { name, ...e } = c.createEndpoint;
    if (s.endpoints[name]) return `endpoint "${name}" already exists`;
    s.endpoints[name] = e;
    return null;
  }
  const endpointOp = c.deleteEndpoint ?? c.setEndpointPolicy ?? c.setPrivateDns ?? c.associateEndpointRouteTable;
  if (endpointOp) {
    const name = "name" in endpointOp ? endpointOp.name : endpointOp.endpoint;
    const e = s.endpoints[name];
    if (!e) return `endpoint "${name}" does not exist`;
    if (c.deleteEndpoint) delete s.endpoints[name];
    else if (c.setEndpointPolicy) {
      if (c.setEndpointPolicy.policy === null) delete e.policy;
      else e.policy = c.setEndpointPolicy.policy;
    } else if (c.setPrivateDns) {
      if (e.type !== "interface") return "private DNS is a setting of interface endpoints [VPCE-IF]";
      e.privateDns = c.setPrivateDns.enabled;
    } else if (c.associateEndpointRouteTable) {
      if (e.type !== "gateway") return "only a gateway endpoint is associated with route tables [VPCE-GW]";
      if (e.routeTables.includes(c.associateEndpointRouteTable.table)) return null;
      e.routeTables = [...e.routeTables, c.associateEndpointRouteTable.table];
    }
    return null;
  }
  const tgwOp =
    c.createTgwAttachment ?? c.associateTgwRouteTable ?? c.enableTgwPropagation ?? c.addTgwRoute ?? c.removeTgwRoute;
  if (tgwOp) {
    const g = s.transitGateways[tgwOp.tgw];
    if (!g) return `transit gateway "${tgwOp.tgw}" does not exist`;
    if (c.createTgwAttachment) {
      const { tgw: _t, name, ...a } = c.createTgwAttachment;
      if (g.attachments[name]) return `attachment "${name}" already exists`;
      g.attachments = { ...g.attachments, [name]: a };
      return null;
    }
    const table = "table" in tgwOp ? g.routeTables[tgwOp.table] : undefined;
    if (!table) return `transit gateway route table "${"table" in tgwOp ? tgwOp.table : ""}" does not exist`;
    const t = { ...table, associations: [...table.associations], propagations: [...table.propagations] };
    g.routeTables = { ...g.routeTables, [(tgwOp as { table: string }).table]: t };
    if (c.associateTgwRouteTable) {
      const a = c.associateTgwRouteTable.attachment;
      if (t.associations.includes(a)) return null;
      // An attachment is associated with one route table: associating it elsewhere replaces the association [TGW-RT].
      for (const [n, other] of Object.entries(g.routeTables))
        if (other !== t && other.associations.includes(a))
          g.routeTables[n] = { ...other, associations: other.associations.filter((x) => x !== a) };
      t.associations.push(a);
    } else if (c.enableTgwPropagation) {
      if (!t.propagations.includes(c.enableTgwPropagation.attachment))
        t.propagations.push(c.enableTgwPropagation.attachment);
    } else if (c.addTgwRoute) {
      const { to, attachment, blackhole } = c.addTgwRoute;
      if (t.routes.some((r) => same(r.to, to))) return `route table already has a route for ${to}`;
      t.routes = [...t.routes, { to, ...(attachment ? { attachment } : {}), ...(blackhole ? { blackhole } : {}) }];
    } else if (c.removeTgwRoute) {
      const to = c.removeTgwRoute.to;
      if (!t.routes.some((r) => same(r.to, to))) return `route table has no static route for ${to}`;
      t.routes = t.routes.filter((r) => !same(r.to, to));
    }
    return null;
  }
  if (c.enableRoutePropagation) {
    const t = s.routeTables[c.enableRoutePropagation.table];
    if (!t) return `route table "${c.enableRoutePropagation.table}" does not exist`;
    if (!(t.propagate ?? []).includes(c.enableRoutePropagation.gateway))
      t.propagate = [...(t.propagate ?? []), c.enableRoutePropagation.gateway];
    return null;
  }
  if (c.addVpnStaticRoute || c.setOnPremRoutesToAws) {
    const name = (c.addVpnStaticRoute ?? c.setOnPremRoutesToAws)?.network ?? "";
    const n = s.onPremises[name];
    if (!n) return `on-premises network "${name}" does not exist`;
    if (c.addVpnStaticRoute) {
      if (n.connection.type === "direct-connect") return "Direct Connect routes with BGP only [DX-VIF]";
      if (n.connection.staticRoutes.some((r) => same(r, c.addVpnStaticRoute?.to ?? ""))) return null;
      n.connection = { ...n.connection, staticRoutes: [...n.connection.staticRoutes, c.addVpnStaticRoute.to] };
    } else if (c.setOnPremRoutesToAws) n.routesToAws = c.setOnPremRoutesToAws.routes;
    return null;
  }
  if (c.setPreserveClientIp) {
    const lb = s.loadBalancers[c.setPreserveClientIp.loadBalancer];
    if (!lb) return `load balancer "${c.setPreserveClientIp.loadBalancer}" does not exist`;
    if (lb.type !== "network") return "client IP preservation is a Network Load Balancer setting [NLB-IP]";
    lb.preserveClientIp = c.setPreserveClientIp.enabled;
    return null;
  }
  if (c.acceptEndpointConnection) {
    const svc = s.endpointServices[c.acceptEndpointConnection.service];
    if (!svc) return `endpoint service "${c.acceptEndpointConnection.service}" does not exist`;
    const accepted = svc.accepted ?? [];
    if (!accepted.includes(c.acceptEndpointConnection.endpoint))
      svc.accepted = [...accepted, c.acceptEndpointConnection.endpoint];
    return null;
  }
  return undefined;
}
