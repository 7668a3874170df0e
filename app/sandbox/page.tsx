import type { Metadata } from "next";
import { Messages } from "@/components/i18n/messages";
import { Sandbox } from "@/components/netsim/sandbox";
import { ScenarioPicker } from "@/components/netsim/scenario-picker";
import styles from "@/components/netsim/netsim.module.css";
import { getI18n } from "@/lib/i18n/server";
import { loadOnDemandParts, localized } from "@/lib/netsim";
import { readEditsParam } from "@/lib/netsim-ui/sandbox-edits";
import { applyEditsWithProblems, readPacketParam, sandboxView } from "@/lib/netsim-ui/sandbox-state";
import { endpointsOf } from "@/lib/netsim-ui/sandbox-url";
import { decodePlayerState } from "@/lib/netsim-ui/url-state";
import { findSandboxScenario } from "@/lib/server/netsim/find-sandbox-scenario";
import { listSandboxScenarios } from "@/lib/server/netsim/list-sandbox-scenarios";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.netsim.sandbox.title };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The sandbox: any bank scenario's baseline (never its choices or key), editable, with packets of your own. */
export default async function SandboxPage({ searchParams }: Props) {
  const [query, { locale, t }, entries] = await Promise.all([searchParams, getI18n(), listSandboxScenarios()]);
  const s = t.netsim.sandbox;
  const wanted = one(query.scenario);
  const selected = entries.find((entry) => entry.questionId === wanted)?.questionId ?? entries[0]?.questionId ?? null;
  const base = selected ? await findSandboxScenario(selected) : null;
  // A bad address (a port of 99999, an unknown host, broken edits) shows a message and the last valid state, never an error page.
  const editsParam = readEditsParam(one(query.edits));
  // The edits and the packet are applied and checked here for the first view, so the browser fetches that code (the
  // simulator's changes and validation) only when an editor opens or a packet is sent.
  const hasEdits = Object.keys(editsParam.edits).length > 0;
  if (base && (hasEdits || one(query.packet))) await loadOnDemandParts();
  const applied = base && hasEdits ? applyEditsWithProblems(base, editsParam.edits) : undefined;
  const packetParam = base
    ? readPacketParam(one(query.packet), endpointsOf(applied?.scenario ?? base))
    : { packet: null, error: null };
  const initialView =
    base && (hasEdits || packetParam.packet)
      ? sandboxView(base, editsParam.edits, packetParam.packet, s.custom, applied)
      : undefined;
  const urlErrors = [
    packetParam.error ? s.errors[packetParam.error] : null,
    editsParam.isBad ? s.badEdits : null,
  ].filter((x): x is string => x !== null);
  return (
    <article className={`stack ${styles.wide}`} aria-labelledby="sandbox-heading">
      <h1 id="sandbox-heading">{s.title}</h1>
      <p className="lead">{s.lead}</p>
      {entries.length === 0 ? (
        <p className="notice">{s.empty}</p>
      ) : (
        <ScenarioPicker
          label={s.pick}
          submit={s.pickPlaceholder}
          entries={entries.map((entry) => [entry.questionId, localized(entry.title, locale) ?? ""] as const)}
          selected={selected}
        />
      )}
      {selected && base ? (
        <Messages namespaces={["netsim"]}>
          <Sandbox
            key={selected}
            questionId={selected}
            base={base}
            initialEdits={editsParam.edits}
            initialPacket={packetParam.packet}
            initialView={initialView}
            urlErrors={urlErrors}
            initial={decodePlayerState(query, [])}
          />
        </Messages>
      ) : null}
    </article>
  );
}
