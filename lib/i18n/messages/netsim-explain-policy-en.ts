// English side of netsim-explain-policy.ts, in its own module so a browser loads one language only.
import type { policyJa } from "./netsim-explain-policy";

export const policyEn: typeof policyJa = {
  resourcePolicyDeny: {
    text: "The {service} resource policy {policy} denies {action} ({resource}){isExplicit}{isImplicit}.{sourceVpce}{sourceIp}",
    isExplicit: " (an explicit deny statement whose condition matches)",
    isImplicit: " (no statement of the key policy allows it)",
    sourceVpce:
      " The request came through VPC endpoint {sourceVpce}, so it carries aws:SourceVpce and aws:SourceVpc, and no aws:SourceIp.",
    sourceIp: " The service sees the public source address {sourceIp}, and no aws:SourceVpce.",
  },
  flowPassesAvoided: {
    text: "The request of {flow} passes {node}{isNatGateway}{isInterfaceEndpoint}{isInternetGateway}{isTransitGateway}{isPeering}, which the requirement says to avoid.{isChargedPerGb}",
    isNatGateway: " (a NAT gateway)",
    isInterfaceEndpoint: " (an interface endpoint)",
    isInternetGateway: " (an internet gateway)",
    isTransitGateway: " (a transit gateway)",
    isPeering: " (a VPC peering connection)",
    isChargedPerGb: " Data through it is charged per GB processed.",
  },
  clientIpNotSeen: {
    text: "The application on {target} reads the client's address from {isSource}{isXff}{isProxyProtocol}, but behind {lb} it does not learn the client's {client}{sees}{isNothing}{isUnparsable}.",
    isSource: "the packet's source",
    isXff: "the X-Forwarded-For header",
    isProxyProtocol: "a proxy protocol header",
    sees: " (it sees {sees})",
    isNothing: " (no such header arrives)",
    isUnparsable:
      " (a proxy protocol header it does not expect, or expects and does not get, leaves its requests unparsable)",
  },
  flowAvoidedHop: "{flow} ({os}): delivered, but not as required. {cause}",
};
