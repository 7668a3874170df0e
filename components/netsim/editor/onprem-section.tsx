"use client";
// On premises: a virtual private gateway attached to a VPC, an on-premises network (CIDR, one host) behind it or
// behind a transit gateway (then a VPN attachment), route propagation into a VPC route table, VPN static routes.
import { useState, type FormEvent } from "react";
import { FormRefusal, SelectField, TextField } from "@/components/netsim/editor/fields";
import { text, type SectionProps } from "@/components/netsim/editor/section-props";
import { firstVpcName, vpcNames } from "@/lib/netsim-ui/sandbox-build";
import { freeName, routeTableNames, vpnGateways } from "@/lib/netsim-ui/sandbox-names";
import { checkCidr, checkIpv4, checkNewName, type FieldError } from "@/lib/netsim-ui/sandbox-fields";
import styles from "../netsim.module.css";

const LISTENS = ["https", "http", "ssh", "rdp", "mysql", "postgres", "dns", "any"];

export function OnPremSection({ scenario, taken, t, onChanges, onBuild, refusalFor }: SectionProps) {
  const [errors, setErrors] = useState<Partial<Record<string, FieldError>>>({});
  const vgws = vpnGateways(scenario);
  const gateways = [...vgws.map((g) => g.name), ...Object.keys(scenario.transitGateways)];
  const networks = Object.keys(scenario.onPremises);
  const o = t.onPrem;

  const attachVgw = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = checkNewName(text(data, "name"), taken);
    setErrors({ vgw: name.ok ? undefined : name.error });
    if (name.ok) onBuild("vgw", { attachVpnGateway: { vpc: text(data, "vpc"), name: name.value } });
  };
  const addNetwork = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = checkNewName(text(data, "name"), taken);
    const cidr = checkCidr(text(data, "cidr"));
    const host = checkNewName(text(data, "host"), [...taken, name.ok ? name.value : ""]);
    const ip = checkIpv4(text(data, "hostIp"));
    const routes = text(data, "routesToAws").split(/\s+/).filter(Boolean).map(checkCidr);
    const badRoute = routes.find((r) => !r.ok);
    setErrors({
      name: name.ok ? undefined : name.error,
      cidr: cidr.ok ? undefined : cidr.error,
      host: host.ok ? undefined : host.error,
      hostIp: ip.ok ? undefined : ip.error,
      routesToAws: badRoute && !badRoute.ok ? badRoute.error : undefined,
    });
    if (!name.ok || !cidr.ok || !host.ok || !ip.ok || badRoute) return;
    const gateway = text(data, "gateway");
    const listens = text(data, "listens");
    onBuild("onprem", {
      addOnPremises: {
        name: name.value,
        cidr: cidr.value,
        type: text(data, "type") === "direct-connect" ? "direct-connect" : "vpn",
        gateway,
        routing: text(data, "routing") === "dynamic" ? "dynamic" : "static",
        routesToAws: routes.flatMap((r) => (r.ok ? [r.value] : [])),
        host: host.value,
        hostIp: ip.value,
        listens: [listens],
      },
    });
    // Behind a transit gateway the network arrives through a VPN attachment.
    if (gateway in scenario.transitGateways)
      onChanges("onprem", [{ createTgwAttachment: { tgw: gateway, name: `${name.value}-vpn`, vpn: name.value } }]);
  };
  const propagate = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onChanges("onprem-routes", [
      { enableRoutePropagation: { table: text(data, "table"), gateway: text(data, "gateway") } },
    ]);
  };
  const staticRoute = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const to = checkCidr(text(data, "to"));
    setErrors((e) => ({ ...e, staticRoute: to.ok ? undefined : to.error }));
    if (to.ok) onChanges("onprem-static", [{ addVpnStaticRoute: { network: text(data, "network"), to: to.value } }]);
  };

  return (
    <section aria-labelledby="connect-onprem" className={styles.editor}>
      <h4 id="connect-onprem" className={styles.panelTitle}>
        {o.title}
      </h4>
      <form key={`vgw-${vgws.length}`} className={styles.editorRow} onSubmit={attachVgw} aria-label={o.vgw} noValidate>
        <TextField
          name="name"
          label={o.vgwName}
          defaultValue={freeName("vgw", taken)}
          error={errors.vgw}
          id="vgw-name"
        />
        <SelectField name="vpc" label={o.vgwVpc} options={vpcNames(scenario)} defaultValue={firstVpcName(scenario)} />
        <button type="submit" className="button">
          {o.attachVgw}
        </button>
        <FormRefusal message={refusalFor("vgw")} />
      </form>
      {gateways.length === 0 ? (
        <p className={styles.hint}>{o.none}</p>
      ) : (
        <form
          key={`net-${networks.length}`}
          className={styles.editorRow}
          onSubmit={addNetwork}
          aria-label={o.add}
          noValidate
        >
          <TextField
            name="name"
            label={o.name}
            defaultValue={freeName("dc", taken)}
            error={errors.name}
            id="onprem-name"
          />
          <TextField name="cidr" label={o.cidr} defaultValue="172.16.0.0/16" error={errors.cidr} id="onprem-cidr" />
          <SelectField
            name="type"
            label={o.type}
            options={[
              { value: "vpn", label: o.vpn },
              { value: "direct-connect", label: o.directConnect },
            ]}
          />
          <SelectField name="gateway" label={o.gateway} options={gateways} />
          <SelectField
            name="routing"
            label={o.routing}
            options={[
              { value: "static", label: o.static },
              { value: "dynamic", label: o.dynamic },
            ]}
          />
          <TextField
            name="routesToAws"
            label={o.routesToAws}
            defaultValue={scenario.vpc?.cidr ?? ""}
            error={errors.routesToAws}
            id="onprem-routes-to-aws"
          />
          <TextField
            name="host"
            label={o.host}
            defaultValue={freeName("erp", taken)}
            error={errors.host}
            id="onprem-host"
          />
          <TextField
            name="hostIp"
            label={o.hostIp}
            defaultValue="172.16.5.10"
            error={errors.hostIp}
            id="onprem-host-ip"
          />
          <SelectField name="listens" label={o.listens} options={LISTENS} />
          <button type="submit" className="button">
            {o.add}
          </button>
          <FormRefusal message={refusalFor("onprem")} />
        </form>
      )}
      {vgws.length > 0 ? (
        <form className={styles.editorRow} onSubmit={propagate} aria-label={o.propagation} noValidate>
          <SelectField name="table" label={o.table} options={routeTableNames(scenario)} />
          <SelectField name="gateway" label={o.vgw} options={vgws.map((g) => g.name)} />
          <button type="submit" className="button">
            {o.enablePropagation}
          </button>
          <FormRefusal message={refusalFor("onprem-routes")} />
        </form>
      ) : null}
      {networks.length > 0 ? (
        <form className={styles.editorRow} onSubmit={staticRoute} aria-label={o.addStaticRoute} noValidate>
          <SelectField name="network" label={o.network} options={networks} />
          <TextField
            name="to"
            label={o.staticRoute}
            defaultValue="172.16.0.0/16"
            error={errors.staticRoute}
            id="onprem-static"
          />
          <button type="submit" className="button">
            {o.addStaticRoute}
          </button>
          <FormRefusal message={refusalFor("onprem-static")} />
        </form>
      ) : null}
    </section>
  );
}
