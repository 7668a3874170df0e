"use client";
import { useState, type FormEvent } from "react";
import { AppliedList } from "@/components/netsim/editor/applied-list";
import {
  EditorErrorTexts,
  FormRefusal,
  LazySection,
  retryableLazy,
  SelectField,
  TextField,
} from "@/components/netsim/editor/fields";
import { useLocale, useMessages } from "@/components/i18n/messages-provider";
import { useExplainMessages } from "@/components/netsim/explain-messages";
import { format } from "@/lib/i18n/format";
import { netsimSandboxConnectForms } from "@/lib/i18n/messages/netsim-sandbox-connect-forms";
import { netsimSandboxEditor } from "@/lib/i18n/messages/netsim-sandbox-editor";
import { explain, type Change, type Fact, type Host, type Scenario } from "@/lib/netsim";
import { takenNames, vpcOf, type NetworkBuild, type Refusal } from "@/lib/netsim-ui/sandbox-build";
import { routeTargets, routeTableNames, groupsOfSubnet } from "@/lib/netsim-ui/sandbox-names";
import { checkCidr, checkIpv4, checkNewName, type FieldError } from "@/lib/netsim-ui/sandbox-fields";
import styles from "./netsim.module.css";

// The connection editor (VPCs, peering, transit gateways, endpoints, on premises) is fetched when it is first opened,
// never with the sandbox's first load.
const ConnectEditor = retryableLazy(() =>
  import("@/components/netsim/editor/connect-editor").then((m) => m.ConnectEditor),
);

type Props = {
  /** The scenario as edited so far (route tables, hosts and gateways to choose from). */
  scenario: Scenario;
  network: NetworkBuild[];
  changes: Change[];
  hosts: Record<string, Host>;
  refused: { change: number; reason: Fact }[];
  unbuilt: Refusal[];
  onChanges: (changes: Change[]) => void;
  onBuild: (build: NetworkBuild) => void;
  onAddHost: (name: string, host: Host) => void;
  onUndo: (index: number) => void;
  onUndoBuild: (index: number) => void;
  onRemoveHost: (name: string) => void;
};
type Errors = Partial<Record<string, FieldError>>;
/** The form that made the last edit, and where its edits sit in the lists (to say beside it why AWS refused them). */
type Last = { form: string; changes: number[]; build: number | null };

const LISTENS = ["any", "http", "https", "ssh", "rdp", "mysql", "postgres", "dns"] as const;

/**
 * Sandbox editing beyond rule tables: routes, gateways, public IPs, hosts, and (lazily) connected networks. Loaded
 * by the sandbox when its section is first opened (retryableLazy), never in the page's first load.
 */
export function NetworkEditor(props: Props) {
  const { scenario, changes, network, hosts, refused, unbuilt, onChanges, onBuild, onAddHost } = props;
  const t = useMessages("netsim");
  const sentences = useExplainMessages();
  const locale = useLocale();
  const editor = netsimSandboxEditor[locale];
  const n = editor.network;
  const c = netsimSandboxConnectForms[locale];
  const [errors, setErrors] = useState<Errors>({});
  const [last, setLast] = useState<Last | null>(null);
  const [hostSubnet, setHostSubnet] = useState<string | null>(null);
  const tables = routeTableNames(scenario);
  const targets = routeTargets(scenario);
  const hostNames = Object.keys(scenario.hosts);
  const subnets = Object.keys(scenario.subnets);
  const subnet = hostSubnet !== null && hostSubnet in scenario.subnets ? hostSubnet : (subnets[0] ?? "");
  const taken = takenNames(scenario);

  const submit = (form: string, made: Change[]) => {
    setLast({ form, changes: made.map((_, i) => changes.length + i), build: null });
    onChanges(made);
  };
  const build = (form: string, made: NetworkBuild) => {
    setLast({ form, changes: [], build: network.length });
    onBuild(made);
  };
  const refusalFor = (form: string): string | null => {
    if (last?.form !== form) return null;
    const why = refused.find((r) => last.changes.includes(r.change));
    if (why) return sentences ? explain(why.reason, sentences) : t.explainLoading;
    const unmade = unbuilt.find((r) => r.index === last.build);
    return unmade ? format(c.refusedHere, { reason: c.refused[unmade.kind] }) : null;
  };

  const field = (data: FormData, name: string) => String(data.get(name) ?? "");
  const route = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget);
    const to = checkCidr(field(data, "to"));
    setErrors((e) => ({ ...e, routeTo: to.ok ? undefined : to.error }));
    if (!to.ok) return;
    const table = field(data, "table");
    const via = field(data, "via");
    const op = submitter?.value ?? "addRoute";
    if (op === "removeRoute") submit("route", [{ removeRoute: { table, to: to.value } }]);
    else if (op === "replaceRoute") submit("route", [{ replaceRoute: { table, to: to.value, via } }]);
    else submit("route", [{ addRoute: { table, to: to.value, via } }]);
  };
  const publicIp = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = field(data, "address").trim();
    const address = text === "" ? null : checkIpv4(text);
    setErrors((e) => ({ ...e, address: address && !address.ok ? address.error : undefined }));
    if (address && !address.ok) return;
    submit("publicIp", [{ setPublicIp: { host: field(data, "host"), publicIp: address ? address.value : null } }]);
  };
  const gateway = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value === "detach") {
      submit("igw", [{ detachInternetGateway: {} }]);
      return;
    }
    const name = checkNewName(field(new FormData(event.currentTarget), "name") || "igw", taken);
    setErrors((e) => ({ ...e, igw: name.ok ? undefined : name.error }));
    if (name.ok) submit("igw", [{ attachInternetGateway: { name: name.value } }]);
  };
  const addHost = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = checkNewName(field(data, "name"), taken);
    const ipText = field(data, "ip").trim();
    const ip = ipText === "" ? null : checkIpv4(ipText);
    setErrors((e) => ({
      ...e,
      hostName: name.ok ? undefined : name.error,
      hostIp: ip && !ip.ok ? ip.error : undefined,
    }));
    if (!name.ok || (ip && !ip.ok)) return;
    const listens = field(data, "listens");
    onAddHost(name.value, {
      subnet: field(data, "subnet"),
      os: "linux",
      securityGroups: [field(data, "group") || "default"],
      listens: listens === "any" ? "any" : [listens],
      ...(ip ? { ip: ip.value } : {}),
    });
  };

  return (
    <EditorErrorTexts value={editor.errors}>
      <p className={styles.hint}>{n.lead}</p>
      <form className={styles.editorRow} onSubmit={route} aria-label={n.route} noValidate>
        <SelectField name="table" label={n.table} options={tables} />
        <TextField name="to" label={n.destination} defaultValue="0.0.0.0/0" error={errors.routeTo} id="net-route-to" />
        <SelectField name="via" label={n.target} options={targets} />
        <button type="submit" name="op" value="addRoute" className="button">
          {n.addRoute}
        </button>
        <button type="submit" name="op" value="replaceRoute" className="button button-quiet">
          {n.replaceRoute}
        </button>
        <button type="submit" name="op" value="removeRoute" className="button button-quiet">
          {n.removeRoute}
        </button>
        <FormRefusal message={refusalFor("route")} />
      </form>
      {hostNames.length > 0 ? (
        <form className={styles.editorRow} onSubmit={publicIp} aria-label={n.publicIp} noValidate>
          <SelectField name="host" label={n.host} options={hostNames} />
          <TextField
            name="address"
            label={n.address}
            defaultValue=""
            placeholder="54.150.10.99"
            error={errors.address}
            id="net-address"
          />
          <button type="submit" className="button">
            {n.setPublicIp}
          </button>
          <FormRefusal message={refusalFor("publicIp")} />
        </form>
      ) : null}
      {scenario.vpc ? (
        <form className={styles.editorRow} onSubmit={gateway} aria-label={n.igw} noValidate>
          <TextField
            name="name"
            label={n.igwName}
            defaultValue={scenario.vpc.internetGateway ?? "igw"}
            error={errors.igw}
            id="net-igw"
          />
          <button type="submit" name="op" value="attach" className="button">
            {n.attach}
          </button>
          <button type="submit" name="op" value="detach" className="button button-quiet">
            {n.detach}
          </button>
          <FormRefusal message={refusalFor("igw")} />
        </form>
      ) : null}
      {subnets.length > 0 ? (
        <form className={styles.editorRow} onSubmit={addHost} aria-label={n.addHost} noValidate>
          <TextField
            name="name"
            label={n.name}
            defaultValue=""
            placeholder="app2"
            error={errors.hostName}
            id="net-host-name"
          />
          <SelectField name="subnet" label={n.subnet} options={subnets} value={subnet} onChange={setHostSubnet} />
          <TextField
            name="ip"
            label={n.ip}
            defaultValue=""
            placeholder="10.0.1.50"
            error={errors.hostIp}
            id="net-host-ip"
          />
          <SelectField
            key={vpcOf(scenario, scenario.subnets[subnet])}
            name="group"
            label={n.group}
            options={groupsOfSubnet(scenario, subnet)}
          />
          <SelectField name="listens" label={n.listens} options={[...LISTENS]} />
          <button type="submit" className="button">
            {n.addHost}
          </button>
        </form>
      ) : null}
      {scenario.vpc ? (
        <LazySection summary={c.title} testId="connect-editor">
          <ConnectEditor scenario={scenario} onChanges={submit} onBuild={build} refusalFor={refusalFor} />
        </LazySection>
      ) : null}
      <AppliedList
        network={network}
        hosts={hosts}
        changes={changes}
        refused={refused}
        unbuilt={unbuilt}
        onUndo={props.onUndo}
        onUndoBuild={props.onUndoBuild}
        onRemoveHost={props.onRemoveHost}
      />
    </EditorErrorTexts>
  );
}
