/**
 * Top-level scenario schema: topology (AWS VPC and/or a home network), goal and forbidden flows,
 * and one list of configuration changes per answer choice. Format: SCENARIO.md.
 */
import { z } from "zod";
import {
  firewallRuleSchema,
  hostFirewallSchema,
  hostSchema,
  internetHostSchema,
  loadBalancerSchema,
  nameSchema,
  naclRuleSchema,
  naclSchema,
  natGatewaySchema,
  osSetSchema,
  protoSchema,
  routeTableSchema,
  securityGroupSchema,
  sgRuleSchema,
  subnetSchema,
  vpcSchema,
} from "../aws/schema";
import { homeFilterSchema, homeSchema, pinholeSchema, portForwardSchema, wanChangeSchema } from "../home/schema";
import {
  connectChangeShapes,
  endpointServiceSchema,
  extraVpcSchema,
  onPremisesSchema,
  peeringSchema,
  serviceFlowFields,
  transitGatewaySchema,
  vpcEndpointSchema,
} from "../aws/schema-connect";
import {
  flowConstraintFields,
  observationChangeShapes,
  observationFlowFields,
  policyChangeShapes,
  resourcePolicySchema,
} from "../aws/schema-policy";
import { failureSchema, zoneChangeShapes } from "../aws/schema-zones";
import { createChangeShapes } from "../aws/schema-create";

export * from "../aws/schema";
export * from "../aws/schema-connect";
export * from "../aws/schema-policy";
export * from "../aws/schema-zones";
export * from "../home/schema";

/** A flow to simulate. `app` is a service name (http, ssh, dns, ftp-passive, ...) or "tcp/8080", "udp/500", "icmp". */
export const flowSchema = z
  .object({
    name: z.string().optional(),
    from: z.string(),
    to: z.string(),
    app: z.string().optional(),
    proto: protoSchema.optional(),
    port: z.number().int().min(0).max(65535).optional(),
    os: osSetSchema.optional(),
    family: z.enum(["ipv4", "ipv6"]).default("ipv4"),
    ...serviceFlowFields,
    ...flowConstraintFields,
    ...observationFlowFields,
  })
  .strict();
export type Flow = z.infer<typeof flowSchema>;

const inOut = <T extends z.ZodType>(rule: T) => ({ inbound: rule.optional(), outbound: rule.optional() });

/** One configuration change. Exactly one key per list item. */
export const changeSchema = z
  .object({
    addSgRule: z.object({ group: z.string(), ...inOut(sgRuleSchema) }).strict(),
    removeSgRule: z.object({ group: z.string(), ...inOut(sgRuleSchema) }).strict(),
    createSecurityGroup: z.object({ name: nameSchema }).extend(securityGroupSchema.shape).strict(),
    attachSecurityGroup: z.object({ host: z.string(), group: z.string() }).strict(),
    detachSecurityGroup: z.object({ host: z.string(), group: z.string() }).strict(),
    addNaclRule: z.object({ nacl: z.string(), ...inOut(naclRuleSchema) }).strict(),
    replaceNaclRule: z.object({ nacl: z.string(), ...inOut(naclRuleSchema) }).strict(),
    removeNaclRule: z.object({ nacl: z.string(), ...inOut(z.number().int()) }).strict(),
    createNacl: z.object({ name: nameSchema }).extend(naclSchema.shape).strict(),
    associateNacl: z.object({ subnet: z.string(), nacl: z.string() }).strict(),
    addRoute: z.object({ table: z.string(), to: z.string(), via: z.string() }).strict(),
    replaceRoute: z.object({ table: z.string(), to: z.string(), via: z.string() }).strict(),
    removeRoute: z.object({ table: z.string(), to: z.string() }).strict(),
    associateRouteTable: z.object({ subnet: z.string(), table: z.string() }).strict(),
    setPublicIp: z
      .object({
        host: z.string(),
        publicIp: z.string().nullable().optional(),
        elasticIp: z.string().nullable().optional(),
      })
      .strict(),
    attachInternetGateway: z.object({ name: nameSchema }).strict(),
    detachInternetGateway: z.object({}).strict(),
    createNatGateway: z.object({ name: nameSchema }).extend(natGatewaySchema.shape).strict(),
    deleteNatGateway: z.object({ name: z.string() }).strict(),
    setHostFirewall: z.object({ host: z.string(), firewall: hostFirewallSchema.nullable() }).strict(),
    addFirewallRule: z.object({ host: z.string(), rule: firewallRuleSchema }).strict(),
    setListens: z.object({ host: z.string(), listens: z.union([z.literal("any"), z.array(z.string())]) }).strict(),
    setFlowApp: z.object({ flow: z.string(), app: z.string() }).strict(),
    setSourceDestCheck: z.object({ host: z.string(), enabled: z.boolean() }).strict(),
    addPortForward: portForwardSchema,
    removePortForward: z
      .object({ proto: z.enum(["tcp", "udp"]), wanPorts: z.union([z.number().int(), z.string()]) })
      .strict(),
    setDmz: z.object({ host: z.string().nullable() }).strict(),
    addFilter: homeFilterSchema,
    removeFilter: z.object({ priority: z.number().int() }).strict(),
    addPinhole: pinholeSchema,
    setIpv6Firewall: z.object({ state: z.enum(["on", "off"]) }).strict(),
    /** WAN side of the home router (e.g. a global IPv4 address from the ISP): the given fields replace the current ones. */
    setWan: wanChangeSchema,
    ...connectChangeShapes,
    ...policyChangeShapes,
    ...observationChangeShapes,
    ...zoneChangeShapes,
    ...createChangeShapes,
  })
  .partial()
  .strict()
  .refine(
    (c) => Object.keys(c).length === 1,
    "a change has exactly one operation (e.g. addSgRule, addNaclRule, addRoute)",
  );
export type Change = z.infer<typeof changeSchema>;

/** A name shown to learners: one string (any language), or one per language. */
export const localizedSchema = z.union([
  z.string(),
  z.object({ ja: z.string().min(1), en: z.string().min(1) }).strict(),
]);
export type Localized = z.infer<typeof localizedSchema>;

// `localized` lives in a module without zod, so the browser entry (index.ts) does not pull the schemas in.
export { localized } from "./localized";

export const scenarioSchema = z
  .object({
    title: localizedSchema.optional(),
    /** Learner-facing names of hosts, gateways and other nodes, per language (`web: { ja: ..., en: web server }`). */
    names: z.record(z.string(), localizedSchema).optional(),
    key: z.array(z.string().regex(/^[A-Z]$/)).optional(),
    /** `fix` (default): the key is the smallest set of choices that meets the goals. `break`: the goals are met now and the key is the choices that would break a goal or let a forbidden flow through. */
    answer: z.enum(["fix", "break"]).optional(),
    /** How many choices the question asks for; breaks ties between working combinations of different sizes. */
    choose: z.number().int().min(1).optional(),
    vpc: vpcSchema.optional(),
    subnets: z.record(nameSchema, subnetSchema).default({}),
    routeTables: z.record(nameSchema, routeTableSchema).default({}),
    securityGroups: z.record(nameSchema, securityGroupSchema).default({}),
    nacls: z.record(nameSchema, naclSchema).default({}),
    hosts: z.record(nameSchema, hostSchema).default({}),
    natGateways: z.record(nameSchema, natGatewaySchema).default({}),
    loadBalancers: z.record(nameSchema, loadBalancerSchema).default({}),
    internet: z.record(nameSchema, internetHostSchema).default({}),
    home: homeSchema.optional(),
    /** VPCs besides `vpc:`, by name (SCENARIO.md §4a). */
    vpcs: z.record(nameSchema, extraVpcSchema).default({}),
    peerings: z.record(nameSchema, peeringSchema).default({}),
    transitGateways: z.record(nameSchema, transitGatewaySchema).default({}),
    endpoints: z.record(nameSchema, vpcEndpointSchema).default({}),
    endpointServices: z.record(nameSchema, endpointServiceSchema).default({}),
    onPremises: z.record(nameSchema, onPremisesSchema).default({}),
    /** S3 bucket and KMS key policies, by name (SCENARIO.md §3d). */
    resourcePolicies: z.record(nameSchema, resourcePolicySchema).optional(),
    /** Components the goals must survive losing, one at a time (SCENARIO.md §3c). */
    failures: z.array(failureSchema).default([]),
    goals: z.array(flowSchema).min(1, "a scenario needs at least one goal flow"),
    forbidden: z.array(flowSchema).default([]),
    choices: z
      .record(z.string().regex(/^[A-Z]$/, "choice ids are capital letters A, B, C ..."), z.array(changeSchema))
      .default({}),
  })
  .strict();

/** A parsed, validated scenario. Plain JSON: safe to send to the browser. */
export type Scenario = z.infer<typeof scenarioSchema>;
