/** Home network scenario (seed 004, H-1..H-6): one router between the LAN and an ISP. */
import { z } from "zod";
import { hostFirewallSchema, listensSchema, osIdSchema, portSpecSchema } from "../aws/schema";

export const homeHostSchema = z
  .object({
    ip: z.string(),
    ipv6: z.string().optional(),
    os: osIdSchema.default("windows"),
    listens: listensSchema,
    firewall: hostFirewallSchema.optional(),
  })
  .strict();

export const portForwardSchema = z
  .object({
    proto: z.enum(["tcp", "udp"]),
    wanPorts: portSpecSchema,
    host: z.string(),
    port: z.number().int().optional(),
  })
  .strict();
export type PortForward = z.infer<typeof portForwardSchema>;

/** Router IP filter, evaluated in ascending priority, first match wins (like the vendor UIs in seed 004). */
export const homeFilterSchema = z
  .object({
    priority: z.number().int(),
    action: z.enum(["pass", "drop"]),
    direction: z.enum(["inbound", "outbound"]).default("inbound"),
    proto: z.union([z.enum(["tcp", "udp", "icmp", "all"]), z.number().int()]),
    ports: portSpecSchema.optional(),
    from: z.string().optional(),
  })
  .strict();
export type HomeFilter = z.infer<typeof homeFilterSchema>;

export const pinholeSchema = z
  .object({ host: z.string(), proto: z.enum(["tcp", "udp"]), ports: portSpecSchema })
  .strict();
export type Pinhole = z.infer<typeof pinholeSchema>;

/** MAP-E port set (RFC 7597 §5.1): offset bits a, PSID length k, PSID value. */
export const mapESchema = z
  .object({
    psidOffset: z.number().int().min(0).max(15).default(6),
    psidLength: z.number().int().min(0).max(15),
    psid: z.number().int().min(0),
  })
  .strict();

export const wanSchema = z
  .object({
    access: z.enum(["pppoe", "ipoe", "map-e", "ds-lite"]).default("pppoe"),
    ipv4: z.string().optional(),
    ipv6Prefix: z.string().optional(),
    mapE: mapESchema.optional(),
    /** DS-Lite: the public IPv4 address the ISP's AFTR uses for its NAT44 (H-5); a documentation address by default. */
    aftrIpv4: z.string().optional(),
  })
  .strict();

/** setWan: the WAN fields to replace; `ipv4: null` removes the address. */
export const wanChangeSchema = z
  .object({
    access: z.enum(["pppoe", "ipoe", "map-e", "ds-lite"]).optional(),
    ipv4: z.string().nullable().optional(),
    ipv6Prefix: z.string().optional(),
    mapE: mapESchema.nullable().optional(),
    aftrIpv4: z.string().optional(),
  })
  .strict();

export const homeSchema = z
  .object({
    wan: wanSchema,
    lan: z
      .object({ cidr: z.string().default("192.168.1.0/24") })
      .strict()
      .default({ cidr: "192.168.1.0/24" }),
    hosts: z.record(z.string(), homeHostSchema).default({}),
    portForwards: z.array(portForwardSchema).default([]),
    dmz: z.string().optional(),
    filters: z.array(homeFilterSchema).default([]),
    ipv6Firewall: z.enum(["on", "off"]).default("on"),
    pinholes: z.array(pinholeSchema).default([]),
  })
  .strict();
export type Home = z.infer<typeof homeSchema>;
