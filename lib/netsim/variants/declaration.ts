/**
 * What a question may declare variable (front matter `variables:`, SCENARIO.md §8): the facts a variant redraws.
 * The question's files are the templates: each variable names a value that is written literally in the stem, the
 * choices, the explanations (ja and en) and the scenario, and the generator rewrites every occurrence of it.
 */
import { z } from "zod";
import { OS_TABLE } from "../core/operating-systems";

const ipv4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const cidr4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** The services a `service` variable may switch between: the app id, its port, and its name in the texts. */
export const VARIANT_SERVICES = {
  http: { proto: "tcp", port: 80, name: "HTTP" },
  https: { proto: "tcp", port: 443, name: "HTTPS" },
  ssh: { proto: "tcp", port: 22, name: "SSH" },
  rdp: { proto: "tcp", port: 3389, name: "RDP" },
  smtp: { proto: "tcp", port: 25, name: "SMTP" },
  mysql: { proto: "tcp", port: 3306, name: "MySQL" },
  postgres: { proto: "tcp", port: 5432, name: "PostgreSQL" },
} as const;
export type VariantService = keyof typeof VARIANT_SERVICES;
const serviceIds = Object.keys(VARIANT_SERVICES) as [VariantService, ...VariantService[]];

/** Client operating systems a variant may pick, with their names in the texts (ja and en are the same words). */
export const VARIANT_OS = {
  linux: { name: "Linux" },
  windows: { name: "Windows" },
  "windows-xp": { name: "Windows XP" },
  macos: { name: "macOS" },
} as const;
export type VariantOs = keyof typeof VARIANT_OS;
const osIds = Object.keys(VARIANT_OS) as [VariantOs, ...VariantOs[]];

const name = z.string().regex(/^[a-z][a-z0-9-]*$/, { error: "a variable's name is lowercase kebab-case" });

const networkVariable = z.strictObject({
  name,
  kind: z.literal("network"),
  /** The block as written, e.g. 192.168.1.0/24: every address and CIDR inside it moves with it, offsets kept. */
  value: z.string().regex(cidr4, { error: "value is an IPv4 CIDR, e.g. 192.168.1.0/24" }),
  /** Where a variant may put it: an aligned block of the same size inside this one. */
  within: z.string().regex(cidr4, { error: "within is an IPv4 CIDR, e.g. 192.168.0.0/16" }),
});

const addressVariable = z.strictObject({
  name,
  kind: z.literal("address"),
  value: z.string().regex(ipv4, { error: "value is an IPv4 address, e.g. 203.0.113.10" }),
  within: z.string().regex(cidr4, { error: "within is an IPv4 CIDR, e.g. 203.0.113.0/24" }),
});

const serviceVariable = z.strictObject({
  name,
  kind: z.literal("service"),
  value: z.enum(serviceIds, { error: `value is one of ${serviceIds.join(", ")}` }),
  values: z.array(z.enum(serviceIds, { error: `values are from ${serviceIds.join(", ")}` })).min(2),
});

const osVariable = z.strictObject({
  name,
  kind: z.literal("os"),
  value: z.enum(osIds, { error: `value is one of ${osIds.join(", ")}` }),
  values: z.array(z.enum(osIds, { error: `values are from ${osIds.join(", ")}` })).min(2),
});

const ruleNumbersVariable = z.strictObject({
  name,
  kind: z.literal("rule-numbers"),
  /** NACL rule numbers as written (in the scenario and the texts). */
  value: z.array(z.int().min(1).max(32766)).min(1),
  /** `keep`: new numbers in the same order (the key stays); `any`: any order (the analysis decides the key). */
  order: z.enum(["keep", "any"]).default("keep"),
});

export const variableSchema = z.discriminatedUnion(
  "kind",
  [networkVariable, addressVariable, serviceVariable, osVariable, ruleNumbersVariable],
  { error: "kind is network, address, service, os or rule-numbers" },
);
export const variablesSchema = z.array(variableSchema).min(1, { error: "declare at least one variable" });

export type VariableDeclaration = z.infer<typeof variableSchema>;

/** Declaration problems zod cannot see (the value inside `within`, the base value among `values`, names unique). */
export function declarationProblems(vars: readonly VariableDeclaration[]): string[] {
  const out: string[] = [];
  const names = new Set<string>();
  for (const v of vars) {
    if (names.has(v.name)) out.push(`variable ${v.name} is declared twice`);
    names.add(v.name);
    if (v.kind === "network" || v.kind === "address") {
      const inner = v.kind === "address" ? `${v.value}/32` : v.value;
      if (!cidrContains(v.within, inner)) out.push(`variable ${v.name}: ${v.value} is not inside ${v.within}`);
      if (prefixOf(inner) < prefixOf(v.within)) out.push(`variable ${v.name}: within is smaller than the value`);
      if (prefixOf(inner) === prefixOf(v.within))
        out.push(`variable ${v.name}: within ${v.within} leaves no other place for ${v.value}`);
    }
    if ((v.kind === "service" || v.kind === "os") && !(v.values as readonly string[]).includes(v.value))
      out.push(`variable ${v.name}: values must include the value as written (${v.value})`);
    if (v.kind === "os")
      for (const os of v.values) if (!(os in OS_TABLE)) out.push(`variable ${v.name}: unknown OS ${os}`);
    if (v.kind === "rule-numbers" && new Set(v.value).size !== v.value.length)
      out.push(`variable ${v.name}: rule numbers repeat`);
  }
  return out;
}

export function ipv4ToInt(text: string): number | null {
  const m = ipv4.exec(text);
  if (!m) return null;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(m[i]);
    if (octet > 255) return null;
    n = n * 256 + octet;
  }
  return n;
}

export function intToIpv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join(".");
}

function prefixOf(c: string): number {
  return Number(c.split("/")[1]);
}

/** A CIDR as its first address and size (number of addresses). */
export function blockOf(c: string): { base: number; size: number } | null {
  const [addr, prefixText] = c.split("/");
  const base = ipv4ToInt(addr ?? "");
  const prefix = Number(prefixText ?? 32);
  if (base === null || !(prefix >= 0 && prefix <= 32)) return null;
  const size = 2 ** (32 - prefix);
  return { base: base - (base % size), size };
}

function cidrContains(outer: string, inner: string): boolean {
  const o = blockOf(outer);
  const i = blockOf(inner);
  return !!o && !!i && i.base >= o.base && i.base + i.size <= o.base + o.size;
}
