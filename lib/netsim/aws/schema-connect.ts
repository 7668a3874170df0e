/**
 * The scenario format for connecting networks (SCENARIO.md §4a): several VPCs, VPC peering, a transit gateway with its
 * route tables, gateway and interface VPC endpoints (and endpoint services behind a Network Load Balancer), and an
 * on-premises network behind a virtual private gateway (Site-to-Site VPN or Direct Connect). Shape only; references,
 * Regions and overlaps are checked in scenario/validate-connect.ts.
 */
import { z } from "zod";
import { nameSchema, osSetSchema, listensSchema, regionSchema } from "./schema";
import { policyStatementSchema } from "./schema-policy";
import { connectionZoneFields } from "./schema-zones";

/** A VPC besides the scenario's first one (`vpc:`). Its subnets, route tables, NACLs and groups say `vpc: <name>`. */
export const extraVpcSchema = z
  .object({
    cidr: z.string(),
    ipv6Cidr: z.string().optional(),
    region: regionSchema.optional(),
    internetGateway: z.string().optional(),
    egressOnlyInternetGateway: z.string().optional(),
    vpnGateway: z.string().optional(),
    /** Secondary IPv4 CIDR blocks (SCENARIO.md §4b). */
    secondaryCidrs: z.array(z.string()).optional(),
  })
  .strict();
export type ExtraVpc = z.infer<typeof extraVpcSchema>;

/** A VPC peering connection (`pcx`): routes in both VPCs name it with `via:` [VPC-PEER]. */
export const peeringSchema = z
  .object({
    requester: z.string(),
    accepter: z.string(),
    /** `pending-acceptance` carries no traffic until accepted [VPC-PEER]. */
    status: z.enum(["active", "pending-acceptance"]).default("active"),
  })
  .strict();
export type Peering = z.infer<typeof peeringSchema>;

/** A transit gateway attachment: a VPC (with one subnet per AZ holding its network interface) or a VPN. */
export const tgwAttachmentSchema = z
  .object({
    vpc: z.string().optional(),
    subnets: z.array(z.string()).optional(),
    vpn: z.string().optional(),
    /** Appliance mode (symmetric routing through one AZ for stateful appliances); no effect on reachability here. */
    applianceMode: z.boolean().optional(),
  })
  .strict();
export type TgwAttachment = z.infer<typeof tgwAttachmentSchema>;

export const tgwRouteSchema = z
  .object({ to: z.string(), attachment: z.string().optional(), blackhole: z.boolean().optional() })
  .strict();
export type TgwRoute = z.infer<typeof tgwRouteSchema>;

/** A transit gateway route table: the attachments associated with it look up routes in it [TGW-RT]. */
export const tgwRouteTableSchema = z
  .object({
    associations: z.array(z.string()).default([]),
    propagations: z.array(z.string()).default([]),
    routes: z.array(tgwRouteSchema).default([]),
  })
  .strict();
export type TgwRouteTable = z.infer<typeof tgwRouteTableSchema>;

export const transitGatewaySchema = z
  .object({
    region: regionSchema.optional(),
    attachments: z.record(nameSchema, tgwAttachmentSchema).default({}),
    routeTables: z.record(nameSchema, tgwRouteTableSchema).default({}),
  })
  .strict();
export type TransitGateway = z.infer<typeof transitGatewaySchema>;

export const endpointPolicySchema = z.object({ statements: z.array(policyStatementSchema) }).strict();
export type EndpointPolicy = z.infer<typeof endpointPolicySchema>;

// The AWS services a gateway endpoint serves [VPCE-GW]: in service-ranges.ts (no zod), for the simulator's own use.
export { GATEWAY_SERVICES } from "./service-ranges";

/**
 * A VPC endpoint. `gateway` (S3, DynamoDB): a prefix-list route in each listed route table. `interface`: one network
 * interface per listed subnet, with security groups; the service is an AWS service name (`sqs`, `ssm`, `s3` …) or
 * the name of an `endpointServices:` entry [VPCE-IF], [PL-SVC].
 */
export const vpcEndpointSchema = z
  .object({
    type: z.enum(["gateway", "interface"]),
    service: z.string(),
    vpc: z.string().optional(),
    routeTables: z.array(z.string()).default([]),
    subnets: z.array(z.string()).default([]),
    ips: z.array(z.string()).optional(),
    securityGroups: z.array(z.string()).optional(),
    privateDns: z.boolean().optional(),
    policy: endpointPolicySchema.optional(),
    /** The Region of the service (default: the VPC's). Gateway endpoints: the VPC's only; interface endpoints may be cross-Region [VPCE-XR]. */
    region: regionSchema.optional(),
  })
  .strict();
export type VpcEndpoint = z.infer<typeof vpcEndpointSchema>;

/** An endpoint service (PrivateLink) in a provider VPC, in front of a Network Load Balancer [PL-SVC]. */
export const endpointServiceSchema = z
  .object({
    loadBalancer: z.string(),
    acceptanceRequired: z.boolean().default(false),
    /** Endpoint connections waiting for acceptance carry no traffic. Names of `endpoints:` entries. */
    accepted: z.array(z.string()).optional(),
  })
  .strict();
export type EndpointService = z.infer<typeof endpointServiceSchema>;

export const onPremHostSchema = z
  .object({ ip: z.string(), os: osSetSchema.default("linux"), listens: listensSchema })
  .strict();

/**
 * An on-premises network behind a virtual private gateway (or a transit gateway VPN attachment). `routing: static`
 * sends only the connection's `staticRoutes` toward on premises; `dynamic` (BGP; Direct Connect is always BGP)
 * advertises the on-premises `cidrs` [S2S-RT], [DX-VIF]. `routesToAws` is what the customer router sends to AWS
 * (with BGP it learns the VPC CIDRs itself).
 */
export const onPremConnectionSchema = z
  .object({
    type: z.enum(["vpn", "direct-connect"]),
    gateway: z.string(),
    routing: z.enum(["static", "dynamic"]).optional(),
    staticRoutes: z.array(z.string()).default([]),
    ...connectionZoneFields,
  })
  .strict();
export type OnPremConnection = z.infer<typeof onPremConnectionSchema>;

export const onPremisesSchema = z
  .object({
    cidrs: z.array(z.string()).min(1),
    connection: onPremConnectionSchema,
    /** Further connections of the same network to the same gateway; the gateway prefers one by route priority [S2S-PRIO]. */
    moreConnections: z.array(onPremConnectionSchema).optional(),
    /** Customer gateway devices of the site that no connection uses yet (SCENARIO.md §4b). */
    customerGateways: z.array(z.string()).optional(),
    routesToAws: z.array(z.string()).optional(),
    hosts: z.record(nameSchema, onPremHostSchema).default({}),
  })
  .strict();
export type OnPremises = z.infer<typeof onPremisesSchema>;

/** Flow fields for a flow to an AWS service (`to: s3`, `to: dynamodb`, `to: sqs` …) or an endpoint service. */
export const serviceFlowFields = {
  /** The service's Region (default: the client's VPC's Region). */
  region: regionSchema.optional(),
  /** The bucket, table or object the request is about (`reports/2026.csv`, `orders`), matched by endpoint policies. */
  resource: z.string().optional(),
  /** The API action (`s3:GetObject`), matched by endpoint policies. */
  action: z.string().optional(),
};

/** Changes (choices) for these constructs. */
export const connectChangeShapes = {
  createPeering: z.object({ name: nameSchema }).extend(peeringSchema.shape).strict(),
  acceptPeering: z.object({ name: z.string() }).strict(),
  deletePeering: z.object({ name: z.string() }).strict(),
  createEndpoint: z.object({ name: nameSchema }).extend(vpcEndpointSchema.shape).strict(),
  deleteEndpoint: z.object({ name: z.string() }).strict(),
  setEndpointPolicy: z.object({ endpoint: z.string(), policy: endpointPolicySchema.nullable() }).strict(),
  setPrivateDns: z.object({ endpoint: z.string(), enabled: z.boolean() }).strict(),
  associateEndpointRouteTable: z.object({ endpoint: z.string(), table: z.string() }).strict(),
  createTgwAttachment: z.object({ tgw: z.string(), name: nameSchema }).extend(tgwAttachmentSchema.shape).strict(),
  associateTgwRouteTable: z.object({ tgw: z.string(), table: z.string(), attachment: z.string() }).strict(),
  enableTgwPropagation: z.object({ tgw: z.string(), table: z.string(), attachment: z.string() }).strict(),
  addTgwRoute: z
    .object({
      tgw: z.string(),
      table: z.string(),
      to: z.string(),
      attachment: z.string().optional(),
      blackhole: z.boolean().optional(),
    })
    .strict(),
  removeTgwRoute: z.object({ tgw: z.string(), table: z.string(), to: z.string() }).strict(),
  /** Route propagation from a virtual private gateway into a VPC route table [S2S-RT]. */
  enableRoutePropagation: z.object({ table: z.string(), gateway: z.string() }).strict(),
  addVpnStaticRoute: z.object({ network: z.string(), to: z.string() }).strict(),
  setOnPremRoutesToAws: z.object({ network: z.string(), routes: z.array(z.string()) }).strict(),
  setPreserveClientIp: z.object({ loadBalancer: z.string(), enabled: z.boolean() }).strict(),
  acceptEndpointConnection: z.object({ service: z.string(), endpoint: z.string() }).strict(),
};
