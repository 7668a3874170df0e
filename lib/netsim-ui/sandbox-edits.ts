/**
 * Reads the sandbox's `edits` URL parameter on the server: base64url JSON validated with the simulator's own
 * schemas. Kept apart from sandbox-state.ts so zod never ships to the browser with the sandbox.
 */
import { z } from "zod";
import { changeSchema, hostSchema, nameSchema, naclSchema, securityGroupSchema } from "@/lib/netsim/authoring";
import type { NetworkBuild } from "@/lib/netsim-ui/sandbox-build";
import type { SandboxEdits } from "@/lib/netsim-ui/sandbox-url";

const cidr = z.string().max(50);
/** The sandbox's network builds (sandbox-build.ts); the simulator's validation checks them when they are applied. */
const buildSchema = z.union([
  z
    .object({
      addVpc: z
        .object({
          name: nameSchema,
          cidr,
          region: z
            .string()
            .regex(/^[a-z]{2}(-[a-z]+)+-\d$/)
            .optional(),
          subnet: nameSchema,
          subnetCidr: cidr,
        })
        .strict(),
    })
    .strict(),
  z.object({ addTransitGateway: z.object({ name: nameSchema, table: nameSchema }).strict() }).strict(),
  z.object({ addTgwRouteTable: z.object({ tgw: z.string(), name: nameSchema }).strict() }).strict(),
  z.object({ attachVpnGateway: z.object({ vpc: z.string(), name: nameSchema }).strict() }).strict(),
  z
    .object({
      addOnPremises: z
        .object({
          name: nameSchema,
          cidr,
          type: z.enum(["vpn", "direct-connect"]),
          gateway: z.string(),
          routing: z.enum(["static", "dynamic"]),
          routesToAws: z.array(cidr).max(10),
          host: nameSchema,
          hostIp: z.string().max(50),
          listens: z.array(z.string().max(20)).max(10),
        })
        .strict(),
    })
    .strict(),
]) satisfies z.ZodType<NetworkBuild>;

const editsSchema = z
  .object({
    network: z.array(buildSchema).max(20).optional(),
    nacls: z.record(z.string(), naclSchema).optional(),
    securityGroups: z.record(z.string(), securityGroupSchema).optional(),
    hosts: z.record(nameSchema, hostSchema).optional(),
    changes: z.array(changeSchema).max(40).optional(),
  })
  .strict();

function fromBase64Url(text: string): string | null {
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return null;
  }
}

/** The edits in a URL parameter, or none when it is missing or malformed. Never throws. */
export function decodeEdits(text: string | undefined): SandboxEdits {
  return readEditsParam(text).edits;
}

/** The `edits` URL parameter and whether it was malformed (the sandbox then says so and starts from the baseline). */
export function readEditsParam(text: string | undefined): { edits: SandboxEdits; isBad: boolean } {
  if (!text) return { edits: {}, isBad: false };
  if (text.length > 4000) return { edits: {}, isBad: true };
  const json = fromBase64Url(text);
  if (json === null) return { edits: {}, isBad: true };
  try {
    const parsed = editsSchema.safeParse(JSON.parse(json));
    return parsed.success ? { edits: parsed.data, isBad: false } : { edits: {}, isBad: true };
  } catch {
    return { edits: {}, isBad: true };
  }
}
