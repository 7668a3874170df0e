"use client";
import { useMemo, useState, type FormEvent } from "react";
import { Player } from "@/components/netsim/player";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { NetsimMessages } from "@/lib/i18n/messages/netsim";
import type { NaclRule, Scenario, SgRule } from "@/lib/netsim";
import { validateScenario } from "@/lib/netsim";
import type { RuleTable } from "@/lib/netsim-ui/network-view";
import { applyEdits, encodeEdits, encodePacket, endpointsOf, SANDBOX_APPS, withPacket, type Packet, type SandboxEdits } from "@/lib/netsim-ui/sandbox-state";
import type { PlayerState } from "@/lib/netsim-ui/url-state";
import styles from "./netsim.module.css";

type Props = { questionId: string; base: Scenario; initialEdits: SandboxEdits; initialPacket: Packet | null; initial: PlayerState; locale: Locale; t: NetsimMessages };
type Direction = "inbound" | "outbound";

const PROTOS = ["tcp", "udp", "icmp", "all"] as const;

/** Sandbox: a bank scenario's baseline (no choices, no key), editable rule tables and a packet of your own. */
export function Sandbox({ questionId, base, initialEdits, initialPacket, initial, locale, t }: Props) {
  const [edits, setEdits] = useState<SandboxEdits>(initialEdits);
  const [packet, setPacket] = useState<Packet | null>(initialPacket);
  const [fired, setFired] = useState(0);
  const s = t.sandbox;
  const edited = useMemo(() => withPacket(applyEdits(base, edits), packet, s.custom), [base, edits, packet, s.custom]);
  const problems = useMemo(() => validateScenario(edited), [edited]);
  const scenario = problems.length === 0 ? edited : withPacket(base, packet, s.custom);
  const endpoints = endpointsOf(base);

  const setNacl = (name: string, dir: Direction, rules: NaclRule[]) => {
    const current = scenario.nacls[name];
    if (!current) return;
    setEdits((e) => ({ ...e, nacls: { ...e.nacls, [name]: { ...current, [dir]: rules } } }));
  };
  const setGroup = (name: string, dir: Direction, rules: SgRule[]) => {
    const current = scenario.securityGroups[name];
    if (!current) return;
    setEdits((e) => ({ ...e, securityGroups: { ...e.securityGroups, [name]: { ...current, [dir]: rules } } }));
  };

  const addRule = (table: RuleTable, event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const dir = data.get("direction") === "outbound" ? "outbound" : "inbound";
    const proto = PROTOS.find((p) => p === data.get("proto")) ?? "tcp";
    const portsText = String(data.get("ports") ?? "").trim();
    const ports = /^\d+$/.test(portsText) ? Number(portsText) : portsText || undefined;
    const peer = String(data.get("peer") ?? "0.0.0.0/0").trim() || "0.0.0.0/0";
    const side = dir === "inbound" ? { from: peer } : { to: peer };
    const withPorts = proto === "tcp" || proto === "udp" ? (ports === undefined ? {} : { ports }) : {};
    if (table.kind === "nacl") {
      const nacl = scenario.nacls[table.name];
      if (!nacl) return;
      const rule: NaclRule = { rule: Number(data.get("rule") ?? 100), proto, ...withPorts, ...side, action: data.get("action") === "deny" ? "deny" : "allow" };
      setNacl(table.name, dir, [...nacl[dir].filter((r) => r.rule !== rule.rule), rule].sort((a, b) => a.rule - b.rule));
    } else if (table.kind === "sg") {
      const group = scenario.securityGroups[table.name];
      if (!group) return;
      setGroup(table.name, dir, [...group[dir], { proto, ...withPorts, ...side }]);
    }
  };

  const editor = (table: RuleTable) => {
    const nacl = table.kind === "nacl" ? scenario.nacls[table.name] : undefined;
    const group = table.kind === "sg" ? scenario.securityGroups[table.name] : undefined;
    if (!nacl && !group) return null;
    const listed = (["inbound", "outbound"] as const).flatMap((dir) =>
      nacl ? nacl[dir].map((rule, i) => ({ dir, i, text: `${rule.rule} ${rule.proto} ${rule.ports ?? "all"} ${rule.from ?? rule.to ?? ""} ${rule.action}` }))
        : (group?.[dir] ?? []).map((rule, i) => ({ dir, i, text: `${rule.proto} ${rule.ports ?? "all"} ${rule.from ?? rule.to ?? ""}` })),
    );
    return (
      <details className={styles.editor}>
        <summary>{s.edit}</summary>
        <ul className={styles.choiceToggles}>
          {listed.map((item) => (
            <li key={`${item.dir}-${item.i}`} className={styles.editorRow}>
              <code>{item.dir === "inbound" ? t.tables.inbound : t.tables.outbound}: {item.text}</code>
              <button type="button" className="button button-quiet" onClick={() => {
                if (nacl) setNacl(table.name, item.dir, nacl[item.dir].filter((_, j) => j !== item.i));
                else if (group) setGroup(table.name, item.dir, group[item.dir].filter((_, j) => j !== item.i));
              }}>{s.removeRule}</button>
            </li>
          ))}
        </ul>
        <form className={styles.editorRow} onSubmit={(event) => addRule(table, event)} aria-label={`${s.addRule}: ${table.name}`}>
          <label>{s.direction}<select name="direction"><option value="inbound">{t.tables.inbound}</option><option value="outbound">{t.tables.outbound}</option></select></label>
          {nacl ? <label>{s.ruleNumber}<input name="rule" type="number" min={1} max={32766} defaultValue={100} required /></label> : null}
          <label>{s.proto}<select name="proto">{PROTOS.map((p) => <option key={p} value={p}>{p}</option>)}</select></label>
          <label>{s.ports}<input name="ports" defaultValue="80" pattern="[0-9]{1,5}(-[0-9]{1,5})?|all" /></label>
          <label>{s.peer}<input name="peer" defaultValue="0.0.0.0/0" /></label>
          {nacl ? <label>{s.action}<select name="action"><option value="allow">{s.allow}</option><option value="deny">{s.deny}</option></select></label> : null}
          <button type="submit" className="button">{s.addRule}</button>
        </form>
      </details>
    );
  };

  const fire = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const from = String(data.get("from") ?? "");
    const to = String(data.get("to") ?? "");
    const port = String(data.get("port") ?? "").trim();
    const app = String(data.get("app") ?? "http");
    const chosen = app === "tcp" || app === "udp" ? `${app}/${/^\d{1,5}$/.test(port) ? port : "80"}` : app;
    if (!endpoints.includes(from) || !endpoints.includes(to) || from === to) return;
    setPacket({ from, to, app: chosen });
    setFired((n) => n + 1);
  };

  const hasEdits = Object.keys(edits).length > 0;
  const baseQuery = [`scenario=${questionId}`, packet ? `packet=${encodeURIComponent(encodePacket(packet))}` : null, hasEdits ? `edits=${encodeEdits(edits)}` : null].filter(Boolean).join("&");
  return (
    <div className="stack">
      <form className={styles.fire} onSubmit={fire} aria-labelledby="sandbox-fire">
        <h2 id="sandbox-fire" className={styles.panelTitle}>{s.fire}</h2>
        <div className={styles.editorRow}>
          <label>{s.from}<select name="from" defaultValue={packet?.from ?? endpoints[0]}>{endpoints.map((name) => <option key={name}>{name}</option>)}</select></label>
          <label>{s.to}<select name="to" defaultValue={packet?.to ?? endpoints[1]}>{endpoints.map((name) => <option key={name}>{name}</option>)}</select></label>
          <label>{s.app}<select name="app" defaultValue="http">{[...SANDBOX_APPS, "tcp", "udp"].map((app) => <option key={app} value={app}>{app}</option>)}</select></label>
          <label>{s.port}<input name="port" inputMode="numeric" placeholder="8080" /></label>
          <button type="submit" className="button">{s.send}</button>
          <button type="button" className="button button-quiet" onClick={() => { setEdits({}); setPacket(null); setFired((n) => n + 1); }}>{s.reset}</button>
        </div>
      </form>
      {problems.length > 0 ? <p role="alert" className="alert-error">{format(s.invalid, { message: problems.map((p) => `${p.path.join(".")}: ${p.message}`).join("; ") })}</p> : null}
      <Player key={fired} scenario={scenario} choices={[]} initial={fired === 0 ? initial : { ...initial, step: 0, flow: 0 }} locale={locale} t={t} sharePath="/sandbox" baseQuery={baseQuery} isUrlSynced renderEditor={editor} />
    </div>
  );
}
