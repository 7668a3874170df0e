/**
 * The scenario format for what a request carries to an AWS service and what the service's own policies say about it
 * (SCENARIO.md §3d): IAM policy conditions on the network path (aws:SourceVpce, aws:SourceVpc, aws:SourceIp,
 * aws:VpcSourceIp) in endpoint policies and in resource policies (S3 bucket policies, KMS key policies), and the
 * components a goal flow must not pass (a cost or path requirement: no NAT gateway processing charges). Shape only.
 */
import { z } from "zod";

/** The global condition keys whose value depends on the network path [IAM-KEYS]. */
export const PATH_CONDITION_KEYS = ["aws:SourceVpce", "aws:SourceVpc", "aws:SourceIp", "aws:VpcSourceIp"] as const;
export type PathConditionKey = (typeof PATH_CONDITION_KEYS)[number];

/** The condition operators these keys take [IAM-OPS]. `...IfExists` is not modelled. */
export const CONDITION_OPERATORS = [
  "StringEquals",
  "StringNotEquals",
  "StringLike",
  "StringNotLike",
  "IpAddress",
  "NotIpAddress",
] as const;
export type ConditionOperator = (typeof CONDITION_OPERATORS)[number];

/** `{ StringNotEquals: { "aws:SourceVpce": ["s3-gw"] } }`: operators AND, keys AND, values OR (NOR when negated). */
export const policyConditionSchema = z.partialRecord(
  z.enum(CONDITION_OPERATORS),
  z.partialRecord(z.enum(PATH_CONDITION_KEYS), z.union([z.string(), z.array(z.string()).min(1)])),
);
export type PolicyCondition = z.infer<typeof policyConditionSchema>;

/**
 * One policy statement (IAM JSON policy shape, reduced; `*` and `?` are wildcards), in endpoint policies and in resource
 * policies alike, where the condition (aws:SourceVpce, aws:SourceVpc, aws:SourceIp, aws:VpcSourceIp; §3d) is usually
 * the point.
 */
export const policyStatementSchema = z
  .object({
    effect: z.enum(["allow", "deny"]),
    actions: z.array(z.string()).min(1),
    resources: z.array(z.string()).min(1),
    condition: policyConditionSchema.optional(),
  })
  .strict();

/**
 * A resource policy of the service's resource `resource` (an ARN: a bucket, a KMS key). It governs every flow whose
 * `resource` is that ARN or lies under it (`arn:aws:s3:::reports/2026.csv` under `arn:aws:s3:::reports`), whatever
 * path the request took. `kind: bucket`: the caller's identity policy is taken to allow the request (same account), so
 * only an explicit deny stops it. `kind: key`: a KMS key policy must allow the request itself [KMS-KEYPOL].
 */
export const resourcePolicySchema = z
  .object({
    kind: z.enum(["bucket", "key"]),
    resource: z.string().regex(/^arn:aws:/, "a resource policy names the ARN it is attached to"),
    statements: z.array(policyStatementSchema),
  })
  .strict();
export type ResourcePolicy = z.infer<typeof resourcePolicySchema>;

/** What a goal flow must not pass through (cost or path requirements, SCENARIO.md §3d) [VPC-PRICING]. */
export const AVOIDABLE_HOPS = [
  "nat-gateway",
  "interface-endpoint",
  "internet-gateway",
  "transit-gateway",
  "peering",
] as const;
export type AvoidableHop = (typeof AVOIDABLE_HOPS)[number];

export const flowConstraintFields = {
  /** Components the flow's requests must not pass (`[nat-gateway]`: no NAT gateway data processing charges). */
  avoid: z.array(z.enum(AVOIDABLE_HOPS)).min(1).optional(),
  /**
   * The client addresses the service by this interface endpoint's own (endpoint-specific) DNS name, which resolves to
   * the endpoint's network interfaces whatever its private DNS setting, also from a peered VPC or on premises [VPCE-IF].
   */
  endpoint: z.string().optional(),
};

export const policyChangeShapes = {
  /** Replaces (or, with `policy: null`, deletes) the resource policy `name`. */
  setResourcePolicy: z.object({ name: z.string(), policy: resourcePolicySchema.nullable() }).strict(),
  /** The application of flow `flow` uses the endpoint-specific DNS name of interface endpoint `endpoint` (null: the service's own name). */
  setFlowEndpoint: z.object({ flow: z.string(), endpoint: z.string().nullable() }).strict(),
  /** The application now sends flow `flow`'s requests to another Region, bucket or action (e.g. reads a replica). */
  setFlowRequest: z
    .object({
      flow: z.string(),
      region: z.string().optional(),
      resource: z.string().optional(),
      action: z.string().optional(),
    })
    .strict(),
};

/** How an application on a target learns the client's address (SCENARIO.md §3d) [ALB-XFF], [NLB-PP]. */
export const CLIENT_IP_SOURCES = ["source", "x-forwarded-for", "proxy-protocol"] as const;
export type ClientIpSource = (typeof CLIENT_IP_SOURCES)[number];

export const hostObservationFields = {
  /** Where the application reads the client's address: the packet's source (default), the X-Forwarded-For header, or a proxy protocol v2 header. */
  clientIpFrom: z.enum(CLIENT_IP_SOURCES).optional(),
};

export const lbObservationFields = {
  /** Application Load Balancer: X-Forwarded-For processing (`append`, the default, adds the client's address) [ALB-XFF]. */
  xffHeader: z.enum(["append", "preserve", "remove"]).optional(),
  /** Network Load Balancer target group: proxy protocol v2 headers carry the client's address [NLB-PP]. */
  proxyProtocol: z.boolean().optional(),
  /** An AWS WAF web ACL associated with the load balancer (Application Load Balancers only) [WAF-RES]. */
  webAcl: z.string().optional(),
  /** Access logs to S3 (delivered every few minutes; nothing changes on the path) [ALB-LOGS]. */
  accessLogs: z.boolean().optional(),
  /** An AWS Global Accelerator in front of the load balancer: with client IP preservation the load balancer sees the client's address, else the accelerator's [GA-IP]. */
  accelerator: z.object({ preserveClientIp: z.boolean() }).strict().optional(),
};

export const observationFlowFields = {
  /** `client-ip`: every target's application must learn the client's own address. */
  observe: z
    .array(z.enum(["client-ip"]))
    .min(1)
    .optional(),
};

export const observationChangeShapes = {
  setClientIpSource: z.object({ host: z.string(), from: z.enum(CLIENT_IP_SOURCES) }).strict(),
  setLoadBalancerAttributes: z
    .object({
      loadBalancer: z.string(),
      xffHeader: z.enum(["append", "preserve", "remove"]).optional(),
      proxyProtocol: z.boolean().optional(),
      accessLogs: z.boolean().optional(),
    })
    .strict(),
  setAccelerator: z.object({ loadBalancer: z.string(), preserveClientIp: z.boolean() }).strict(),
  /** A new load balancer of another type in place of this one, with the same listeners, targets and associations. */
  replaceLoadBalancer: z
    .object({
      loadBalancer: z.string(),
      type: z.enum(["application", "network"]),
      preserveClientIp: z.boolean().optional(),
    })
    .strict(),
};
