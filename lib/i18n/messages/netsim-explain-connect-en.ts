// English side of netsim-explain-connect.ts, in its own module so a browser loads one language only.
import type { connectJa } from "./netsim-explain-connect";

export const connectEn: typeof connectJa = {
  peeringNotActive:
    "Peering connection {pcx} has not been accepted yet (pending acceptance), so it carries no traffic.",
  peeringForward: "VPC peering connection {pcx} hands the packet to the peer VPC {vpc}.",
  peeringNoTransit:
    "Peering connection {via} carries traffic only to addresses inside VPC {vpc}; {dst} is outside it, so the packet is dropped (no transitive routing, and no use of the peer's internet gateway, NAT gateway, VPN or gateway endpoint).",
  vgwNoTransit:
    "Virtual private gateway {via} carries traffic only to addresses inside VPC {vpc}; {dst} is outside it, so the packet is dropped (no transit to a peer VPC or the internet).",
  tgwNoAssociation:
    "Transit gateway {tgw}: attachment {attachment} is not associated with any route table, so the packet cannot be routed.",
  tgwNoRoute:
    "Transit gateway {tgw}: route table {table} has no route to {dst} (check its associations and propagations).",
  tgwBlackhole: "Transit gateway {tgw}: the blackhole route {route} in route table {table} drops the packet.",
  tgwForward: "Transit gateway {tgw} forwards by route {route} of route table {table} to attachment {attachment}.",
  vpnNoRoute: {
    text: "The connection of virtual private gateway {gateway} has no route to {dst}:{isStatic}{isDynamic}{isDirectConnect}",
    isStatic: " a VPN with static routing sends only the prefixes of its static routes.",
    isDynamic:
      " a VPN with BGP (dynamic routing) sends only the prefixes the on-premises network {network} advertises over BGP.",
    isDirectConnect: " Direct Connect sends only the prefixes the on-premises network {network} advertises over BGP.",
  },
  vgwOut: {
    text: "Virtual private gateway {gateway} sends it{isDirectConnect} to the on-premises network {network}.",
    isDirectConnect: " over Direct Connect",
  },
  onPremReceived: "{host} on premises ({network}) receives it.",
  onPremNoHost: "{dst} is outside the address ranges of the on-premises network {network}.",
  onPremNoRoute: {
    text: "The on-premises router ({network}) has no route to {dst} on the AWS side{isForward}{isReturn}.{isDynamic}",
    isForward: " (there is no forward path)",
    isReturn: " (there is no return path)",
    isDynamic: " BGP has not learned an advertised route for it.",
  },
  onPremToAws: {
    text: "The on-premises router ({network}) sends it{isDirectConnect} to {gateway}.",
    isDirectConnect: " over Direct Connect",
  },
  gatewayEndpointOut:
    "Gateway endpoint {endpoint} carries the request to {service} inside the AWS network by the prefix list route {prefixList} (no internet, no NAT gateway).",
  gatewayEndpointBack: "The reply comes back into the VPC through gateway endpoint {endpoint}.",
  serviceReceived: "{service} in {region} receives the request.",
  endpointPolicyDeny: {
    text: "The endpoint policy of VPC endpoint {endpoint} denies {action} on {resource}{isExplicit}{isImplicit}.",
    isExplicit: " (an explicit deny statement)",
    isImplicit: " (no statement allows it)",
  },
  endpointNotAccepted:
    "The connection from endpoint {endpoint} to endpoint service {service} has not been accepted by the service provider yet.",
  interfaceEndpointReceived:
    "The network interface of interface endpoint {endpoint} receives the request to {service} and passes it to the service inside the AWS network.",
  noEndpointForService:
    "VPC {vpc} has no interface endpoint for endpoint service {service}, so the service cannot be reached.",
  nlbPreservesClient:
    "Network Load Balancer {lb} forwards to {target} keeping the client's IP address {client} (the target's security group and network ACL see the client's address).",
  nlbReplyBack: "The reply returns to the connection Network Load Balancer {lb} tracks.",
  homeOtherHost: "The router forwards this packet to {host}, so it never reaches {wanted}.",
};
