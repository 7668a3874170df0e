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

/**
 * Sentences that differ per drawn value: each entry maps every value to the words written for it. The entry of the
 * value as written must appear in the question's texts (ja or en); a draw replaces it with the drawn value's words.
 * They are what lets a draw move the key: a choice's explanation can say "correct" for one value and "incorrect" for
 * another.
 */
const phrasesSchema = z
  .array(z.record(z.string(), z.string().min(1)), { error: "texts is a list of { <value>: words } entries" })
  .optional();

/** The filters a `missing-layer` variable may pick as the one that lacks its rule. */
export const VARIANT_LAYERS = ["sg-inbound", "sg-outbound", "nacl-inbound", "nacl-outbound", "route"] as const;
export type VariantLayer = (typeof VARIANT_LAYERS)[number];
const layerSchema = z.enum(VARIANT_LAYERS, { error: `a layer is one of ${VARIANT_LAYERS.join(", ")}` });

/** A layer's rule, written as the scenario change that adds it (the same syntax as a choice's change). */
const layerRuleSchema = z.union([
  z.strictObject({
    addSgRule: z.looseObject({ group: z.string() }),
  }),
  z.strictObject({
    addNaclRule: z.looseObject({ nacl: z.string() }),
  }),
  z.strictObject({
    addRoute: z.strictObject({ table: z.string(), to: z.string(), via: z.string() }),
  }),
]);
export type LayerRule = z.infer<typeof layerRuleSchema>;

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
  texts: phrasesSchema,
});

const osVariable = z.strictObject({
  name,
  kind: z.literal("os"),
  value: z.enum(osIds, { error: `value is one of ${osIds.join(", ")}` }),
  values: z.array(z.enum(osIds, { error: `values are from ${osIds.join(", ")}` })).min(2),
  /** `rewrite` (default): the OS's name and ephemeral range are rewritten with it; `keep`: names and ranges stay as
   * written (the choices list fixed ranges and the key moves with the OS; `texts` entries name the drawn OS). */
  ranges: z.enum(["rewrite", "keep"]).default("rewrite"),
  texts: phrasesSchema,
});

const missingLayerVariable = z.strictObject({
  name,
  kind: z.literal("missing-layer"),
  /** The layer that lacks its rule in the scenario as written. */
  value: layerSchema,
  values: z.array(layerSchema).min(2),
  /** Every value's rule: a draw adds the written layer's rule to the scenario and removes the drawn layer's. */
  rules: z.partialRecord(layerSchema, layerRuleSchema),
  /** A layer's WRONG rule (same kind as its rule, e.g. a NACL outbound rule for the service port instead of the
   * ephemeral range): when the layer is the gap it carries this rule instead of none. The scenario as written has
   * the written layer's broken rule; a draw swaps it for the right rule and the drawn layer's rule for its broken one.
   * The analysis still derives the key: a broken rule that works makes the draw's key differ (rejected). */
  broken: z.partialRecord(layerSchema, layerRuleSchema).optional(),
  /** Per drawn value (not the written one), choices whose changes differ in that draw: letter → the choice's changes
   * (the same syntax as the scenario's `choices:`). Their texts and explanations change by `texts:` entries. */
  choices: z
    .partialRecord(layerSchema, z.record(z.string().regex(/^[A-Z]$/), z.array(z.record(z.string(), z.unknown()))))
    .optional(),
  texts: phrasesSchema,
});

const ipFamilyVariable = z.strictObject({
  name,
  kind: z.literal("ip-family"),
  value: z.enum(["ipv4", "ipv6"], { error: "value is ipv4 or ipv6 (the family the question is written in)" }),
  /** Written → the other family: addresses, CIDRs (0.0.0.0/0 → ::/0) and gateway ids (a NAT gateway → an
   * egress-only internet gateway), replaced as whole strings in the choices' changes and as whole tokens in the stem
   * and the choices' texts (explanations change by `texts:` only; an entry with equal words protects them). The
   * scenario itself is written dual-stack; a draw sets every goal's and forbidden flow's family. */
  swap: z.record(z.string().min(1), z.string().min(1)),
  texts: phrasesSchema,
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
  [
    networkVariable,
    addressVariable,
    serviceVariable,
    osVariable,
    ruleNumbersVariable,
    missingLayerVariable,
    ipFamilyVariable,
  ],
  { error: "kind is network, address, service, os, rule-numbers, missing-layer or ip-family" },
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
    if (v.kind === "missing-layer") {
      if (!v.values.includes(v.value))
        out.push(`variable ${v.name}: values must include the value as written (${v.value})`);
      if (new Set(v.values).size !== v.values.length) out.push(`variable ${v.name}: values repeat`);
      for (const layer of v.values) {
        const rule = v.rules[layer];
        if (!rule) out.push(`variable ${v.name}: no rule for ${layer}`);
        else {
          const problem = layerRuleProblem(layer, rule);
          if (problem) out.push(`variable ${v.name}: ${layer}: ${problem}`);
        }
        const broken = v.broken?.[layer];
        if (broken) {
          const problem = layerRuleProblem(layer, broken);
          if (problem) out.push(`variable ${v.name}: broken ${layer}: ${problem}`);
          if (rule && JSON.stringify(broken) === JSON.stringify(rule))
            out.push(`variable ${v.name}: broken ${layer}: the broken rule is the layer's rule`);
        }
      }
      for (const layer of Object.keys(v.broken ?? {}))
        if (!(v.values as readonly string[]).includes(layer))
          out.push(`variable ${v.name}: broken names ${layer}, which is not among the values`);
      for (const layer of Object.keys(v.choices ?? {})) {
        if (layer === v.value)
          out.push(`variable ${v.name}: choices for ${layer}: the written value's choices are the scenario's`);
        else if (!(v.values as readonly string[]).includes(layer))
          out.push(`variable ${v.name}: choices names ${layer}, which is not among the values`);
      }
    }
    if (v.kind === "ip-family" && vars.some((o) => o.kind === "network" || o.kind === "address"))
      out.push(`variable ${v.name}: ip-family cannot be combined with network or address variables`);
    const valuesOf = variableValues(v);
    if ("texts" in v && v.texts && valuesOf)
      for (const [i, entry] of v.texts.entries()) {
        const missing = valuesOf.filter((x) => entry[x] === undefined);
        const extra = Object.keys(entry).filter((x) => !valuesOf.includes(x));
        if (missing.length) out.push(`variable ${v.name}: texts[${i}] has no words for ${missing.join(", ")}`);
        if (extra.length) out.push(`variable ${v.name}: texts[${i}] names unknown values ${extra.join(", ")}`);
      }
  }
  return out;
}

/** The values a variable with discrete values may take (null for blocks and rule numbers). */
export function variableValues(v: VariableDeclaration): string[] | null {
  if (v.kind === "service" || v.kind === "os" || v.kind === "missing-layer") return [...v.values];
  if (v.kind === "ip-family") return ["ipv4", "ipv6"];
  return null;
}

/** Whether a layer's rule is the right kind of change for it (sg-inbound: addSgRule with an inbound rule, ...). */
function layerRuleProblem(layer: VariantLayer, rule: LayerRule): string | null {
  if (layer === "route") return "addRoute" in rule ? null : "the route layer's rule is an addRoute";
  const [filter, direction] = layer.split("-") as ["sg" | "nacl", "inbound" | "outbound"];
  const body =
    filter === "sg" ? ("addSgRule" in rule ? rule.addSgRule : null) : "addNaclRule" in rule ? rule.addNaclRule : null;
  if (!body) return `the rule is an ${filter === "sg" ? "addSgRule" : "addNaclRule"}`;
  const other = direction === "inbound" ? "outbound" : "inbound";
  if (body[direction] === undefined || body[other] !== undefined) return `the rule has exactly one ${direction} entry`;
  return null;
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
