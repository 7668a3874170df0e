"use client";
// VPC endpoints: a gateway endpoint (S3, DynamoDB) in a route table, or an interface endpoint (an AWS service or an
// endpoint service) in a subnet with a security group and private DNS; an endpoint policy; delete.
import { useState, type FormEvent } from "react";
import { FormRefusal, SelectField, TextField } from "@/components/netsim/editor/fields";
import { submitterOf, text, type SectionProps } from "@/components/netsim/editor/section-props";
import { AWS_API_SERVICES, type Change } from "@/lib/netsim";
import { vpcNames } from "@/lib/netsim-ui/sandbox-build";
import { freeName, groupsOfVpc, routeTablesOf, subnetsOf } from "@/lib/netsim-ui/sandbox-names";
import { checkNewName, checkPolicy, type FieldError } from "@/lib/netsim-ui/sandbox-fields";
import styles from "../netsim.module.css";
import own from "./editor.module.css";

const GATEWAY_SERVICES = ["s3", "dynamodb"];

export function EndpointSection({ scenario, taken, t, onChanges, refusalFor }: SectionProps) {
  const [errors, setErrors] = useState<Partial<Record<string, FieldError>>>({});
  const [type, setType] = useState<"gateway" | "interface">("gateway");
  const vpcs = vpcNames(scenario);
  const [vpcChoice, setVpc] = useState<string | null>(null);
  const vpc = vpcChoice !== null && vpcs.includes(vpcChoice) ? vpcChoice : (vpcs[0] ?? "");
  const endpoints = Object.keys(scenario.endpoints);
  const services =
    type === "gateway" ? GATEWAY_SERVICES : [...AWS_API_SERVICES, ...Object.keys(scenario.endpointServices)];

  const create = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = checkNewName(text(data, "name"), taken);
    const policy = checkPolicy(String(data.get("policy") ?? ""));
    setErrors({ name: name.ok ? undefined : name.error, policy: policy.ok ? undefined : policy.error });
    if (!name.ok || !policy.ok) return;
    const isGateway = type === "gateway";
    const table = text(data, "table");
    const subnet = text(data, "subnet");
    const group = text(data, "group");
    onChanges("endpoint", [
      {
        createEndpoint: {
          name: name.value,
          type,
          service: text(data, "service"),
          vpc,
          routeTables: isGateway && table ? [table] : [],
          subnets: !isGateway && subnet ? [subnet] : [],
          ...(!isGateway && group ? { securityGroups: [group] } : {}),
          ...(!isGateway ? { privateDns: data.get("privateDns") === "on" } : {}),
          ...(policy.value ? { policy: policy.value } : {}),
        },
      },
    ]);
  };
  const edit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const endpoint = text(data, "endpoint");
    const op = submitterOf(event);
    let change: Change;
    if (op === "remove") change = { deleteEndpoint: { name: endpoint } };
    else if (op === "dnsOn" || op === "dnsOff") change = { setPrivateDns: { endpoint, enabled: op === "dnsOn" } };
    else {
      const policy = checkPolicy(String(data.get("policy") ?? ""));
      setErrors((e) => ({ ...e, editPolicy: policy.ok ? undefined : policy.error }));
      if (!policy.ok) return;
      change = { setEndpointPolicy: { endpoint, policy: policy.value } };
    }
    onChanges("endpoint-edit", [change]);
  };

  return (
    <section aria-labelledby="connect-endpoint" className={styles.editor}>
      <h4 id="connect-endpoint" className={styles.panelTitle}>
        {t.endpoint.title}
      </h4>
      <form
        key={`ep-${endpoints.length}`}
        className={styles.editorRow}
        onSubmit={create}
        aria-label={t.endpoint.add}
        noValidate
      >
        <TextField
          name="name"
          label={t.endpoint.name}
          defaultValue={freeName("vpce-", taken)}
          error={errors.name}
          id="endpoint-name"
        />
        <SelectField
          name="type"
          label={t.endpoint.type}
          options={[
            { value: "gateway", label: t.endpoint.gateway },
            { value: "interface", label: t.endpoint.interface },
          ]}
          value={type}
          onChange={(value) => setType(value === "interface" ? "interface" : "gateway")}
        />
        <SelectField key={type} name="service" label={t.endpoint.service} options={services} />
        <SelectField name="vpc" label={t.tgw.vpc} options={vpcs} value={vpc} onChange={setVpc} />
        {type === "gateway" ? (
          <SelectField key={vpc} name="table" label={t.endpoint.routeTable} options={routeTablesOf(scenario, vpc)} />
        ) : (
          <>
            <SelectField key={`s-${vpc}`} name="subnet" label={t.endpoint.subnet} options={subnetsOf(scenario, vpc)} />
            <SelectField key={`g-${vpc}`} name="group" label={t.endpoint.group} options={groupsOfVpc(scenario, vpc)} />
            <label className={own.check}>
              <input type="checkbox" name="privateDns" defaultChecked />
              {t.endpoint.privateDns}
            </label>
          </>
        )}
        <span className={own.policy}>
          <TextField
            name="policy"
            label={t.endpoint.policy}
            defaultValue=""
            placeholder="allow s3:GetObject arn:aws:s3:::reports/*"
            error={errors.policy}
            id="endpoint-policy"
            isMultiline
          />
        </span>
        <button type="submit" className="button">
          {t.endpoint.add}
        </button>
        <FormRefusal message={refusalFor("endpoint")} />
      </form>
      {endpoints.length > 0 ? (
        <form className={styles.editorRow} onSubmit={edit} aria-label={t.endpoint.endpoint} noValidate>
          <SelectField name="endpoint" label={t.endpoint.endpoint} options={endpoints} />
          <span className={own.policy}>
            <TextField
              name="policy"
              label={t.endpoint.policy}
              defaultValue=""
              error={errors.editPolicy}
              id="endpoint-edit-policy"
              isMultiline
            />
          </span>
          <button type="submit" name="op" value="policy" className="button">
            {t.endpoint.setPolicy}
          </button>
          <button type="submit" name="op" value="dnsOn" className="button button-quiet">
            {t.endpoint.dnsOn}
          </button>
          <button type="submit" name="op" value="dnsOff" className="button button-quiet">
            {t.endpoint.dnsOff}
          </button>
          <button type="submit" name="op" value="remove" className="button button-quiet">
            {t.endpoint.remove}
          </button>
          <FormRefusal message={refusalFor("endpoint-edit")} />
        </form>
      ) : null}
    </section>
  );
}
