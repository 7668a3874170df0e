"use client";
import { useMemo, useState, type FormEvent } from "react";
import { useLocale, useMessages } from "@/components/i18n/messages-provider";
import { LazySection, retryableLazy, SelectField, TextField } from "@/components/netsim/editor/fields";
import { Player } from "@/components/netsim/player";
import { format } from "@/lib/i18n/format";
import { reloadOnDemandParts, type NaclRule, type Scenario, type SgRule } from "@/lib/netsim";
import type { RuleTable } from "@/lib/netsim-ui/network-view";
import {
  encodeEdits,
  encodePacket,
  endpointsOf,
  SANDBOX_APPS,
  sendersOf,
  type Packet,
  type SandboxEdits,
} from "@/lib/netsim-ui/sandbox-url";
import type { PlayerState } from "@/lib/netsim-ui/url-state";
import type {
  checkPacket as CheckPacket,
  checkPort as CheckPort,
  PacketFieldError,
} from "@/lib/netsim-ui/sandbox-fields";
import type * as SandboxState from "@/lib/netsim-ui/sandbox-state";
import type { SandboxView } from "@/lib/netsim-ui/sandbox-state";
import styles from "./netsim.module.css";

// The editors (rules under each table; routes, gateways, hosts, connected networks) are fetched when their section is
// first opened (retryableLazy: they never render on the server, so next/dynamic's server bail-out is not needed; a
// failed load says so in the section, with a retry).
// The code that applies builds and edits and validates the result (sandbox-state.ts and the simulator's on-demand
// parts) comes with them or with the first packet sent: edits are made only in an open editor, so it is here before
// the first edit. A URL with edits or a packet gets that first view from the server (initialView) meanwhile.
let applier: typeof SandboxState | null = null;
const loadApplier = () =>
  Promise.all([import("@/lib/netsim-ui/sandbox-state"), reloadOnDemandParts("changes")]).then(([m]) => (applier = m));
const RuleEditor = retryableLazy(() =>
  Promise.all([import("@/components/netsim/editor/rule-editor"), loadApplier()]).then(([m]) => m.RuleEditor),
);
const NetworkEditor = retryableLazy(() =>
  Promise.all([import("@/components/netsim/network-editor"), loadApplier()]).then(([m]) => m.NetworkEditor),
);

type Props = {
  questionId: string;
  base: Scenario;
  initialEdits: SandboxEdits;
  initialPacket: Packet | null;
  /** The view of the initial edits and packet (computed by the server), when there are any. */
  initialView?: SandboxView;
  initial: PlayerState;
  urlErrors?: string[];
};
type Errors = Partial<Record<string, PacketFieldError>>;
type Direction = "inbound" | "outbound";

/** Sandbox: a bank scenario's baseline (no choices, no key), editable rule tables and a packet of your own. */
export function Sandbox({
  questionId,
  base,
  initialEdits,
  initialPacket,
  initialView,
  initial,
  urlErrors = [],
}: Props) {
  const t = useMessages("netsim");
  const locale = useLocale();
  const [edits, setEdits] = useState<SandboxEdits>(initialEdits);
  const [packet, setPacket] = useState<Packet | null>(initialPacket);
  const [fired, setFired] = useState(0);
  const s = t.sandbox;
  const hasEdits = Object.keys(edits).length > 0;
  // A setup that cannot be simulated is shown with its message; the player keeps the nearest valid setup (the edits
  // without the packet, or the packet without the edits, or the baseline), never an error page (sandboxView).
  const view = useMemo<SandboxView>(() => {
    if (applier) return applier.sandboxView(base, edits, packet, s.custom);
    // Without that code the edits and packet are still the URL's (edits and packets are made only once it is loaded):
    // the server's view of them, or the bank's baseline (validated when the bank was imported).
    const baseline = { applied: { scenario: base, refused: [], unbuilt: [] }, problems: [], scenario: base };
    return !hasEdits && !packet ? baseline : (initialView ?? baseline);
  }, [base, edits, hasEdits, packet, initialView, s.custom]);
  const { applied, problems, scenario } = view;
  const [packetErrors, setPacketErrors] = useState<Errors>({});
  const [hasSendFailed, setSendFailed] = useState(false);
  const endpoints = endpointsOf(applied.scenario);
  const senders = sendersOf(applied.scenario);

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

  const editor = (table: RuleTable) =>
    (table.kind === "nacl" && scenario.nacls[table.name]) ||
    (table.kind === "sg" && scenario.securityGroups[table.name]) ? (
      <LazySection summary={s.edit}>
        <RuleEditor table={table} scenario={scenario} setNacl={setNacl} setGroup={setGroup} />
      </LazySection>
    ) : null;

  const fire = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    // The field checkers and the code that validates the setup are fetched when a packet is first sent (the first
    // view does not need them).
    // If that code cannot be loaded (offline), the form says so; sending again tries again.
    Promise.all([import("@/lib/netsim-ui/sandbox-fields"), loadApplier()]).then(
      ([{ checkPacket, checkPort }]) => {
        setSendFailed(false);
        check(data, checkPacket, checkPort);
      },
      () => setSendFailed(true),
    );
  };
  const check = (data: FormData, checkPacket: typeof CheckPacket, checkPort: typeof CheckPort) => {
    const from = String(data.get("from") ?? "");
    const to = String(data.get("to") ?? "");
    const app = String(data.get("app") ?? "http");
    const errors: Errors = {};
    let chosen = app;
    if (app === "tcp" || app === "udp") {
      // A port of 0, 99999 or "abc" is refused with a message, never replaced by a guess.
      const port = checkPort(String(data.get("port") ?? ""));
      if (port.ok) chosen = `${app}/${port.value}`;
      else errors.port = port.error;
    }
    const checked = checkPacket({ from, to, app: chosen }, endpoints);
    if (!checked.ok)
      Object.assign(
        errors,
        checked.errors.app && !errors.port ? { app: checked.errors.app } : {},
        checked.errors.from ? { from: checked.errors.from } : {},
        checked.errors.to ? { to: checked.errors.to } : {},
      );
    setPacketErrors(errors);
    if (Object.keys(errors).length > 0 || !checked.ok) return;
    const action = String(data.get("action") ?? "").trim();
    const resource = String(data.get("resource") ?? "").trim();
    setPacket({ ...checked.value, ...(action ? { action } : {}), ...(resource ? { resource } : {}) });
    setFired((n) => n + 1);
  };

  const baseQuery = [
    `scenario=${questionId}`,
    packet ? `packet=${encodeURIComponent(encodePacket(packet))}` : null,
    hasEdits ? `edits=${encodeEdits(edits)}` : null,
  ]
    .filter(Boolean)
    .join("&");
  return (
    <div className="stack">
      <form className={styles.fire} onSubmit={fire} aria-labelledby="sandbox-fire">
        <h2 id="sandbox-fire" className={styles.panelTitle}>
          {s.fire}
        </h2>
        <div className={styles.editorRow}>
          <label>
            {s.from}
            <select name="from" defaultValue={packet?.from ?? senders[0]}>
              {senders.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
          <label>
            {s.to}
            <select
              name="to"
              defaultValue={packet?.to ?? endpoints[1]}
              aria-invalid={packetErrors.to ? true : undefined}
              aria-describedby={packetErrors.to ? "sandbox-to-error" : undefined}
            >
              {endpoints.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </select>
          </label>
          {packetErrors.to ? (
            <span id="sandbox-to-error" role="alert" className={styles.fieldError}>
              {s.errors[packetErrors.to]}
            </span>
          ) : null}
          <SelectField name="app" label={s.app} options={[...SANDBOX_APPS, "tcp", "udp"]} defaultValue="http" />
          <TextField
            name="port"
            label={s.port}
            defaultValue=""
            placeholder="8080"
            error={packetErrors.port}
            id="sandbox-port"
            inputMode="numeric"
          />
          <TextField
            name="action"
            label={s.connect.flowExtras.action}
            defaultValue={packet?.action ?? ""}
            placeholder="s3:GetObject"
            id="sandbox-action"
          />
          <TextField
            name="resource"
            label={s.connect.flowExtras.resource}
            defaultValue={packet?.resource ?? ""}
            placeholder="arn:aws:s3:::reports/2026.csv"
            id="sandbox-resource"
          />
          <button type="submit" className="button">
            {s.send}
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              setEdits({});
              setPacket(null);
              setFired((n) => n + 1);
            }}
          >
            {s.reset}
          </button>
          {hasSendFailed ? (
            <span role="alert" className={styles.fieldError} data-testid="send-failed">
              {s.connect.sendFailed}
            </span>
          ) : null}
        </div>
      </form>
      <LazySection summary={s.network.title} testId="network-editor">
        <NetworkEditor
          scenario={applied.scenario}
          network={edits.network ?? []}
          changes={edits.changes ?? []}
          hosts={edits.hosts ?? {}}
          refused={applied.refused}
          unbuilt={applied.unbuilt}
          onChanges={(made) => setEdits((e) => ({ ...e, changes: [...(e.changes ?? []), ...made] }))}
          onBuild={(build) => setEdits((e) => ({ ...e, network: [...(e.network ?? []), build] }))}
          onUndoBuild={(index) => setEdits((e) => ({ ...e, network: (e.network ?? []).filter((_, i) => i !== index) }))}
          onUndo={(index) => setEdits((e) => ({ ...e, changes: (e.changes ?? []).filter((_, i) => i !== index) }))}
          onAddHost={(name, host) => setEdits((e) => ({ ...e, hosts: { ...e.hosts, [name]: host } }))}
          onRemoveHost={(name) =>
            setEdits((e) => ({
              ...e,
              hosts: Object.fromEntries(Object.entries(e.hosts ?? {}).filter(([n]) => n !== name)),
            }))
          }
        />
      </LazySection>
      {urlErrors.map((message) => (
        <p key={message} role="alert" className="notice">
          {format(s.urlProblem, { message })}
        </p>
      ))}
      {problems.length > 0 ? (
        <p role="alert" className="alert-error">
          {format(s.invalid, { message: problems.map((p) => `${p.path.join(".")}: ${p.message}`).join("; ") })}
        </p>
      ) : null}
      <Player
        key={fired}
        scenario={scenario}
        choices={[]}
        initial={fired === 0 ? initial : { ...initial, step: 0, flow: 0 }}
        locale={locale}
        sharePath="/sandbox"
        baseQuery={baseQuery}
        isUrlSynced
        renderEditor={editor}
      />
    </div>
  );
}
