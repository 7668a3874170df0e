// The sandbox texts its first load needs for connected networks (the packet's API action and resource fields, the
// loading and failure lines of the lazily loaded editors and of the code a packet's first send loads), part of the
// `netsim` namespace as netsim.sandbox.connect. The editors' own texts are in netsim-sandbox-editor.ts and
// netsim-sandbox-connect-forms.ts (only in the lazily loaded editor chunks). Japanese first.
const listJa = {
  loading: "編集フォームを読み込んでいます…",
  loadFailed: "編集フォームを読み込めませんでした。",
  sendFailed: "送信に必要なコードを読み込めませんでした。もう一度送信してください。",
  flowExtras: {
    resource: "リソース (ARN、任意)",
    action: "API アクション (任意)",
  },
};

export type NetsimConnectListMessages = typeof listJa;

const listEn: NetsimConnectListMessages = {
  loading: "Loading the editor…",
  loadFailed: "The editor could not be loaded.",
  sendFailed: "The code for sending could not be loaded. Send again.",
  flowExtras: {
    resource: "Resource (ARN, optional)",
    action: "API action (optional)",
  },
};

export const netsimSandboxConnect = { ja: listJa, en: listEn };
