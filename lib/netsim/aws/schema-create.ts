/** Changes that create a load balancer or an endpoint service (SCENARIO.md §4b). Shape only. */
import { z } from "zod";
import { loadBalancerSchema, nameSchema } from "./schema";
import { endpointServiceSchema } from "./schema-connect";

export const createChangeShapes = {
  /** A new load balancer; an ALB may be the target of an NLB (a TCP listener whose port is one of the ALB's) [NLB-ALB]. */
  createLoadBalancer: z.object({ name: nameSchema }).extend(loadBalancerSchema.shape).strict(),
  /** A VPC endpoint service in front of a Network Load Balancer (or a Gateway Load Balancer) [PL-SVC]. */
  createEndpointService: z.object({ name: nameSchema }).extend(endpointServiceSchema.shape).strict(),
};
