"use client";
// The sandbox's rule editor under one rule table (a network ACL or a security group): its rules with a remove button
// each, and a form adding one, each field's message beside it. Loaded when its section is first opened.
import { useState, type FormEvent } from "react";
import { useLocale, useMessages } from "@/components/i18n/messages-provider";
import { EditorErrorTexts, TextField } from "@/components/netsim/editor/fields";
import { netsimSandboxEditor } from "@/lib/i18n/messages/netsim-sandbox-editor";
import type { NaclRule, Scenario, SgRule } from "@/lib/netsim";
import type { RuleTable } from "@/lib/netsim-ui/network-view";
import {
  checkCidr,
  checkPorts,
  checkProto,
  checkRuleNumber,
  SANDBOX_PROTOS,
  type FieldError,
} from "@/lib/netsim-ui/sandbox-fields";
import styles from "../netsim.module.css";

type Direction = "inbound" | "outbound";
type Errors = Partial<Record<string, FieldError>>;
type Props = {
  table: RuleTable;
  scenario: Scenario;
  setNacl: (name: string, dir: Direction, rules: NaclRule[]) => void;
  setGroup: (name: string, dir: Direction, rules: SgRule[]) => void;
};

export function RuleEditor({ table, scenario, setNacl, setGroup }: Props) {
  const t = useMessages("netsim");
  const s = netsimSandboxEditor[useLocale()];
  const [errs, setErrs] = useState<Errors>({});
  const addRule = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const dir = data.get("direction") === "outbound" ? "outbound" : "inbound";
    const protoChecked = checkProto(String(data.get("proto") ?? ""));
    const portsChecked = checkPorts(String(data.get("ports") ?? ""));
    const peerChecked = checkCidr(String(data.get("peer") ?? ""));
    const numberChecked = table.kind === "nacl" ? checkRuleNumber(String(data.get("rule") ?? "")) : null;
    const errors: Errors = {};
    if (!protoChecked.ok) errors.proto = protoChecked.error;
    if (!portsChecked.ok) errors.ports = portsChecked.error;
    if (!peerChecked.ok) errors.peer = peerChecked.error;
    if (numberChecked && !numberChecked.ok) errors.rule = numberChecked.error;
    setErrs(errors);
    if (!protoChecked.ok || !portsChecked.ok || !peerChecked.ok || (numberChecked && !numberChecked.ok)) return;
    const proto = protoChecked.value;
    const ports = portsChecked.value;
    const peer = peerChecked.value;
    const side = dir === "inbound" ? { from: peer } : { to: peer };
    const withPorts = proto === "tcp" || proto === "udp" ? (ports === undefined ? {} : { ports }) : {};
    if (table.kind === "nacl") {
      const nacl = scenario.nacls[table.name];
      if (!nacl || !numberChecked?.ok) return;
      const rule: NaclRule = {
        rule: numberChecked.value,
        proto,
        ...withPorts,
        ...side,
        action: data.get("action") === "deny" ? "deny" : "allow",
      };
      setNacl(
        table.name,
        dir,
        [...nacl[dir].filter((r) => r.rule !== rule.rule), rule].sort((a, b) => a.rule - b.rule),
      );
    } else if (table.kind === "sg") {
      const group = scenario.securityGroups[table.name];
      if (!group) return;
      setGroup(table.name, dir, [...group[dir], { proto, ...withPorts, ...side }]);
    }
  };

  const nacl = table.kind === "nacl" ? scenario.nacls[table.name] : undefined;
  const group = table.kind === "sg" ? scenario.securityGroups[table.name] : undefined;
  if (!nacl && !group) return null;
  const listed = (["inbound", "outbound"] as const).flatMap((dir) =>
    nacl
      ? nacl[dir].map((rule, i) => ({
          dir,
          i,
          text: `${rule.rule} ${rule.proto} ${rule.ports ?? "all"} ${rule.from ?? rule.to ?? ""} ${rule.action}`,
        }))
      : (group?.[dir] ?? []).map((rule, i) => ({
          dir,
          i,
          text: `${rule.proto} ${rule.ports ?? "all"} ${rule.from ?? rule.to ?? ""}`,
        })),
  );
  return (
    <EditorErrorTexts value={s.errors}>
      <ul className={styles.choiceToggles}>
        {listed.map((item) => (
          <li key={`${item.dir}-${item.i}`} className={styles.editorRow}>
            <code>
              {item.dir === "inbound" ? t.tables.inbound : t.tables.outbound}: {item.text}
            </code>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => {
                if (nacl)
                  setNacl(
                    table.name,
                    item.dir,
                    nacl[item.dir].filter((_, j) => j !== item.i),
                  );
                else if (group)
                  setGroup(
                    table.name,
                    item.dir,
                    group[item.dir].filter((_, j) => j !== item.i),
                  );
              }}
            >
              {s.removeRule}
            </button>
          </li>
        ))}
      </ul>
      <form className={styles.editorRow} onSubmit={addRule} aria-label={`${s.addRule}: ${table.name}`} noValidate>
        <label>
          {s.direction}
          <select name="direction">
            <option value="inbound">{t.tables.inbound}</option>
            <option value="outbound">{t.tables.outbound}</option>
          </select>
        </label>
        {nacl ? (
          <TextField
            name="rule"
            label={s.ruleNumber}
            defaultValue="100"
            error={errs.rule}
            id={`${table.id}-rule`}
            inputMode="numeric"
          />
        ) : null}
        <label>
          {s.proto}
          <select name="proto">
            {SANDBOX_PROTOS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <TextField name="ports" label={s.ports} defaultValue="80" error={errs.ports} id={`${table.id}-ports`} />
        <TextField name="peer" label={s.peer} defaultValue="0.0.0.0/0" error={errs.peer} id={`${table.id}-peer`} />
        {nacl ? (
          <label>
            {s.action}
            <select name="action">
              <option value="allow">{s.allow}</option>
              <option value="deny">{s.deny}</option>
            </select>
          </label>
        ) : null}
        <button type="submit" className="button">
          {s.addRule}
        </button>
      </form>
    </EditorErrorTexts>
  );
}
