"use client";
import { useState, type FormEvent, type ReactNode } from "react";
import { format } from "@/lib/i18n/format";
import type { NetsimMessages } from "@/lib/i18n/messages/netsim";
import { explain, type Change, type Fact, type Host, type Scenario } from "@/lib/netsim";
import { checkCidr, checkIpv4, checkNewName, type FieldError } from "@/lib/netsim-ui/sandbox-fields";
import styles from "./netsim.module.css";

type Props = {
  /** The scenario as edited so far (route tables, hosts and gateways to choose from). */
  scenario: Scenario;
  changes: Change[];
  hosts: Record<string, Host>;
  refused: { change: number; reason: Fact }[];
  t: NetsimMessages;
  onChange: (change: Change) => void;
  onAddHost: (name: string, host: Host) => void;
  onUndo: (index: number) => void;
  onRemoveHost: (name: string) => void;
};
type Errors = Partial<Record<string, FieldError>>;

const LISTENS = ["any", "http", "https", "ssh", "rdp", "mysql", "dns"] as const;

/** Sandbox editing beyond rule tables: routes, the internet gateway, public IPs, and a host of one's own. */
export function NetworkEditor({
  scenario,
  changes,
  hosts,
  refused,
  t,
  onChange,
  onAddHost,
  onUndo,
  onRemoveHost,
}: Props) {
  const n = t.sandbox.network;
  const [errors, setErrors] = useState<Errors>({});
  const tables = [
    ...new Set([
      ...Object.keys(scenario.routeTables),
      ...(Object.values(scenario.routeTables).some((x) => x.main) ? [] : ["main"]),
    ]),
  ];
  const targets = [
    scenario.vpc?.internetGateway,
    scenario.vpc?.egressOnlyInternetGateway,
    ...Object.keys(scenario.natGateways),
    ...Object.keys(scenario.hosts),
  ].filter((x): x is string => typeof x === "string");
  const hostNames = Object.keys(scenario.hosts);
  const subnets = Object.keys(scenario.subnets);
  const groups = ["default", ...Object.keys(scenario.securityGroups).filter((g) => g !== "default")];
  const taken = [
    ...hostNames,
    ...Object.keys(scenario.internet),
    ...Object.keys(scenario.natGateways),
    ...Object.keys(scenario.loadBalancers),
    "internet",
  ];

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
    if (op === "removeRoute") onChange({ removeRoute: { table, to: to.value } });
    else if (op === "replaceRoute") onChange({ replaceRoute: { table, to: to.value, via } });
    else onChange({ addRoute: { table, to: to.value, via } });
  };
  const publicIp = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = field(data, "address").trim();
    const address = text === "" ? null : checkIpv4(text);
    setErrors((e) => ({ ...e, address: address && !address.ok ? address.error : undefined }));
    if (address && !address.ok) return;
    onChange({ setPublicIp: { host: field(data, "host"), publicIp: address ? address.value : null } });
  };
  const gateway = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value === "detach") {
      onChange({ detachInternetGateway: {} });
      return;
    }
    const name = checkNewName(field(new FormData(event.currentTarget), "name") || "igw", taken);
    setErrors((e) => ({ ...e, igw: name.ok ? undefined : name.error }));
    if (name.ok) onChange({ attachInternetGateway: { name: name.value } });
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

  const kindOf = (c: Change) => n.kinds[(Object.keys(c)[0] ?? "addRoute") as keyof typeof n.kinds] ?? "";
  return (
    <details className={styles.editor} data-testid="network-editor">
      <summary>{n.title}</summary>
      <p className={styles.hint}>{n.lead}</p>
      <form className={styles.editorRow} onSubmit={route} aria-label={n.route} noValidate>
        <Select name="table" label={n.table} options={tables} />
        <Text name="to" label={n.destination} defaultValue="0.0.0.0/0" error={errors.routeTo} id="net-route-to" t={t} />
        <Select name="via" label={n.target} options={targets} />
        <button type="submit" name="op" value="addRoute" className="button">
          {n.addRoute}
        </button>
        <button type="submit" name="op" value="replaceRoute" className="button button-quiet">
          {n.replaceRoute}
        </button>
        <button type="submit" name="op" value="removeRoute" className="button button-quiet">
          {n.removeRoute}
        </button>
      </form>
      {hostNames.length > 0 ? (
        <form className={styles.editorRow} onSubmit={publicIp} aria-label={n.publicIp} noValidate>
          <Select name="host" label={n.host} options={hostNames} />
          <Text
            name="address"
            label={n.address}
            defaultValue=""
            placeholder="54.150.10.99"
            error={errors.address}
            id="net-address"
            t={t}
          />
          <button type="submit" className="button">
            {n.setPublicIp}
          </button>
        </form>
      ) : null}
      {scenario.vpc ? (
        <form className={styles.editorRow} onSubmit={gateway} aria-label={n.igw} noValidate>
          <Text
            name="name"
            label={n.igwName}
            defaultValue={scenario.vpc.internetGateway ?? "igw"}
            error={errors.igw}
            id="net-igw"
            t={t}
          />
          <button type="submit" name="op" value="attach" className="button">
            {n.attach}
          </button>
          <button type="submit" name="op" value="detach" className="button button-quiet">
            {n.detach}
          </button>
        </form>
      ) : null}
      {subnets.length > 0 ? (
        <form className={styles.editorRow} onSubmit={addHost} aria-label={n.addHost} noValidate>
          <Text
            name="name"
            label={n.name}
            defaultValue=""
            placeholder="app2"
            error={errors.hostName}
            id="net-host-name"
            t={t}
          />
          <Select name="subnet" label={n.subnet} options={subnets} />
          <Text
            name="ip"
            label={n.ip}
            defaultValue=""
            placeholder="10.0.1.50"
            error={errors.hostIp}
            id="net-host-ip"
            t={t}
          />
          <Select name="group" label={n.group} options={groups} />
          <Select name="listens" label={n.listens} options={[...LISTENS]} />
          <button type="submit" className="button">
            {n.addHost}
          </button>
        </form>
      ) : null}
      {changes.length > 0 || Object.keys(hosts).length > 0 ? (
        <>
          <h4 className={styles.panelTitle}>{n.applied}</h4>
          <ul className={styles.choiceToggles} data-testid="network-changes">
            {Object.keys(hosts).map((name) => (
              <li key={`host-${name}`} className={styles.editorRow}>
                <code>
                  {n.kinds.host}: {name}
                </code>
                <button type="button" className="button button-quiet" onClick={() => onRemoveHost(name)}>
                  {n.undo}
                </button>
              </li>
            ))}
            {changes.map((c, i) => {
              const why = refused.find((r) => r.change === i);
              return (
                <li key={`change-${i}`} className={styles.editorRow}>
                  <code>
                    {kindOf(c)}: {summary(c)}
                  </code>
                  <button type="button" className="button button-quiet" onClick={() => onUndo(i)}>
                    {n.undo}
                  </button>
                  {why ? (
                    <span role="alert" className={styles.fieldError}>
                      {format(n.refused, { reason: explain(why.reason, t.explain) })}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </details>
  );
}

/** A change's own values, as configuration text (names and addresses, no prose). */
function summary(c: Change): string {
  const [op] = Object.values(c) as Record<string, unknown>[];
  return Object.values(op ?? {})
    .map((v) => (v === null ? "-" : String(v)))
    .join(" ");
}

function Select({ name, label, options }: { name: string; label: string; options: string[] }) {
  return (
    <label>
      {label}
      <select name={name}>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

function Text({
  name,
  label,
  defaultValue,
  placeholder,
  error,
  id,
  t,
}: {
  name: string;
  label: string;
  defaultValue: string;
  placeholder?: string;
  error: FieldError | undefined;
  id: string;
  t: NetsimMessages;
}): ReactNode {
  return (
    <span className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        defaultValue={defaultValue}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <span id={`${id}-error`} role="alert" className={styles.fieldError}>
          {t.sandbox.errors[error]}
        </span>
      ) : null}
    </span>
  );
}
