/**
 * The scenario format (documented in SCENARIO.md), as zod schemas. These check shape only; references,
 * CIDR containment, overlaps and AWS limits are checked in validate.ts so that errors name the exact field.
 * Rule numbers, SG deny actions and route targets are deliberately loose here: inside a `choices:` change
 * they are classified `invalid`, not rejected (the question asks which choices AWS cannot express).
 */
import { z } from "zod";
import { hostObservationFields, lbObservationFields } from "./schema-policy";

export const nameSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, "a name uses letters, digits and - _ . :");
export const regionSchema = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "a Region id such as us-east-1");
export const portSpecSchema = z.union([z.number().int(), z.string()]);
export const protoSchema = z.union([z.enum(["tcp", "udp", "icmp", "icmpv6", "all"]), z.number().int()]);
export const osIdSchema = z.enum([
  "linux",
  "linux-legacy",
  "windows",
  "windows-xp",
  "nat-gateway",
  "elb",
  "lambda",
  "macos",
]);
export type OsId = z.infer<typeof osIdSchema>;
export const osSetSchema = z.union([osIdSchema, z.literal("all"), z.array(osIdSchema).min(1)]);
export const icmpSchema = z
  .object({ type: z.number().int().min(-1).max(255), code: z.number().int().min(-1).max(255).optional() })
  .strict();

/** One security group rule. `from` on inbound, `to` on outbound: a CIDR or the name of a security group. */
export const sgRuleSchema = z
  .object({
    proto: protoSchema,
    ports: portSpecSchema.optional(),
    icmp: icmpSchema.optional(),
    from: z.string().optional(),
    to: z.string().optional(),
    action: z.enum(["allow", "deny"]).optional(),
    description: z.string().optional(),
  })
  .strict();
export type SgRule = z.infer<typeof sgRuleSchema>;

export const securityGroupSchema = z
  .object({
    kind: z.enum(["new", "default", "custom"]).default("new"),
    inbound: z.array(sgRuleSchema).default([]),
    outbound: z.array(sgRuleSchema).default([]),
    vpc: z.string().optional(),
  })
  .strict();
export type SecurityGroup = z.infer<typeof securityGroupSchema>;

/** One NACL entry. `rule` 1-32766 (checked later: NACL-2). */
export const naclRuleSchema = z
  .object({
    rule: z.number().int(),
    proto: protoSchema,
    ports: portSpecSchema.optional(),
    icmp: icmpSchema.optional(),
    from: z.string().optional(),
    to: z.string().optional(),
    action: z.enum(["allow", "deny"]),
  })
  .strict();
export type NaclRule = z.infer<typeof naclRuleSchema>;

export const naclSchema = z
  .object({
    kind: z.enum(["default", "custom"]).default("custom"),
    inbound: z.array(naclRuleSchema).default([]),
    outbound: z.array(naclRuleSchema).default([]),
    vpc: z.string().optional(),
  })
  .strict();
export type Nacl = z.infer<typeof naclSchema>;

export const routeSchema = z.object({ to: z.string(), via: z.string(), blackhole: z.boolean().optional() }).strict();
export type Route = z.infer<typeof routeSchema>;

export const routeTableSchema = z
  .object({
    main: z.boolean().default(false),
    routes: z.array(routeSchema).default([]),
    /** The VPC the table belongs to (default: the first VPC, `vpc:`). */
    vpc: z.string().optional(),
    /** Virtual private gateways whose routes propagate into this table [S2S-RT]. */
    propagate: z.array(z.string()).optional(),
  })
  .strict();
export type RouteTable = z.infer<typeof routeTableSchema>;

export const subnetSchema = z
  .object({
    cidr: z.string(),
    ipv6Cidr: z.string().optional(),
    routeTable: z.string().optional(),
    nacl: z.string().optional(),
    /** The VPC the subnet is in (default: the first VPC, `vpc:`). */
    vpc: z.string().optional(),
    availabilityZone: z.string().optional(),
  })
  .strict();
export type Subnet = z.infer<typeof subnetSchema>;

/** Host firewall rule (seed 002): local port = this host's port, remote port = the peer's port. */
export const firewallRuleSchema = z
  .object({
    direction: z.enum(["inbound", "outbound"]),
    action: z.enum(["allow", "block"]),
    proto: protoSchema,
    localPorts: portSpecSchema.optional(),
    remotePorts: portSpecSchema.optional(),
    remote: z.string().optional(),
  })
  .strict();
export type FirewallRule = z.infer<typeof firewallRuleSchema>;

export const hostFirewallSchema = z
  .object({
    inbound: z.enum(["allow", "block"]).default("block"),
    outbound: z.enum(["allow", "block"]).default("allow"),
    rules: z.array(firewallRuleSchema).default([]),
  })
  .strict();
export type HostFirewall = z.infer<typeof hostFirewallSchema>;

export const ftpServerSchema = z
  .object({
    pasvPorts: portSpecSchema.default("1024-65535"),
    advertise: z.enum(["public", "private"]).default("public"),
  })
  .strict();

/** Services a host listens on: "http", "tcp/8080", "udp/53", or "any" (the default). */
export const listensSchema = z.union([z.literal("any"), z.array(z.string())]).default("any");

export const hostSchema = z
  .object({
    subnet: z.string(),
    ip: z.string().optional(),
    ipv6: z.string().optional(),
    publicIp: z.string().optional(),
    elasticIp: z.string().optional(),
    os: osIdSchema.default("linux"),
    ephemeralPorts: portSpecSchema.optional(),
    securityGroups: z.array(z.string()).optional(),
    listens: listensSchema,
    firewall: hostFirewallSchema.optional(),
    ftp: ftpServerSchema.optional(),
    /** RT-10: on by default. `false` makes the instance a NAT instance: it forwards and source-NATs traffic routed to it. */
    sourceDestCheck: z.boolean().optional(),
    ...hostObservationFields,
  })
  .strict();
export type Host = z.infer<typeof hostSchema>;

export const natGatewaySchema = z
  .object({ subnet: z.string(), ip: z.string().optional(), elasticIp: z.string().optional() })
  .strict();
export type NatGateway = z.infer<typeof natGatewaySchema>;

export const loadBalancerSchema = z
  .object({
    type: z.enum(["application", "classic", "network"]).default("application"),
    subnet: z.string(),
    /** More subnets (one per Availability Zone); the load balancer has a node in each. */
    subnets: z.array(z.string()).optional(),
    /** Internal load balancers have no public address. */
    scheme: z.enum(["internet-facing", "internal"]).optional(),
    /** Network Load Balancer: client IP preservation, on by default for instance targets [NLB-IP]. */
    preserveClientIp: z.boolean().optional(),
    /** Network Load Balancer target type: `instance` (default) or `ip` (client IP preservation off by default for TCP). */
    targetType: z.enum(["instance", "ip"]).optional(),
    crossZone: z.boolean().optional(),
    ip: z.string().optional(),
    publicIp: z.string().optional(),
    securityGroups: z.array(z.string()).default([]),
    listeners: z
      .array(
        z
          .object({
            port: z.number().int(),
            proto: z.enum(["tcp", "udp", "tls", "http", "https"]).default("http"),
            targetPort: z.number().int(),
            targets: z.array(z.string()).min(1),
          })
          .strict(),
      )
      .min(1),
    ...lbObservationFields,
  })
  .strict();
export type LoadBalancer = z.infer<typeof loadBalancerSchema>;

export const internetHostSchema = z
  .object({
    ip: z.string().optional(),
    ipv6: z.string().optional(),
    os: osSetSchema.default("all"),
    listens: listensSchema,
    ftp: ftpServerSchema.optional(),
  })
  .strict();
export type InternetHost = z.infer<typeof internetHostSchema>;

export const vpcSchema = z
  .object({
    /** The VPC's name in a scenario with several VPCs (default `vpc`). */
    name: nameSchema.optional(),
    region: regionSchema.optional(),
    /** A virtual private gateway attached to this VPC (Site-to-Site VPN, Direct Connect). */
    vpnGateway: z.string().optional(),
    cidr: z.string(),
    ipv6Cidr: z.string().optional(),
    internetGateway: z.string().optional(),
    egressOnlyInternetGateway: z.string().optional(),
    /** Secondary IPv4 CIDR blocks (SCENARIO.md §4b). */
    secondaryCidrs: z.array(z.string()).optional(),
  })
  .strict();
export type Vpc = z.infer<typeof vpcSchema>;
