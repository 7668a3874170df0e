"use client";
// What the sandbox changed in the network, in order (builds, hosts, changes), each with an undo button and, when AWS
// would not allow it, the reason in the reader's language.
import { useLocale, useMessages } from "@/components/i18n/messages-provider";
import { useExplainMessages } from "@/components/netsim/explain-messages";
import { format } from "@/lib/i18n/format";
import { netsimSandboxConnectForms } from "@/lib/i18n/messages/netsim-sandbox-connect-forms";
import { netsimSandboxEditor } from "@/lib/i18n/messages/netsim-sandbox-editor";
import { explain, type Change, type Fact, type Host } from "@/lib/netsim";
import { buildSummary, type NetworkBuild, type Refusal } from "@/lib/netsim-ui/sandbox-build";
import styles from "../netsim.module.css";

type Props = {
  network: NetworkBuild[];
  hosts: Record<string, Host>;
  changes: Change[];
  refused: { change: number; reason: Fact }[];
  unbuilt: Refusal[];
  onUndo: (index: number) => void;
  onUndoBuild: (index: number) => void;
  onRemoveHost: (name: string) => void;
};

/** A change's own values, as configuration text (names and addresses, no prose). */
export function changeSummary(c: Change): string {
  const [op] = Object.values(c) as Record<string, unknown>[];
  return Object.values(op ?? {})
    .map((v) => (v === null ? "-" : Array.isArray(v) ? v.join(",") : typeof v === "object" ? "{…}" : String(v)))
    .filter((v) => v !== "")
    .join(" ");
}

export function AppliedList({ network, hosts, changes, refused, unbuilt, onUndo, onUndoBuild, onRemoveHost }: Props) {
  const t = useMessages("netsim");
  const sentences = useExplainMessages();
  const locale = useLocale();
  const n = netsimSandboxEditor[locale].network;
  const c = netsimSandboxConnectForms[locale];
  const kindOf = (item: object) => {
    const key = Object.keys(item)[0] ?? "";
    return (n.kinds as Record<string, string>)[key] ?? (c.kinds as Record<string, string>)[key] ?? key;
  };
  if (network.length === 0 && changes.length === 0 && Object.keys(hosts).length === 0) return null;
  const row = (key: string, text: string, undo: () => void, why: string | null) => (
    <li key={key} className={styles.editorRow}>
      <code>{text}</code>
      <button type="button" className="button button-quiet" onClick={undo}>
        {n.undo}
      </button>
      {why ? (
        <span role="alert" className={styles.fieldError}>
          {why}
        </span>
      ) : null}
    </li>
  );
  return (
    <>
      <h4 className={styles.panelTitle}>{n.applied}</h4>
      <ul className={styles.choiceToggles} data-testid="network-changes">
        {network.map((build, i) => {
          const why = unbuilt.find((r) => r.index === i);
          return row(
            `build-${i}`,
            `${kindOf(build)}: ${buildSummary(build)}`,
            () => onUndoBuild(i),
            why ? format(c.refusedHere, { reason: c.refused[why.kind] }) : null,
          );
        })}
        {Object.keys(hosts).map((name) =>
          row(`host-${name}`, `${n.kinds.host}: ${name}`, () => onRemoveHost(name), null),
        )}
        {changes.map((change, i) => {
          const why = refused.find((r) => r.change === i);
          return row(
            `change-${i}`,
            `${kindOf(change)}: ${changeSummary(change)}`,
            () => onUndo(i),
            why ? format(n.refused, { reason: sentences ? explain(why.reason, sentences) : t.explainLoading }) : null,
          );
        })}
      </ul>
    </>
  );
}
