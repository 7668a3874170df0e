/**
 * Network interfaces and hosts that connected networks add to the compiled model: one interface per subnet of each
 * interface endpoint, with its security groups [VPCE-IF], and the hosts of on-premises networks.
 */
import { ipFrom, type IpAddress } from "../core/address";
import { listenFrom, type Listen } from "../core/apps";
import { expandOsSet } from "../core/operating-systems";
import { portRange } from "../core/port-set";
import type { Scenario } from "../scenario/schema";
import { implicitName } from "../scenario/vpcs";
import type { ConnectModel } from "./model-connect";
import type { Eni, InternetHost, SubnetC } from "./model-types";

export function endpointEnis(
  s: Scenario,
  connect: ConnectModel,
  subnets: Record<string, SubnetC>,
  enis: Record<string, Eni>,
  autoIp: (subnet: string) => IpAddress | null,
  internet: Record<string, InternetHost>,
): void {
  for (const e of Object.values(connect.interfaceEndpoints)) {
    const spec = s.endpoints[e.name];
    if (!spec) continue;
    // An AWS service answers on HTTPS; an endpoint service on its load balancer's listener ports [VPCE-IF], [PL-SVC].
    const lb = e.isEndpointService ? s.loadBalancers[s.endpointServices[e.service]?.loadBalancer ?? ""] : undefined;
    const listens: Listen[] = lb
      ? lb.listeners.map((l) => ({
          proto: l.proto === "udp" ? ("udp" as const) : ("tcp" as const),
          ports: portRange(l.port),
        }))
      : [{ proto: "tcp", ports: portRange(443) }];
    spec.subnets.forEach((subnet, i) => {
      const name = e.enis[i];
      const given = spec.ips?.[i];
      const ip = (given ? ipFrom(given) : null) ?? autoIp(subnet);
      if (!name || !ip || !subnets[subnet]) return;
      enis[name] = {
        name,
        kind: "vpce",
        subnet,
        vpc: e.vpc,
        ip,
        ipv6: null,
        publicIp: null,
        groups: spec.securityGroups ?? [implicitName(s, "default", e.vpc)],
        os: "linux",
        ephemeral: portRange(1024, 65535),
        listens,
        firewall: null,
        ftp: null,
        sourceDestCheck: true,
      };
    });
  }
  for (const [site, n] of Object.entries(s.onPremises))
    for (const [name, h] of Object.entries(n.hosts)) {
      const ip = ipFrom(h.ip);
      if (!ip) continue;
      internet[name] = {
        name,
        ip,
        ipv6: null,
        os: expandOsSet(h.os, []),
        listens: h.listens === "any" ? "any" : h.listens.map(listenFrom).filter((x): x is Listen => x !== null),
        ftp: null,
        site,
      };
    }
}
