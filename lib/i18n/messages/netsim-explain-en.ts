// English side of netsim-explain-ja.ts (typed against it, so a missing sentence fails the type check), in its own
// module so a browser loads one language only.
import { connectEn } from "./netsim-explain-connect-en";
import type { NetsimExplainMessages } from "./netsim-explain-ja";
import { policyEn } from "./netsim-explain-policy-en";
import { zonesEn, zonesInvalidEn } from "./netsim-explain-zones-en";

export const en: NetsimExplainMessages = {
  terms: {
    dir: { inbound: "inbound", outbound: "outbound" },
    wanKind: {
      shared: "shared address space (100.64.0.0/10, carrier-grade NAT)",
      private: "a private RFC 1918 address",
      global: "a global address",
      none: "no address",
    },
    noPorts: "none",
    portsBrief: "{count} ports in {ranges} ranges ({head}, …)",
    fallback: "(a fact with no sentence: {code})",
  },
  os: {
    linux: "Linux",
    "linux-legacy": "Linux (older kernels, AWS-quoted)",
    windows: "Windows Vista / Server 2008 and later",
    "windows-xp": "Windows XP / Server 2003",
    macos: "macOS",
    "nat-gateway": "NAT gateway",
    elb: "Elastic Load Balancing",
    lambda: "AWS Lambda",
  },
  rules: {
    sgNone: "no allow rule matches (denied)",
    session: "tracked connection",
    natSession: "NAT session",
    firewallDefault: "default action ({action})",
    firewallRule: "rule {n}",
    action: { allow: "allow", block: "block" },
    sgRule: { from: "{proto} {ports} from {peer}", to: "{proto} {ports} to {peer}" },
    icmpAllTypes: "all types",
    icmpType: "type {n}",
    blackhole: "blackhole",
    propagated: "propagated",
    pinhole: "pinhole",
    dsLiteB4: "DS-Lite B4: IPv4-in-IPv6 tunnel to the AFTR",
  },
  lacks: {
    "public-ipv4": "{host} (no public IP)",
    ipv4: "{host} (no IPv4 address)",
    ipv6: "{host} (no IPv6 address)",
    "wan-ipv4": "{host} (no WAN IPv4 address)",
  },
  invalid: {
    sgDeny: "Security groups have allow rules only; a deny rule cannot be created.",
    naclRuleNumber: "Network ACL rule numbers run from 1 to 32766; a rule with this number cannot be created.",
    naclDuplicate: "A rule with this number already exists; network ACL rules cannot be edited, only replaced.",
    naclFinalRule: "The final * rule can be neither changed nor removed.",
    natNoSecurityGroup: "A NAT gateway takes no security groups (the network ACL of its subnet applies).",
    oneInternetGateway: "A VPC can have only one internet gateway attached.",
    routeExists: "A route to this destination already exists.",
    missing: "It names a resource that does not exist.",
    other: "AWS cannot express this change.",
    peeringOverlap: "VPCs with overlapping CIDR blocks cannot be peered.",
    sgReferenceOtherRegion: "A rule cannot reference a security group of a peer VPC in another Region.",
    sgReferenceNotPeered: "A rule can reference only groups of the same VPC or of a peered VPC.",
    duplicateRoute: "A route table cannot hold two routes for the same destination.",
    tgwAssociation: "A transit gateway attachment is associated with one route table only.",
    localRouteEqual:
      "A route to the VPC's own CIDR block is the local route: no other route for it can be added, and traffic inside the VPC always takes the local route.",
    localRouteMoreSpecific:
      "A route more specific than the local route must match a subnet's CIDR block exactly and point to a NAT gateway or a network interface.",
    gatewayEndpointRegion:
      "A gateway endpoint can be created only for a service in its VPC's own Region; it cannot carry traffic to S3 or DynamoDB in another Region.",
    wafApplicationOnly:
      "An AWS WAF web ACL can be associated with an Application Load Balancer, not a Network Load Balancer (which has no listener rules such as path-based routing either).",
    ...zonesInvalidEn,
  },
  facts: {
    ...connectEn,
    ...policyEn,
    ...zonesEn,
    changeInvalid: "This change cannot be made: {kind}",
    portsExhausted: "No port is left that gets through.",
    varClientPort: "client ephemeral port",
    varClientPortControl: "client ephemeral port (control)",
    varClientPortData: "client ephemeral port (data)",
    varPasvPort: "server passive port",
    varPortCommand: "port in the client's PORT command",
    varLbPort: "load balancer source port ({target})",
    varNaptPort: "router NAPT port",
    varAftrPort: "AFTR NAT44 port",
    natPortLabel: "NAT gateway source port ({connection})",
    labelRequest: "{app} request",
    labelRequestPlain: "request",
    labelPing: "ping (ICMP echo request)",
    labelReply: "reply",
    replyTo: "reply to {request}",
    labelFtpControl: "FTP control connection (port 21)",
    labelFtpDataPassive: "FTP data connection (passive: opened by the client)",
    labelFtpDataActive: "FTP data connection (active: opened by the server)",
    labelPortCommand: "PORT command",
    labelToLb: "request to the load balancer",
    labelLbToTarget: "load balancer to {target}",
    labelFromLb: "reply from the load balancer",
    labelToService: "request to {service}",
    labelSameLan: "{from} to {to} (same LAN)",
    labelConnection: "connection from {from} to {to}",
    sendPacket: "{host} sends the packet ({proto} {src}:{sport} → {dst}:{dport}).",
    sendIcmp: {
      text: "{host} sends the packet ({proto}{isEchoRequest}{isEchoReply}{isOtherIcmp}, {src} → {dst}).",
      isEchoRequest: " echo request (type {icmpNumber})",
      isEchoReply: " echo reply (type {icmpNumber})",
      isOtherIcmp: " type {icmpNumber}",
    },
    sendSimple: "{host} sends ({src} → {dst}).",
    received: "{host} receives it.",
    receivedReply: "{host} receives the reply.",
    replies: "{host} replies.",
    connects: "{host} connects to {dst} port {port}.",
    connectsTo: "{host} connects to {to}.",
    noAddressToReach: {
      text: "{host} has no {isIpv6}{isIpv4}, so it cannot be addressed from here.",
      isIpv6: "IPv6 address",
      isIpv4: "public or Elastic IP",
    },
    senderNoAddress: "The sender has no {family} address.",
    noIpv6Address: "{host} has no IPv6 address.",
    naclAllow:
      "Network ACL {nacl} {dir} rule {rule} ({ruleText}) allows destination port {ports}: rules are evaluated in ascending order and the first match wins.",
    naclAllowIcmp: {
      text: "Network ACL {nacl} {dir} rule {rule} ({ruleText}) allows ICMP{isEchoRequest}{isEchoReply}{isOtherIcmp}: rules are evaluated in ascending order and the first match wins.",
      isEchoRequest: " echo request (type {icmpNumber})",
      isEchoReply: " echo reply (type {icmpNumber})",
      isOtherIcmp: " type {icmpNumber}",
    },
    naclDeny: {
      text: "Network ACL {nacl} {dir} rule {rule} ({ruleText}) denies it.{isFinalRule} Network ACLs are stateless: replies need their own allow rule.{replyPorts}",
      isFinalRule: " No rule allows it, so the final * rule denies it.",
      replyPorts:
        " This reply goes to the port the client's OS chose (ephemeral ports {replyPorts}), not to the service port.",
    },
    naclPartial: "Network ACL {nacl} {dir} rules allow only ports {passed}; ports {denied} are denied by rule {rule}.",
    naclDenyPorts: {
      text: "Network ACL {nacl} {dir} rule {rule} denies ports {ports}.{replyPorts}",
      replyPorts: " A reply goes to the client's ephemeral port.",
    },
    sgDeny: {
      text: "No {dir} rule in security group {groups} allows this traffic ({proto}{ports}{isEchoRequest}{isEchoReply}{isOtherIcmp}). Security groups have allow rules only; anything no rule allows is denied.",
      ports: " port {ports}",
      isEchoRequest: " echo request, type {icmpNumber}",
      isEchoReply: " echo reply, type {icmpNumber}",
      isOtherIcmp: " type {icmpNumber}",
    },
    sgDenyPorts: "Security group {groups} does not allow ports {ports}.",
    sgAllowRequest:
      "Security group {group} {dir} rule ({ruleText}) allows it. Security groups are stateful: the connection is tracked, so its replies are allowed.",
    sgAllowRequestOpen:
      "Security group {group} {dir} rule ({ruleText}) allows it. Its replies are allowed too: the rule in the other direction ({replyRule}) allows all traffic.",
    sgAllowReplyByRule:
      "The reply is allowed: security group {group} {dir} rule ({ruleText}) allows all traffic. Because the request's rule allows every source and the other direction allows everything, AWS does not track this connection and lets the rules decide.",
    sgAllow: "Security group {group} {dir} rule ({ruleText}) allows it.",
    sgSession:
      "Security groups are stateful: this reply belongs to a tracked connection, so it is allowed regardless of {dir} rules.",
    firewallSession: "The host firewall on {host} allows the reply to a connection it already let through.",
    firewallAllow: {
      text: "The host firewall on {host} allows it ({rule}local port {local}, remote port {remote}).",
      rule: "rule {rule}, ",
    },
    firewallBlock: {
      text: "The host firewall on {host} blocks this {dir} traffic (local port {local}, remote port {remote}).{rule}{isDefault}",
      rule: " Rule {rule} blocks it.",
      isDefault: " No allow rule matches, so the default action (block) applies.",
    },
    firewallBlockPorts: {
      text: "The host firewall blocks ports {ports}.{rule}{isDefault}",
      rule: " Rule {rule} blocks them.",
      isDefault: " No allow rule matches them, so the default action blocks them.",
    },
    notListening: "{host} is not listening on {proto} port {ports}.",
    loopBackstop: "The packet loops: it keeps being forwarded without reaching a destination.",
    noRoute: { text: "Route table {table} has no route to {dst}.{isIpv6}", isIpv6: " IPv6 needs its own ::/0 route." },
    routeLoop: "Routing loop: route {route} brings the packet back to route table {table}, which already forwarded it.",
    blackhole: "Route {route} is a blackhole (its target no longer exists), so the packet is dropped.",
    natInstanceLoop:
      "Routing loop: the route table of {host}'s own subnet sends the packets {host} forwards back to {host}. A NAT instance must sit in a public subnet with a route to the internet gateway.",
    natGatewayLoop:
      "Routing loop: the route table of NAT gateway {nat}'s own subnet sends its traffic back to {nat}. A NAT gateway must sit in a public subnet with a route to the internet gateway.",
    routeForward: "Route table {table}: the most specific match is {route}.",
    noInterface: "No network interface in the VPC has address {dst}.",
    awsServiceAddress:
      "{dst} is the address of {service}: this traffic is not filtered by security groups or network ACLs.",
    sameSubnet: "Both ends are in subnet {subnet}: network ACLs are not evaluated within a subnet.",
    sourceDestCheck:
      "The packet is not addressed to {host}; with the source/destination check on (the default), an instance drops traffic that is not addressed to it. A NAT instance needs the check disabled.",
    natInstanceNoSession:
      "This reply belongs to no connection that started through NAT instance {host}, so it has no translation to use.",
    natInstanceIpv4Only: "A NAT instance translates IPv4 only.",
    natInstanceOut:
      "NAT instance {host} (source/destination check disabled) forwards the packet and rewrites its source from {from} to its own address {to}.",
    natInstanceBack: "NAT instance {host} translates the reply's destination back to {to} and forwards it.",
    igwNoPublicIp:
      "Source {src} has no public or Elastic IP, so the internet gateway cannot translate it and the packet cannot reach the internet.",
    igwOut: "The internet gateway translates source {from} to {host}'s public IP {to} (one-to-one NAT).",
    igwIn: "The internet gateway translates destination public IP {from} to {host}'s private IP {to}.",
    igwIpv6: "IPv6 passes the internet gateway untranslated.",
    eigwOut: "The egress-only internet gateway forwards the outbound IPv6 packet and keeps state for the replies.",
    eigwNoSession: "The egress-only internet gateway does not let the internet initiate IPv6 connections.",
    eigwReply: "A reply to an outbound connection: the egress-only internet gateway lets it in.",
    natGatewayNoSessionOut:
      "This reply does not belong to a connection that started through the NAT gateway; a NAT gateway cannot carry replies to inbound-initiated connections.",
    natGatewayNoSessionIn:
      "The packet matches no NAT session: a NAT gateway accepts no connection initiated from outside and does not support port forwarding.",
    natGatewayIpv4Only: "A NAT gateway handles IPv4 only; use an egress-only internet gateway for IPv6.",
    natGatewayOut:
      "The NAT gateway rewrites the source from {from} to its own address {to} with a source port from 1024-65535, and creates a session for the replies.",
    natGatewayBack: "The NAT gateway matches the session and translates the destination back to {to}.",
    privateOnInternet: "Destination {dst} is a private address, which is not routable on the internet.",
    privateFromInternet: "Destination {dst} is a private address: it cannot be reached from the internet.",
    hairpin:
      "Destination {dst} is a public address of this VPC, so the packet comes back in through the internet gateway.",
    exitsToInternet: "The packet leaves the VPC toward {host} on the internet.",
    noPublicIpAssociation: "{dst} is not associated with any resource in this VPC (no public IP association).",
    noIgw: "No internet gateway is attached to the VPC.",
    lbNoListener: "The load balancer has no listener on port {port}.",
    awsServiceExempt: "Traffic to {service} ({address}) is not filtered by security groups or network ACLs.",
    ftpPortCommand: {
      text: "Active mode: the client's PORT command announces {address} and port {ports}; the server connects from port 20.{isPrivate}",
      isPrivate: " That address is private, and no NAT on the way rewrites FTP payloads.",
    },
    lanDirect: "{from} connects directly to {to} port {port} on the same LAN (the router is not involved).",
    homeIpv6Firewall:
      "IPv6 has no NAT, but the router's stateful firewall drops unsolicited inbound traffic: it needs a pinhole, not a port forward.",
    homeIpv6Pass: "The IPv6 firewall lets it through (no NAT).",
    homeDsLiteInbound:
      "With DS-Lite the router (the B4) has no IPv4 address of its own; the ISP's AFTR ({aftr}) does the NAT44 and has no mapping for a connection started from outside, so it drops it: the router cannot forward ports.",
    homeNoWanIpv4: "The router has no WAN IPv4 address, so nothing can address it over IPv4.",
    homeNoWanIpv4Out: "The router has no WAN IPv4 address.",
    homeCgnat:
      "The router's WAN address {wan} is {wanKind}: the ISP NATs again, so connections from the internet never reach the router and port forwarding cannot work.",
    homeOutsidePsid:
      "With MAP-E only the ports in this line's port set (PSID) of the shared IPv4 address are usable; port {port} is outside it, so it never arrives.",
    homeFilterDrop:
      "IP filter {priority} ({filter}) drops it; a pass filter must come before it (a lower priority number).",
    homeFilterDropOut: "IP filter {priority} drops it.",
    homeFilterPass: "IP filter {priority} passes it.",
    homeNoMapping:
      "No NAPT mapping matches and there is no DMZ host, so the router drops it: NAPT creates mappings only for traffic started from inside.",
    homeForward: "Port forward {forward} rewrites the destination to {to}:{port}.",
    homeDmz:
      "No mapping matches, so the router sends it to the DMZ host {host}, which receives every unsolicited inbound packet.",
    homeSessionBack: "The router matches the session and sends the reply back from its original address and port.",
    homeDsLiteTunnel:
      "DS-Lite: the router (the B4) does no NAT; it encapsulates the IPv4 packet unchanged in IPv6 and tunnels it to the ISP's AFTR.",
    homeAftrNat:
      "The ISP's AFTR ends the tunnel and, with NAT44, rewrites the source from {from} to its shared public IPv4 address {to} and a port, creating a session.",
    homeNapt: {
      text: "NAPT rewrites the source to the WAN address and a port from {ports} and creates a session.{isMapE}",
      isMapE: " With MAP-E only this line's port set is used.",
    },
    homeIpv6Out: "IPv6 leaves without NAT; the router's firewall keeps state for the reply.",
    homeAftrBack:
      "The reply matches the AFTR's session: its destination goes back to {to} and it is tunnelled to the router (the B4).",
    homeDecapsulate: "The router decapsulates the reply and sends it to the LAN host.",
    homeSessionReply: "The reply matches the session and goes back to the LAN host.",
    flowDelivered: "{flow} ({os}): delivered both ways for every port.",
    flowPartial: {
      text: "{flow} ({os}): only part of the port range gets through.{port}{cause}",
      port: " E.g. port {port} fails.",
      cause: " {cause}",
    },
    flowBlocked: { text: "{flow} ({os}): blocked.{cause}", cause: " {cause}" },
    flowRequestArrives:
      "{flow} ({os}): the reply is dropped, but the request reaches its destination; a forbidden flow must be stopped on the way in.",
    failForbidden: "the forbidden flow {flow} gets through for {os}: its request reaches {to}.",
    failGoal: {
      text: "{flow} fails for {os}{isPartial}{port}.{cause}",
      isPartial: " on part of the port range",
      port: " (e.g. port {port})",
      cause: " {cause}",
    },
    choiceNeeded: "Needed: without it, {failure}",
    choiceNeededPart: "Needed: part of the combination that meets the goals.",
    choiceHarmful: "Harmful: with this change, {failure}",
    choiceLeaks: "Too permissive: the forbidden flow {flow} ({os}) gets through.",
    choiceOpensLayer:
      "Too permissive: {node} now lets the forbidden flow {flow} through (another layer still blocks it, but this opens more than the goal needs).",
    layerOpened: "{flow} now passes {node}.",
    choiceWider: "Too permissive: it does the job of {choice} but allows more than {choice} does.",
    choiceInsufficient: "Not needed (insufficient): in place of {choice}, {failure}",
    choiceAlternative:
      "Not needed for this answer: on its own it also meets the goals, but it is not the combination the question asks for (an alternative).",
    choiceSgOutbound:
      "Not needed: security groups are stateful, so replies to an allowed request leave regardless of outbound rules.",
    choiceNoHelp: { text: "Not needed: it does not help the goal flows.{failure}", failure: " {failure}" },
    choiceNoEffect: "Not needed: it changes nothing on the path or the outcome of the goal flows.",
    noOpNothing: "Not needed: this choice changes nothing the simulator models.",
    noOpSettings: "Not needed: the scenario already has these settings, so nothing changes.",
    noOpSetting: "Not needed: the scenario already has this setting, so nothing changes.",
    noOpAllOutbound: {
      text: "Not needed: the same rule already exists, so nothing changes (the group's default allow-all outbound rule).{isTrackingNote}",
      isTrackingNote: " Replies are allowed by connection tracking anyway.",
    },
    noOpSgRule: "Not needed: security group {group} already has this rule, so nothing changes.",
    noOpNoPublicIp: {
      text: "Not needed: {host} has no {isEip}{isPublicIp} to remove, so nothing changes.",
      isEip: "Elastic IP",
      isPublicIp: "public IP",
    },
    noOpHasPublicIp: {
      text: "Not needed: {host} already has {isEip}{isPublicIp} {address}, so nothing changes.",
      isEip: "Elastic IP",
      isPublicIp: "public IP",
    },
    noOpAttached: "Not needed: {group} is already attached to {host}, so nothing changes.",
    noOpNacl: "Not needed: subnet {subnet} already uses network ACL {nacl}, so nothing changes.",
    noOpRouteTable: "Not needed: subnet {subnet} already uses route table {table}, so nothing changes.",
  },
};
