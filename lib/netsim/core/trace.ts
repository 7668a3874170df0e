/**
 * Trace vocabulary: Batfish step actions and dispositions, Reachability Analyzer explanation codes,
 * RA-style inbound/outbound headers on every step (network-semantics.md §7). All plain JSON.
 */
import type { Fact } from "./fact";
import type { PortSet } from "./port-set";
import type { OsId } from "../scenario/schema";

export type StepAction =
  | "ORIGINATED"
  | "RECEIVED"
  | "PERMITTED"
  | "DENIED"
  | "FORWARDED"
  | "TRANSFORMED"
  | "SETUP_SESSION"
  | "MATCHED_SESSION"
  | "TRANSMITTED"
  | "ACCEPTED"
  | "DELIVERED_TO_SUBNET"
  | "EXITS_NETWORK"
  | "NO_ROUTE"
  | "NULL_ROUTED"
  | "LOOP";

export type Component =
  | "instance"
  | "host-firewall"
  | "security-group"
  | "network-acl"
  | "route-table"
  | "internet-gateway"
  | "nat-gateway"
  | "egress-only-internet-gateway"
  | "load-balancer"
  | "internet"
  | "home-router"
  | "isp"
  | "peering-connection"
  | "transit-gateway"
  | "vpn-gateway"
  | "vpc-endpoint"
  | "on-premises"
  | "aws-service";

/** Reachability Analyzer codes where one exists [RA-EXP]; our own codes are marked in SCENARIO.md. */
export type ReasonCode =
  | "ENI_SG_RULES_MISMATCH"
  | "SUBNET_ACL_RESTRICTION"
  | "NO_ROUTE_TO_DESTINATION"
  | "BAD_STATE_ROUTE"
  | "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"
  | "NO_IGW_ATTACHED"
  | "NAT_NO_SESSION"
  | "NAT_PROTOCOL_UNSUPPORTED"
  | "EIGW_NO_SESSION"
  | "HOST_FIREWALL_BLOCK"
  | "NOT_LISTENING"
  | "PRIVATE_ADDRESS_ON_INTERNET"
  | "NO_PUBLIC_ADDRESS"
  | "ELB_LISTENER_PORT_RESTRICTION"
  | "HOME_FILTER_DROP"
  | "HOME_NO_MAPPING"
  | "HOME_CGNAT"
  | "HOME_PORT_OUTSIDE_PSID"
  | "HOME_IPV6_FIREWALL"
  | "HOME_NO_IPV4"
  | "SESSION_MATCHED"
  | "SG_UNTRACKED"
  | "SAME_SUBNET_NO_NACL"
  | "AWS_SERVICE_EXEMPT"
  | "TGW_RTB_CANNOT_ROUTE"
  | "BAD_STATE_VPC_PEERING"
  | "TRANSIT_NOT_SUPPORTED"
  | "VPN_NO_ROUTE"
  | "VPCE_POLICY_DENY"
  | "RESOURCE_POLICY_DENY"
  | "PATH_CONSTRAINT"
  | "VPCE_NOT_ACCEPTED"
  | "NO_ENDPOINT"
  | "TGW_NO_ATTACHMENT_IN_AZ"
  | "CONNECTION_DOWN"
  | "ELB_NO_SERVED_TARGET";

export type Text = { ja: string; en: string };

/** Packet header as seen by one component. A port is a set because verdicts hold for whole ranges. */
export type Header = {
  proto: string;
  /** The address, or (with srcLacks/dstLacks) the host named with what it lacks, in English for the CLI. */
  src: string;
  dst: string;
  srcPorts: PortSet | null;
  dstPorts: PortSet | null;
  icmpType?: number;
  /** The endpoint has no address of the packet's family: the player names the host and the lack in the reader's language. */
  srcLacks?: AddressLack;
  dstLacks?: AddressLack;
};

/** A host without the address a packet needs: no public IPv4 (from the internet), no IPv4, no IPv6, no WAN IPv4. */
export type AddressLack = { host: string; address: "public-ipv4" | "ipv4" | "ipv6" | "wan-ipv4" };

/** How a trace shows an AddressLack where no dictionary is at hand (the CLI, JSON): English. */
export function addressLackText({ host, address }: AddressLack): string {
  const what = {
    "public-ipv4": "public IP",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    "wan-ipv4": "WAN IPv4 address",
  };
  return `${host} (no ${what[address]})`;
}

/** The configuration item that decided a step (a NACL entry, an SG rule, a route...). `id` is stable, `text` is Batfish-like. */
export type RuleRef = {
  kind: "nacl" | "sg" | "route" | "firewall" | "session" | "nat" | "home-filter" | "port-forward" | "dmz" | "listener";
  id: string;
  text: string;
};

export type Step = {
  seq: number;
  node: string;
  component: Component;
  action: StepAction;
  before: Header;
  after: Header;
  rule?: RuleRef;
  reason?: ReasonCode;
  /** Which values of the flow's variable port (e.g. the client's ephemeral port) this step let through / stopped. */
  passed?: PortSet;
  denied?: PortSet;
  /** What happened, as a fact; explain/ turns it into a sentence. */
  fact: Fact;
};

export type Disposition =
  "ACCEPTED" | "DENIED_IN" | "DENIED_OUT" | "NO_ROUTE" | "NULL_ROUTED" | "EXITS_NETWORK" | "LOOP";

export type PacketKind = "request" | "response";
export type PacketTrace = {
  connection: string;
  kind: PacketKind;
  label: Fact;
  steps: Step[];
  disposition: Disposition;
};

/** A port the OS or a gateway chooses, and which of its values get through the whole exchange. */
export type PortVariable = { id: string; label: Fact; full: PortSet; passing: PortSet };

/** `port` is absent when the drop does not depend on a port (e.g. no route, a ping); `variable` is then ''. */
export type Counterexample = {
  variable: string;
  port?: number;
  step: number;
  packet: number;
  reason?: ReasonCode;
  rule?: RuleRef;
  fact: Fact;
};

export type FlowVerdict = "delivered" | "partial" | "blocked";

export type FlowResult = {
  flow: string;
  role: "goal" | "forbidden";
  os: OsId;
  verdict: FlowVerdict;
  /** goal: delivered for every port; forbidden: blocked for every port. */
  isSatisfied: boolean;
  variables: PortVariable[];
  counterexample?: Counterexample;
  packets: PacketTrace[];
  /** The verdict in one fact (delivered / partial with a port / blocked, or a forbidden request that arrives). */
  summary: Fact;
};
