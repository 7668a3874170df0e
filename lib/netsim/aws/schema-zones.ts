/**
 * The scenario format for Availability Zones, failures a design must survive, and changes that create resources
 * (SCENARIO.md §3c, §4b). Shape only; references and AWS rules are checked in aws/zones.ts (validateZones).
 */
import { z } from "zod";
import { nameSchema, regionSchema, subnetSchema } from "./schema";

/**
 * One component the goals must survive losing (`failures:` in a scenario): every goal is evaluated once more with it
 * down. Exactly one key: an Availability Zone (every subnet, instance, NAT gateway, load balancer node, endpoint and
 * transit gateway attachment interface in it), an on-premises connection by name (a Direct Connect connection or a
 * Site-to-Site VPN connection), a customer gateway device (every connection that ends on it), a NAT gateway, an instance.
 */
export const failureSchema = z
  .object({
    az: z.string(),
    connection: z.string(),
    customerGateway: z.string(),
    natGateway: z.string(),
    host: z.string(),
  })
  .partial()
  .strict()
  .refine(
    (f) => Object.keys(f).length === 1,
    "a failure names exactly one of az, connection, customerGateway, natGateway, host",
  );
export type Failure = z.infer<typeof failureSchema>;

/** Fields an on-premises connection gains (SCENARIO.md §4b): a name, the customer gateway device, its state. */
export const connectionZoneFields = {
  /** The connection's name, for `failures: [{ connection: … }]` (default: `<network>` for the first connection). */
  name: nameSchema.optional(),
  /** The customer gateway device the connection ends on (Site-to-Site VPN). */
  customerGateway: z.string().optional(),
  /** `down`: the connection carries nothing (its BGP routes are withdrawn). */
  state: z.enum(["up", "down"]).optional(),
  /** Dead Peer Detection of the tunnels (both tunnels end on the same customer gateway device). */
  tunnelOptions: z
    .object({
      dpdTimeoutSeconds: z.number().int().min(30).optional(),
      dpdAction: z.enum(["clear", "none", "restart"]).optional(),
    })
    .strict()
    .optional(),
};

/** Changes that create things, and a few settings of the constructs above. */
export const zoneChangeShapes = {
  /** A new VPC (empty: its main route table, default NACL and default security group are implicit). */
  createVpc: z
    .object({
      name: nameSchema,
      cidr: z.string(),
      region: regionSchema.optional(),
      internetGateway: z.string().optional(),
      vpnGateway: z.string().optional(),
    })
    .strict(),
  /** A secondary IPv4 CIDR block of a VPC (peering and transit gateway overlap checks see it). */
  addVpcCidr: z.object({ vpc: z.string(), cidr: z.string() }).strict(),
  createSubnet: z.object({ name: nameSchema }).extend(subnetSchema.shape).strict(),
  /** Launch an instance again in another subnet (e.g. an Auto Scaling group's subnets changed, or a re-created VPC). */
  moveHost: z
    .object({
      host: z.string(),
      subnet: z.string(),
      ip: z.string().optional(),
      securityGroups: z.array(z.string()).optional(),
    })
    .strict(),
  createRouteTable: z.object({ name: nameSchema, vpc: z.string().optional() }).strict(),
  createTgwRouteTable: z
    .object({
      tgw: z.string(),
      table: nameSchema,
      associations: z.array(z.string()).default([]),
      propagations: z.array(z.string()).default([]),
    })
    .strict(),
  createTransitGateway: z.object({ name: nameSchema, region: regionSchema.optional() }).strict(),
  /** ModifyTransitGatewayVpcAttachment: subnets added to / removed from a VPC attachment (one per AZ) [TGW-AZ]. */
  modifyTgwAttachment: z
    .object({
      tgw: z.string(),
      attachment: z.string(),
      addSubnets: z.array(z.string()).default([]),
      removeSubnets: z.array(z.string()).default([]),
    })
    .strict(),
  /** Appliance mode of a transit gateway VPC attachment (symmetric flows for stateful appliances). */
  setApplianceMode: z.object({ tgw: z.string(), attachment: z.string(), enabled: z.boolean() }).strict(),
  /** ModifyVpnTunnelOptions: Dead Peer Detection timeout and action of a connection's tunnels. */
  setVpnTunnelOptions: z
    .object({
      connection: z.string(),
      dpdTimeoutSeconds: z.number().int().optional(),
      dpdAction: z.enum(["clear", "none", "restart"]).optional(),
    })
    .strict(),
  /** A customer gateway (the AWS resource for an on-premises device), not yet used by any connection. */
  createCustomerGateway: z.object({ network: z.string(), name: nameSchema }).strict(),
  /** One more connection of an on-premises network (a second VPN on another device, a VPN backing up Direct Connect). */
  createVpnConnection: z
    .object({
      network: z.string(),
      name: nameSchema,
      type: z.enum(["vpn", "direct-connect"]).default("vpn"),
      gateway: z.string(),
      routing: z.enum(["static", "dynamic"]).optional(),
      staticRoutes: z.array(z.string()).default([]),
      customerGateway: z.string().optional(),
    })
    .strict(),
};
