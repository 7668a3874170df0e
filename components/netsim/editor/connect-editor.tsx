"use client";
// The connection editor: VPCs and peering, transit gateways, VPC endpoints, on-premises networks. Loaded on demand
// (next/dynamic in network-editor.tsx) with its forms' texts in the reader's language, so none of it is in the
// sandbox's first load.
import { useLocale } from "@/components/i18n/messages-provider";
import { EndpointSection } from "@/components/netsim/editor/endpoint-section";
import { OnPremSection } from "@/components/netsim/editor/onprem-section";
import type { SectionProps } from "@/components/netsim/editor/section-props";
import { TgwSection } from "@/components/netsim/editor/tgw-section";
import { VpcSection } from "@/components/netsim/editor/vpc-section";
import { netsimSandboxConnectForms } from "@/lib/i18n/messages/netsim-sandbox-connect-forms";
import { takenNames } from "@/lib/netsim-ui/sandbox-build";
import styles from "../netsim.module.css";

export function ConnectEditor(props: Omit<SectionProps, "t" | "taken">) {
  const t = netsimSandboxConnectForms[useLocale()];
  const section = { ...props, t, taken: takenNames(props.scenario) };
  return (
    <div className={styles.editor}>
      <p className={styles.hint}>{t.lead}</p>
      <VpcSection {...section} />
      <TgwSection {...section} />
      <EndpointSection {...section} />
      <OnPremSection {...section} />
    </div>
  );
}
