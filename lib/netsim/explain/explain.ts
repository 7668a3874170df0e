/**
 * The one place where the simulator's facts become sentences, from the app's message catalogue
 * (lib/i18n/messages/netsim-explain.ts). The simulation writes no prose; everything a learner reads about a step, a
 * verdict or a choice is built here. Reason codes and row ids never appear in these sentences.
 * This module takes one language's messages as a parameter and never imports the catalogue, so the browser receives
 * only the reader's language (loaded on demand, components/netsim/explain-messages.tsx); texts.ts has the
 * both-languages helpers for tools.
 */
import { format } from "../../i18n/format";
import type { netsimExplain, NetsimExplainMessages } from "../../i18n/messages/netsim-explain";
import { formatPortSet, size, type PortSet } from "../core/port-set";
import type { Fact, FactValue } from "../core/fact";
import type { AddressLack, RuleRef } from "../core/trace";

export type ExplainMessages = NetsimExplainMessages;
export type ExplainLocale = keyof typeof netsimExplain;

type Entry = string | ({ text: string } & Record<string, string>);

export function isFact(v: FactValue): v is Fact {
  return typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as Fact).code === "string";
}

function isSet(v: FactValue | undefined): boolean {
  if (v === undefined || v === null || v === false || v === "") return false;
  return !(Array.isArray(v) && v.length === 0);
}

/** A port set short enough for a sentence: long sets (a MAP-E port set) are summarised. */
export function portsText(p: PortSet, m: ExplainMessages): string {
  if (p.length === 0) return m.terms.noPorts;
  if (p.length <= 4) return formatPortSet(p);
  return format(m.terms.portsBrief, { count: size(p), ranges: p.length, head: formatPortSet(p.slice(0, 2)) });
}

/** Parameters that name a host or node: shown by its learner-facing name when the scenario gives one (`names:`). */
const NAME_KEYS = new Set(["host", "from", "to", "target", "nat", "service"]);

function valueText(
  key: string,
  v: FactValue,
  m: ExplainMessages,
  names: Readonly<Record<string, string>> | undefined,
): string {
  if (v === null || v === false) return "";
  if (isFact(v)) return explain(v, m, names);
  if (names && typeof v === "string" && NAME_KEYS.has(key) && names[v] !== undefined) return names[v];
  if (Array.isArray(v)) return portsText(v, m);
  if (typeof v === "boolean") return "";
  if (key === "dir" && (v === "inbound" || v === "outbound")) return m.terms.dir[v];
  if (key === "os" && typeof v === "string" && v in m.os) return m.os[v as keyof ExplainMessages["os"]];
  if (key === "wanKind" && typeof v === "string" && v in m.terms.wanKind)
    return m.terms.wanKind[v as keyof ExplainMessages["terms"]["wanKind"]];
  if (key === "kind" && typeof v === "string" && v in m.invalid)
    return m.invalid[v as keyof ExplainMessages["invalid"]];
  return String(v);
}

/** One fact as a sentence in the language of `m`; `names` maps hosts to their names in that language. */
export function explain(
  f: Fact | null | undefined,
  m: ExplainMessages,
  names?: Readonly<Record<string, string>>,
): string {
  if (!f) return "";
  const entry = (m.facts as Record<string, Entry>)[f.code];
  if (entry === undefined) return format(m.terms.fallback, { code: f.code });
  const params = f.params ?? {};
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) values[k] = valueText(k, v, m, names);
  if (typeof entry === "string") return format(entry, values);
  const filled: Record<string, string> = { ...values };
  for (const [k, fragment] of Object.entries(entry)) {
    if (k === "text") continue;
    filled[k] = isSet(params[k]) ? format(fragment, values) : "";
  }
  return format(entry.text, filled).trim();
}

/** How the rule column names the rule that decided a step: its configuration, or what stood in for one. */
export function ruleLabel(rule: RuleRef, m: ExplainMessages): string {
  if (rule.kind === "sg" && rule.id.endsWith("/none")) return m.rules.sgNone;
  if (rule.kind === "session") return rule.id.startsWith("sg|") ? m.rules.session : m.rules.natSession;
  if (rule.kind === "firewall") {
    const index = rule.id.split("/")[2];
    if (index === "default") {
      const action = rule.text.endsWith("allow") ? "allow" : "block";
      return format(m.rules.firewallDefault, { action: m.rules.action[action] });
    }
    return format(m.rules.firewallRule, { n: Number(index) + 1 });
  }
  // The configuration notation the walk writes (core/rules.ts, aws/model*.ts, home/flow.ts), its words in the reader's
  // language; addresses, protocols, ports and names stay as they are.
  if (rule.kind === "sg") {
    const parts = /^(\S+) (.+) (from|to) (\S+)$/.exec(rule.text);
    if (!parts) return rule.text;
    const [, proto = "", ports = "", direction = "from", peer = ""] = parts;
    const icmp = /^type (\d+)$/.exec(ports);
    const portsShown =
      ports === "all types" ? m.rules.icmpAllTypes : icmp ? format(m.rules.icmpType, { n: Number(icmp[1]) }) : ports;
    return format(m.rules.sgRule[direction === "to" ? "to" : "from"], { proto, ports: portsShown, peer });
  }
  if (rule.kind === "route")
    return rule.text
      .replace(/ \(blackhole\)$| blackhole$/, (found) => found.replace("blackhole", m.rules.blackhole))
      .replace(/ \(propagated\)$/, ` (${m.rules.propagated})`);
  if (rule.kind === "home-filter") return rule.text.replace(/^pinhole /, `${m.rules.pinhole} `);
  if (rule.kind === "nat" && rule.id === "ds-lite/b4") return m.rules.dsLiteB4;
  return rule.text;
}

/** How a packet header names an endpoint: its address, or the host and the address it lacks, in the reader's language. */
export function endpointLabel(shown: string, lack: AddressLack | undefined, m: ExplainMessages): string {
  return lack ? format(m.lacks[lack.address], { host: lack.host }) : shown;
}
