// The sandbox texts its first load needs for connected networks (the packet's API action and resource fields, the
// loading line of the lazily loaded editors), part of the `netsim` namespace as netsim.sandbox.connect. The editors'
// own texts are in netsim-sandbox-connect-forms.ts (only in the lazily loaded editor chunks). Japanese first.
const listJa = {
  loading: "編集フォームを読み込んでいます…",
  flowExtras: {
    resource: "リソース (ARN、任意)",
    action: "API アクション (任意)",
  },
};

export type NetsimConnectListMessages = typeof listJa;

const listEn: NetsimConnectListMessages = {
  loading: "Loading the editor…",
  flowExtras: {
    resource: "Resource (ARN, optional)",
    action: "API action (optional)",
  },
};

export const netsimSandboxConnect = { ja: listJa, en: listEn };
