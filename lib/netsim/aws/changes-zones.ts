/**
 * Choice changes that create things (SCENARIO.md §4b): a VPC, a secondary CIDR block, a subnet, a transit gateway, one
 * more on-premises connection; an instance launched again elsewhere; a transit gateway attachment's appliance mode.
 * Applied in place on sections changes.ts has already copied; returns an English reason when AWS cannot do it,
 * `undefined` when the change is not one of these. Overlaps that matter (peering) are checked by the validator.
 */
import type { Change, Scenario } from "../scenario/schema";
import { allVpcs, firstVpcName } from "../scenario/vpcs";
import { connectionsOf } from "./zones";

/** Sections each operation may modify (copy on write, see changes.ts). */
export const ZONE_SECTIONS: Record<string, readonly (keyof Scenario)[]> = {
  createVpc: ["vpcs"],
  addVpcCidr: ["vpc", "vpcs"],
  createSubnet: ["subnets"],
  moveHost: ["hosts"],
  createTransitGateway: ["transitGateways"],
  createRouteTable: ["routeTables"],
  createTgwRouteTable: ["transitGateways"],
  setApplianceMode: ["transitGateways"],
  modifyTgwAttachment: ["transitGateways"],
  createVpnConnection: ["onPremises"],
  setVpnTunnelOptions: ["onPremises"],
  createCustomerGateway: ["onPremises"],
  createLoadBalancer: ["loadBalancers"],
  createEndpointService: ["endpointServices"],
};

export function applyZones(s: Scenario, c: Change): string | null | undefined {
  if (c.createLoadBalancer) {
    const { name, ...lb } = c.createLoadBalancer;
    if (s.loadBalancers[name]) return `load balancer "${name}" already exists`;
    s.loadBalancers = { ...s.loadBalancers, [name]: lb };
    return null;
  }
  if (c.createEndpointService) {
    const { name, ...svc } = c.createEndpointService;
    if (s.endpointServices[name]) return `endpoint service "${name}" already exists`;
    s.endpointServices = { ...s.endpointServices, [name]: svc };
    return null;
  }
  if (c.createVpc) {
    const { name, ...v } = c.createVpc;
    if (allVpcs(s).some((x) => x.name === name)) return `VPC "${name}" already exists`;
    s.vpcs = { ...s.vpcs, [name]: v };
    return null;
  }
  if (c.addVpcCidr) {
    const { vpc, cidr } = c.addVpcCidr;
    const target = vpc === firstVpcName(s) ? s.vpc : s.vpcs[vpc];
    if (!target) return `VPC "${vpc}" does not exist`;
    target.secondaryCidrs = [...(target.secondaryCidrs ?? []), cidr];
    return null;
  }
  if (c.createSubnet) {
    const { name, ...sub } = c.createSubnet;
    if (s.subnets[name]) return `subnet "${name}" already exists`;
    s.subnets = { ...s.subnets, [name]: sub };
    return null;
  }
  if (c.moveHost) {
    const { host, subnet, ip, securityGroups } = c.moveHost;
    const h = s.hosts[host];
    if (!h) return `instance "${host}" does not exist`;
    if (!s.subnets[subnet]) return `subnet "${subnet}" does not exist`;
    // A new launch: a new private address (given, or the subnet's next one) and, if named, new security groups.
    const moved = { ...h, subnet };
    delete moved.ip;
    if (ip !== undefined) moved.ip = ip;
    if (securityGroups !== undefined) moved.securityGroups = securityGroups;
    s.hosts[host] = moved;
    return null;
  }
  if (c.createRouteTable) {
    const { name, vpc } = c.createRouteTable;
    if (s.routeTables[name]) return `route table "${name}" already exists`;
    s.routeTables = { ...s.routeTables, [name]: { main: false, routes: [], ...(vpc ? { vpc } : {}) } };
    return null;
  }
  if (c.createTgwRouteTable) {
    const { tgw, table, associations, propagations } = c.createTgwRouteTable;
    const g = s.transitGateways[tgw];
    if (!g) return `transit gateway "${tgw}" does not exist`;
    if (g.routeTables[table]) return `transit gateway route table "${table}" already exists`;
    g.routeTables = { ...g.routeTables, [table]: { associations, propagations, routes: [] } };
    return null;
  }
  if (c.createTransitGateway) {
    const { name, region } = c.createTransitGateway;
    if (s.transitGateways[name]) return `transit gateway "${name}" already exists`;
    s.transitGateways = {
      ...s.transitGateways,
      [name]: { ...(region ? { region } : {}), attachments: {}, routeTables: {} },
    };
    return null;
  }
  if (c.setApplianceMode) {
    const { tgw, attachment, enabled } = c.setApplianceMode;
    const a = s.transitGateways[tgw]?.attachments[attachment];
    if (!a) return `attachment "${attachment}" of transit gateway "${tgw}" does not exist`;
    if (a.vpc === undefined) return "appliance mode is a setting of VPC attachments [TGW-AZ]";
    a.applianceMode = enabled;
    return null;
  }
  if (c.modifyTgwAttachment) {
    const { tgw, attachment, addSubnets, removeSubnets } = c.modifyTgwAttachment;
    const a = s.transitGateways[tgw]?.attachments[attachment];
    if (!a) return `attachment "${attachment}" of transit gateway "${tgw}" does not exist`;
    if (a.vpc === undefined) return "only a VPC attachment has subnets [TGW-AZ]";
    const now = (a.subnets ?? []).filter((x) => !removeSubnets.includes(x));
    a.subnets = [...now, ...addSubnets.filter((x) => !now.includes(x))];
    return null;
  }
  if (c.setVpnTunnelOptions) {
    const { connection, dpdTimeoutSeconds, dpdAction } = c.setVpnTunnelOptions;
    // [S2S-TUN] the DPD timeout is 30 seconds or more.
    if (dpdTimeoutSeconds !== undefined && dpdTimeoutSeconds < 30)
      return "the DPD timeout is at least 30 seconds [S2S-TUN]";
    for (const [name, n] of Object.entries(s.onPremises)) {
      const all = [n.connection, ...(n.moreConnections ?? [])];
      const i = connectionsOf(name, n).findIndex((x) => x.name === connection);
      const conn = all[i];
      if (!conn) continue;
      if (conn.type !== "vpn") return "tunnel options belong to a Site-to-Site VPN connection [S2S-TUN]";
      const next = {
        ...conn,
        tunnelOptions: {
          ...conn.tunnelOptions,
          ...(dpdTimeoutSeconds !== undefined ? { dpdTimeoutSeconds } : {}),
          ...(dpdAction !== undefined ? { dpdAction } : {}),
        },
      };
      if (i === 0) n.connection = next;
      else n.moreConnections = all.slice(1).map((x, k) => (k === i - 1 ? next : x));
      return null;
    }
    return `connection "${connection}" does not exist`;
  }
  if (c.createCustomerGateway) {
    const { network, name } = c.createCustomerGateway;
    const n = s.onPremises[network];
    if (!n) return `on-premises network "${network}" does not exist`;
    if (!(n.customerGateways ?? []).includes(name)) n.customerGateways = [...(n.customerGateways ?? []), name];
    return null;
  }
  if (c.createVpnConnection) {
    const { network, ...conn } = c.createVpnConnection;
    const n = s.onPremises[network];
    if (!n) return `on-premises network "${network}" does not exist`;
    n.moreConnections = [...(n.moreConnections ?? []), conn];
    return null;
  }
  return undefined;
}
