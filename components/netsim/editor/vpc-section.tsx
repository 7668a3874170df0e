"use client";
// Add a VPC (with a subnet, its route table and a security group) and connect two VPCs with a peering connection,
// optionally with the routes on both sides.
import { useState, type FormEvent } from "react";
import { FormRefusal, SelectField, TextField } from "@/components/netsim/editor/fields";
import { submitterOf, text, type SectionProps } from "@/components/netsim/editor/section-props";
import { format } from "@/lib/i18n/format";
import type { Change } from "@/lib/netsim";
import { vpcNames } from "@/lib/netsim-ui/sandbox-build";
import { freeName, routeTablesOf, suggestVpc } from "@/lib/netsim-ui/sandbox-names";
import { checkCidr, checkNewName, type FieldError } from "@/lib/netsim-ui/sandbox-fields";
import styles from "../netsim.module.css";
import own from "./editor.module.css";

export function VpcSection({ scenario, taken, t, onChanges, onBuild, refusalFor }: SectionProps) {
  const [errors, setErrors] = useState<Partial<Record<string, FieldError>>>({});
  const suggested = suggestVpc(scenario, taken);
  const vpcs = vpcNames(scenario);
  const cidrOf = (vpc: string) => (vpc === vpcs[0] ? scenario.vpc?.cidr : scenario.vpcs[vpc]?.cidr);

  const addVpc = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = checkNewName(text(data, "name"), taken);
    const cidr = checkCidr(text(data, "cidr"));
    const subnet = checkNewName(text(data, "subnet"), taken);
    const subnetCidr = checkCidr(text(data, "subnetCidr"));
    const region = text(data, "region");
    setErrors({
      vpcName: name.ok ? undefined : name.error,
      vpcCidr: cidr.ok ? undefined : cidr.error,
      subnet: subnet.ok ? undefined : subnet.error,
      subnetCidr: subnetCidr.ok ? undefined : subnetCidr.error,
    });
    if (!name.ok || !cidr.ok || !subnet.ok || !subnetCidr.ok) return;
    onBuild("vpc", {
      addVpc: {
        name: name.value,
        cidr: cidr.value,
        subnet: subnet.value,
        subnetCidr: subnetCidr.value,
        ...(region ? { region } : {}),
      },
    });
  };

  const peering = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const requester = text(data, "requester");
    const accepter = text(data, "accepter");
    if (submitterOf(event) === "delete") {
      onChanges("peering", [{ deletePeering: { name: text(data, "name") } }]);
      return;
    }
    const name = checkNewName(text(data, "name"), taken);
    setErrors((e) => ({ ...e, pcx: name.ok ? undefined : name.error }));
    if (!name.ok) return;
    const made: Change[] = [{ createPeering: { name: name.value, requester, accepter, status: "active" } }];
    if (data.get("routes") === "on")
      for (const [from, to] of [
        [requester, accepter],
        [accepter, requester],
      ] as const) {
        const cidr = cidrOf(to);
        if (cidr)
          for (const table of routeTablesOf(scenario, from))
            made.push({ addRoute: { table, to: cidr, via: name.value } });
      }
    onChanges("peering", made);
  };

  return (
    <section aria-labelledby="connect-vpc" className={styles.editor}>
      <h4 id="connect-vpc" className={styles.panelTitle}>
        {t.vpc.title}
      </h4>
      <form key={suggested.name} className={styles.editorRow} onSubmit={addVpc} aria-label={t.vpc.title} noValidate>
        <TextField name="name" label={t.vpc.name} defaultValue={suggested.name} error={errors.vpcName} id="vpc-name" />
        <TextField name="cidr" label={t.vpc.cidr} defaultValue={suggested.cidr} error={errors.vpcCidr} id="vpc-cidr" />
        <TextField
          name="region"
          label={t.vpc.region}
          defaultValue=""
          placeholder={scenario.vpc?.region ?? "us-east-1"}
          id="vpc-region"
        />
        <TextField
          name="subnet"
          label={t.vpc.subnet}
          defaultValue={suggested.subnet}
          error={errors.subnet}
          id="vpc-subnet"
        />
        <TextField
          name="subnetCidr"
          label={t.vpc.subnetCidr}
          defaultValue={suggested.subnetCidr}
          error={errors.subnetCidr}
          id="vpc-subnet-cidr"
        />
        <button type="submit" className="button">
          {t.vpc.add}
        </button>
        <FormRefusal message={refusalFor("vpc")} />
      </form>
      <p className={styles.hint}>
        {format(t.vpc.hint, { table: `${suggested.subnet}-rt`, group: `${suggested.name}-sg` })}
      </p>
      {vpcs.length > 1 ? (
        <form
          key={`pcx-${vpcs.length}`}
          className={styles.editorRow}
          onSubmit={peering}
          aria-label={t.peering.title}
          noValidate
        >
          <TextField
            name="name"
            label={t.peering.name}
            defaultValue={freeName("pcx-", taken)}
            error={errors.pcx}
            id="pcx-name"
          />
          <SelectField name="requester" label={t.peering.requester} options={vpcs} defaultValue={vpcs[0]} />
          <SelectField name="accepter" label={t.peering.accepter} options={vpcs} defaultValue={vpcs.at(-1)} />
          <label className={own.check}>
            <input type="checkbox" name="routes" defaultChecked />
            {t.peering.withRoutes}
          </label>
          <button type="submit" name="op" value="create" className="button">
            {t.peering.add}
          </button>
          <button type="submit" name="op" value="delete" className="button button-quiet">
            {t.peering.remove}
          </button>
          <FormRefusal message={refusalFor("peering")} />
        </form>
      ) : null}
    </section>
  );
}
