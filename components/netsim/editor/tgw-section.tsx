"use client";
// A transit gateway: create it (with a first route table), add route tables, attach VPCs (one subnet each), associate
// and propagate attachments, and write static or blackhole routes.
import { useState, type FormEvent } from "react";
import { FormRefusal, SelectField, TextField } from "@/components/netsim/editor/fields";
import { submitterOf, text, type SectionProps } from "@/components/netsim/editor/section-props";
import { vpcNames } from "@/lib/netsim-ui/sandbox-build";
import { freeName, subnetsOf } from "@/lib/netsim-ui/sandbox-names";
import { checkCidr, checkNewName, type FieldError } from "@/lib/netsim-ui/sandbox-fields";
import styles from "../netsim.module.css";
import own from "./editor.module.css";

export function TgwSection({ scenario, taken, t, onChanges, onBuild, refusalFor }: SectionProps) {
  const [errors, setErrors] = useState<Partial<Record<string, FieldError>>>({});
  const gateways = Object.keys(scenario.transitGateways);
  const [chosen, setChosen] = useState<string | null>(null);
  const tgw = chosen !== null && gateways.includes(chosen) ? chosen : (gateways[0] ?? "");
  const vpcs = vpcNames(scenario);
  const [vpcChoice, setVpc] = useState<string | null>(null);
  const vpc = vpcChoice !== null && vpcs.includes(vpcChoice) ? vpcChoice : (vpcs[0] ?? "");
  const gateway = scenario.transitGateways[tgw];
  const tables = Object.keys(gateway?.routeTables ?? {});
  const attachments = Object.keys(gateway?.attachments ?? {});

  const create = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = checkNewName(text(data, "name"), taken);
    const table = checkNewName(text(data, "table"), [...taken, name.ok ? name.value : ""]);
    setErrors({ tgwName: name.ok ? undefined : name.error, tgwTable: table.ok ? undefined : table.error });
    if (!name.ok || !table.ok) return;
    if (submitterOf(event) === "table") onBuild("tgw", { addTgwRouteTable: { tgw, name: table.value } });
    else onBuild("tgw", { addTransitGateway: { name: name.value, table: table.value } });
  };
  const attach = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = checkNewName(text(data, "name"), taken);
    setErrors((e) => ({ ...e, attachment: name.ok ? undefined : name.error }));
    if (!name.ok) return;
    const subnet = text(data, "subnet");
    onChanges("tgw-attach", [
      { createTgwAttachment: { tgw, name: name.value, vpc, ...(subnet ? { subnets: [subnet] } : {}) } },
    ]);
  };
  const link = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const op = { tgw, table: text(data, "table"), attachment: text(data, "attachment") };
    onChanges("tgw-link", [
      submitterOf(event) === "propagate" ? { enableTgwPropagation: op } : { associateTgwRouteTable: op },
    ]);
  };
  const route = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const to = checkCidr(text(data, "to"));
    setErrors((e) => ({ ...e, tgwRoute: to.ok ? undefined : to.error }));
    if (!to.ok) return;
    const table = text(data, "table");
    if (submitterOf(event) === "remove") {
      onChanges("tgw-route", [{ removeTgwRoute: { tgw, table, to: to.value } }]);
      return;
    }
    const target = data.get("blackhole") === "on" ? { blackhole: true } : { attachment: text(data, "attachment") };
    onChanges("tgw-route", [{ addTgwRoute: { tgw, table, to: to.value, ...target } }]);
  };

  const gatewaySelect = (
    <SelectField name="tgw" label={t.tgw.gateway} options={gateways} value={tgw} onChange={setChosen} />
  );
  return (
    <section aria-labelledby="connect-tgw" className={styles.editor}>
      <h4 id="connect-tgw" className={styles.panelTitle}>
        {t.tgw.title}
      </h4>
      <form
        key={`tgw-${gateways.length}-${tables.length}`}
        className={styles.editorRow}
        onSubmit={create}
        aria-label={t.tgw.add}
        noValidate
      >
        {gateways.length > 0 ? gatewaySelect : null}
        <TextField
          name="name"
          label={t.tgw.name}
          defaultValue={freeName("tgw", taken)}
          error={errors.tgwName}
          id="tgw-name"
        />
        <TextField
          name="table"
          label={t.tgw.table}
          defaultValue={freeName("tgw-rt", taken)}
          error={errors.tgwTable}
          id="tgw-table"
        />
        <button type="submit" name="op" value="gateway" className="button">
          {t.tgw.add}
        </button>
        {gateways.length > 0 ? (
          <button type="submit" name="op" value="table" className="button button-quiet">
            {t.tgw.addTable}
          </button>
        ) : null}
        <FormRefusal message={refusalFor("tgw")} />
      </form>
      {gateways.length === 0 ? (
        <p className={styles.hint}>{t.tgw.none}</p>
      ) : (
        <>
          <form
            key={`att-${attachments.length}`}
            className={styles.editorRow}
            onSubmit={attach}
            aria-label={t.tgw.attach}
            noValidate
          >
            {gatewaySelect}
            <TextField
              name="name"
              label={t.tgw.attachmentName}
              defaultValue={freeName("att-", taken)}
              error={errors.attachment}
              id="tgw-attachment-name"
            />
            <SelectField name="vpc" label={t.tgw.vpc} options={vpcs} value={vpc} onChange={setVpc} />
            <SelectField key={vpc} name="subnet" label={t.tgw.subnet} options={subnetsOf(scenario, vpc)} />
            <button type="submit" className="button">
              {t.tgw.attach}
            </button>
            <FormRefusal message={refusalFor("tgw-attach")} />
          </form>
          <form className={styles.editorRow} onSubmit={link} aria-label={t.tgw.routeTable} noValidate>
            {gatewaySelect}
            <SelectField key={`t-${tgw}`} name="table" label={t.tgw.routeTable} options={tables} />
            <SelectField key={`a-${tgw}`} name="attachment" label={t.tgw.attachment} options={attachments} />
            <button type="submit" name="op" value="associate" className="button">
              {t.tgw.associate}
            </button>
            <button type="submit" name="op" value="propagate" className="button">
              {t.tgw.propagate}
            </button>
            <FormRefusal message={refusalFor("tgw-link")} />
          </form>
          <form className={styles.editorRow} onSubmit={route} aria-label={t.tgw.addRoute} noValidate>
            {gatewaySelect}
            <SelectField key={`t-${tgw}`} name="table" label={t.tgw.routeTable} options={tables} />
            <TextField
              name="to"
              label={t.tgw.destination}
              defaultValue="10.0.0.0/8"
              error={errors.tgwRoute}
              id="tgw-route-to"
            />
            <SelectField key={`a-${tgw}`} name="attachment" label={t.tgw.attachment} options={attachments} />
            <label className={own.check}>
              <input type="checkbox" name="blackhole" />
              {t.tgw.blackhole}
            </label>
            <button type="submit" name="op" value="add" className="button">
              {t.tgw.addRoute}
            </button>
            <button type="submit" name="op" value="remove" className="button button-quiet">
              {t.tgw.removeRoute}
            </button>
            <FormRefusal message={refusalFor("tgw-route")} />
          </form>
        </>
      )}
    </section>
  );
}
